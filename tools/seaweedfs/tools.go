//go:build tools

// Package tools pins the SeaweedFS server that the S3 tests run against
// (internal/s3test). It is its own module so SeaweedFS's dependencies never
// enter Mailroom's go.mod; `make weed` (scripts/build-weed.sh) builds it into bin/weed.
package tools

import _ "github.com/seaweedfs/seaweedfs/weed"

//go:build tools

// Package tools pins the SeaweedFS server that the S3 tests run against
// (internal/s3test). It is its own module so SeaweedFS's dependencies never
// enter Mailroom's go.mod; `make bin/weed` builds it into bin/.
package tools

import _ "github.com/seaweedfs/seaweedfs/weed"

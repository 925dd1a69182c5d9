#!/usr/bin/env bash
# Builds SeaweedFS, the S3 server of the tests (internal/s3test), into
# bin/weed from the module pinned in tools/seaweedfs (its own go.mod, so
# SeaweedFS's dependencies never enter Mailroom's). Nothing is built when
# bin/weed is already the pinned version; a build is kept in
# ~/.cache/mailroom/ too, so a fresh clone on the same machine (CI) copies
# it instead of building again.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOFLAGS=   # the Makefile's -tags are Mailroom's, not SeaweedFS's
want=$(cd tools/seaweedfs && go list -m -f '{{.Version}}' github.com/seaweedfs/seaweedfs)
version_of() { go version -m "$1" 2>/dev/null | awk '($1 == "mod" || $1 == "dep") && $2 == "github.com/seaweedfs/seaweedfs" {print $3}'; }
if [ -x bin/weed ] && [ "$(version_of bin/weed)" = "$want" ]; then
	exit 0
fi
cache="${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/mailroom/weed-$want"
mkdir -p bin
if [ -x "$cache" ] && [ "$(version_of "$cache")" = "$want" ]; then
	cp "$cache" bin/weed.tmp && mv bin/weed.tmp bin/weed
	echo "bin/weed: SeaweedFS $want from $cache"
	exit 0
fi
echo "building SeaweedFS $want into bin/weed (several minutes on a cold machine, once)"
start=$(date +%s)
(cd tools/seaweedfs && go build -o ../../bin/weed.tmp github.com/seaweedfs/seaweedfs/weed)
mv bin/weed.tmp bin/weed
mkdir -p "$(dirname "$cache")"
cp bin/weed "$cache.tmp" && mv "$cache.tmp" "$cache"
echo "built bin/weed in $(( $(date +%s) - start )) s"

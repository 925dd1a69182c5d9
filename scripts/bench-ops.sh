#!/usr/bin/env bash
# make bench-ops: times `mailroom backup` (first and second run into the same
# directory), `mailroom verify` and `mailroom restore` on a data directory
# holding N generated emails (BENCH_N, default 10,000; BENCH_AVG average size,
# default 50k) fetched from a private Dovecot, with the server running beside
# the commands.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${SHARED:-$(cd ../shared && pwd)}"
BENCH="${BENCH_BASE:-/tmp/mailroom-bench-ops}"
export IMAP_PORT="${IMAP_PORT:-35143}" IMAPS_PORT="${IMAPS_PORT:-35993}" POP3_PORT="${POP3_PORT:-35110}"
N="${BENCH_N:-10000}"
AVG="${BENCH_AVG:-50k}"

mkdir -p "$BENCH"
"$SHARED/scripts/dovecot-up.sh" "$BENCH/dovecot" >/dev/null
trap '"$SHARED/scripts/dovecot-down.sh" "$BENCH/dovecot" >/dev/null' EXIT
# shellcheck disable=SC1091
source "$BENCH/dovecot/env"

echo "generating $N messages (avg $AVG) into $MAILDIR"
(cd "$SHARED/bench/gen-corpus" && GOFLAGS= go build -o "$BENCH/gen-corpus" .)
"$BENCH/gen-corpus" -maildir "$MAILDIR" -n "$N" -avg "$AVG" -seed 1 -clean -uid "$MAIL_UID" -gid "$MAIL_GID" >/dev/null

python3 scripts/bench_ops.py --bin bin/mailroom --base "$BENCH" --dovecot "$BENCH/dovecot" --n "$N"

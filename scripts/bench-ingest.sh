#!/usr/bin/env bash
# make bench-ingest: Mailroom's fetchEmails against mbsync over loopback IMAPS,
# same private Dovecot, same 2,000 generated messages (~50 KB average), \Seen
# cleared between rounds; then peak RSS while importing one message with a
# 100 MB attachment. Prints messages/second and the ratio.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${SHARED:-$(cd ../shared && pwd)}"
BENCH="${BENCH_BASE:-/tmp/mailroom-bench}"
export IMAP_PORT="${IMAP_PORT:-34143}" IMAPS_PORT="${IMAPS_PORT:-34993}" POP3_PORT="${POP3_PORT:-34110}"
N="${BENCH_N:-2000}"
ROUNDS="${BENCH_ROUNDS:-3}"

mkdir -p "$BENCH"
"$SHARED/scripts/dovecot-up.sh" "$BENCH/dovecot" >/dev/null
trap '"$SHARED/scripts/dovecot-down.sh" "$BENCH/dovecot" >/dev/null' EXIT
# shellcheck disable=SC1091
source "$BENCH/dovecot/env"

echo "generating $N messages (avg 50k) into $MAILDIR"
(cd "$SHARED/bench/gen-corpus" && GOFLAGS= go build -o "$BENCH/gen-corpus" .)
"$BENCH/gen-corpus" -maildir "$MAILDIR" -n "$N" -avg 50k -seed 1 -clean -uid "$MAIL_UID" -gid "$MAIL_GID" >/dev/null

python3 scripts/bench_ingest.py --bin bin/mailroom --base "$BENCH" --dovecot "$BENCH/dovecot" --n "$N" --rounds "$ROUNDS"

#!/usr/bin/env bash
# make bench-memory: peak RSS of a fresh server fetching BENCH_N (40) messages
# of ~15 MB (6 MB text, 6 MB HTML, a 3 MB attachment) from a private
# Dovecot over IMAPS, with the default --ingest-memory and with no bound.
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${SHARED:-$(cd ../shared && pwd)}"
BENCH="${BENCH_BASE:-/tmp/mailroom-bench-memory}"
# Free ports unless given (other benches use fixed ones).
read -r p1 p2 p3 < <(python3 -c 'import socket
ss=[socket.socket() for _ in range(3)]
[s.bind(("127.0.0.1",0)) for s in ss]
print(*[s.getsockname()[1] for s in ss])')
export IMAP_PORT="${IMAP_PORT:-$p1}" IMAPS_PORT="${IMAPS_PORT:-$p2}" POP3_PORT="${POP3_PORT:-$p3}"
mkdir -p "$BENCH"
"$SHARED/scripts/dovecot-up.sh" "$BENCH/dovecot" >/dev/null
trap '"$SHARED/scripts/dovecot-down.sh" "$BENCH/dovecot" >/dev/null' EXIT
python3 scripts/bench_memory.py --bin bin/mailroom --base "$BENCH" --dovecot "$BENCH/dovecot" --n "${BENCH_N:-40}"

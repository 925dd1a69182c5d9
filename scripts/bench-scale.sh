#!/usr/bin/env bash
# make bench-scale: one folder of BENCH_N (100,000) generated emails fetched
# from a private Dovecot, then the first page, a page past the middle, a
# rare-word and a common-word search at 32 concurrent clients against a fresh
# server (cmd/benchscale; every request counted, every answer checked).
#
#   BENCH_N=100000         emails in the folder
#   BENCH_AVG=3k           their average size (gen-corpus -avg)
#   BENCH_DB=              empty: SQLite; "postgres": a private PostgreSQL under
#                          the bench directory; or a postgres:// URL (an empty database)
#   BENCH_KEEP=DIR         keep the seeded data directory there and reuse it
#                          when N and the database match (the query phase still
#                          runs on a fresh server process)
#   BENCH_REQUESTS=1600    requests per measurement (BENCH_SEARCH_REQUESTS for the
#                          two searches, default the same, -1 none); BENCH_CLIENTS=32
#   BENCH_OUT=FILE         the figures as JSON; BENCH_BIN=bin/mailroom the server measured
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${SHARED:-$(cd ../shared && pwd)}"
BENCH="${BENCH_BASE:-/tmp/mailroom-bench-scale}"
export IMAP_PORT="${IMAP_PORT:-36143}" IMAPS_PORT="${IMAPS_PORT:-36993}" POP3_PORT="${POP3_PORT:-36110}"
N="${BENCH_N:-100000}"
DB="${BENCH_DB:-}"

mkdir -p "$BENCH"
"$SHARED/scripts/dovecot-up.sh" "$BENCH/dovecot" >/dev/null
# Dovecot's imap process is limited to 256 MB, which a mailbox of a million
# messages exceeds ("block_alloc: Out of memory"): this private instance gets more.
CONF="$BENCH/dovecot/etc/dovecot.conf"
if ! grep -q 'vsz_limit' "$CONF"; then
  printf 'service imap {\n  vsz_limit = 2G\n}\n' >> "$CONF"
  kill -HUP "$(cat "$BENCH/dovecot/run/master.pid")"; sleep 1
fi
PG_PID=""
cleanup() {
  "$SHARED/scripts/dovecot-down.sh" "$BENCH/dovecot" >/dev/null || true
  if [[ -n "$PG_PID" ]]; then kill -INT "$PG_PID" 2>/dev/null || true; wait "$PG_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT

(cd "$SHARED/bench/gen-corpus" && GOFLAGS= go build -o "$BENCH/gen-corpus" .)
go build -o "$BENCH/benchscale" ./cmd/benchscale

EXTRA=()
if [[ "$DB" == "postgres" ]]; then
  # A private cluster beside the kept data (or in the bench directory), run
  # by an unprivileged user when we are root, as internal/pgtest does.
  PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
  [[ -x "$PGBIN/initdb" ]] || { echo "PostgreSQL is not installed (make deps-test)" >&2; exit 1; }
  PGDIR="${BENCH_KEEP:+$BENCH_KEEP.pg}"; PGDIR="${PGDIR:-$BENCH/pg}"
  RUNAS=(); [[ $EUID -eq 0 ]] && RUNAS=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
  if [[ ! -s "$PGDIR/data/PG_VERSION" ]]; then
    mkdir -p "$PGDIR"; [[ $EUID -eq 0 ]] && chown nobody:nogroup "$PGDIR"
    "${RUNAS[@]}" "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-instructions >/dev/null
  fi
  PGPORT="${PGPORT:-36432}"
  "${RUNAS[@]}" "$PGBIN/postgres" -D "$PGDIR/data" -p "$PGPORT" -h 127.0.0.1 -k "$PGDIR" \
    -c shared_buffers=128MB -c max_connections=100 >"$PGDIR/postgres.log" 2>&1 &
  PG_PID=$!
  for _ in $(seq 1 200); do "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT" && break; sleep 0.1; done
  "$PGBIN/psql" -q -h 127.0.0.1 -p "$PGPORT" -U postgres -tc "SELECT 1 FROM pg_database WHERE datname='mailroom'" | grep -q 1 \
    || "$PGBIN/createdb" -h 127.0.0.1 -p "$PGPORT" -U postgres mailroom
  DB="postgres://postgres@127.0.0.1:$PGPORT/mailroom?sslmode=disable"
  EXTRA+=(-pg-recreate)
fi

"$BENCH/benchscale" -bin "${BENCH_BIN:-bin/mailroom}" -dovecot "$BENCH/dovecot" -gen "$BENCH/gen-corpus" -n "$N" -avg "${BENCH_AVG:-3k}" -db "$DB" \
  -keep "${BENCH_KEEP:-}" -requests "${BENCH_REQUESTS:-1600}" \
  -search-requests "${BENCH_SEARCH_REQUESTS:-0}" -clients "${BENCH_CLIENTS:-32}" -out "${BENCH_OUT:-}" "${EXTRA[@]}"

#!/usr/bin/env bash
# make bench-ingest: Mailroom's fetchEmails against mbsync and against the
# protocol limit (../shared/bench/rawfetch: pipelined UID FETCH BODY.PEEK[],
# bodies discarded) over loopback IMAPS, same private Dovecot, in one run, on
# two generated corpora of BENCH_N messages: ~50 KB and ~5 KB average (many
# small messages, where per-message overhead dominates). \Seen is cleared
# between rounds; each Mailroom round runs on a fresh server process and a
# fresh data directory (and database). Then peak RSS while importing one
# message with a 100 MB attachment. Prints messages/second, server CPU seconds
# per 1,000 messages, and the ratios Mailroom/mbsync and Mailroom/limit.
#
#   BENCH_N=2000           messages per corpus
#   BENCH_ROUNDS=3         rounds per corpus (the median is reported)
#   BENCH_CORPORA=50k,5k   average message sizes of the corpora (gen-corpus -avg)
#   BENCH_DB=              empty or "sqlite": SQLite in the data directory;
#                          "postgres": a private PostgreSQL under the bench
#                          directory (a fresh database per round); "both": each
#                          round on SQLite and on PostgreSQL
#   BENCH_PROFILE=DIR      one more Mailroom round per corpus (and database) with
#                          --pprof-addr: DIR/cpu-<corpus>-<db>.pprof and
#                          DIR/allocs-<corpus>-<db>.pprof (allocations of the
#                          fetch alone: diff against allocs-…-before.pprof), and
#                          the top entries of each printed
#   BENCH_SKIP_RSS=1       no 100 MB attachment at the end
#   BENCH_BIN=bin/mailroom the server measured
set -euo pipefail
cd "$(dirname "$0")/.."
SHARED="${SHARED:-$(cd ../shared && pwd)}"
BENCH="${BENCH_BASE:-/tmp/mailroom-bench}"
export IMAP_PORT="${IMAP_PORT:-34143}" IMAPS_PORT="${IMAPS_PORT:-34993}" POP3_PORT="${POP3_PORT:-34110}"
N="${BENCH_N:-2000}"
ROUNDS="${BENCH_ROUNDS:-3}"
DB="${BENCH_DB:-sqlite}"

mkdir -p "$BENCH"
"$SHARED/scripts/dovecot-up.sh" "$BENCH/dovecot" >/dev/null
PG_PID=""
cleanup() {
  "$SHARED/scripts/dovecot-down.sh" "$BENCH/dovecot" >/dev/null || true
  if [[ -n "$PG_PID" ]]; then kill -INT "$PG_PID" 2>/dev/null || true; wait "$PG_PID" 2>/dev/null || true; fi
}
trap cleanup EXIT
# shellcheck disable=SC1091
source "$BENCH/dovecot/env"

(cd "$SHARED/bench/gen-corpus" && GOFLAGS= go build -o "$BENCH/gen-corpus" .)
(cd "$SHARED/bench/rawfetch" && GOFLAGS= go build -o "$BENCH/rawfetch" .)

PG_ARGS=()
case "$DB" in
  sqlite) ;;
  postgres|both)
    # A private cluster in the bench directory, run by an unprivileged user
    # when we are root (PostgreSQL refuses root), as internal/pgtest does.
    PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
    [[ -x "$PGBIN/initdb" ]] || { echo "PostgreSQL is not installed (make deps-test)" >&2; exit 1; }
    PGDIR="$BENCH/pg"
    RUNAS=(); [[ $EUID -eq 0 ]] && RUNAS=(setpriv --reuid=nobody --regid=nogroup --clear-groups)
    if [[ ! -s "$PGDIR/data/PG_VERSION" ]]; then
      rm -rf "$PGDIR"; mkdir -p "$PGDIR"; [[ $EUID -eq 0 ]] && chown nobody:nogroup "$PGDIR"
      "${RUNAS[@]}" "$PGBIN/initdb" -D "$PGDIR/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-instructions >/dev/null
    fi
    PGPORT="${PGPORT:-34432}"
    "${RUNAS[@]}" "$PGBIN/postgres" -D "$PGDIR/data" -p "$PGPORT" -h 127.0.0.1 -k "$PGDIR" \
      -c shared_buffers=128MB -c max_connections=100 >"$PGDIR/postgres.log" 2>&1 &
    PG_PID=$!
    for _ in $(seq 1 200); do "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT" && break; sleep 0.1; done
    "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PGPORT" || { echo "PostgreSQL did not start: $PGDIR/postgres.log" >&2; exit 1; }
    PG_ARGS=(--pg "postgres://postgres@127.0.0.1:$PGPORT" --psql "$PGBIN/psql")
    ;;
  *) echo "BENCH_DB: $DB is not sqlite, postgres or both" >&2; exit 1 ;;
esac

EXTRA=()
[[ -n "${BENCH_PROFILE:-}" ]] && EXTRA+=(--profile "$BENCH_PROFILE")
[[ -n "${BENCH_SKIP_RSS:-}" ]] && EXTRA+=(--skip-rss)
python3 scripts/bench_ingest.py --bin "${BENCH_BIN:-bin/mailroom}" --base "$BENCH" --dovecot "$BENCH/dovecot" \
  --gen "$BENCH/gen-corpus" --rawfetch "$BENCH/rawfetch" --maildir "$MAILDIR" --mail-uid "$MAIL_UID" --mail-gid "$MAIL_GID" \
  --n "$N" --rounds "$ROUNDS" --corpora "${BENCH_CORPORA:-50k,5k}" --db "$DB" "${PG_ARGS[@]}" "${EXTRA[@]}"

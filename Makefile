# One flag set everywhere: a change of tags recompiles cgo SQLite (~1 min).
export GOFLAGS := -tags=sqlite_fts5
export PATH := $(PATH):/usr/local/go/bin
SHARED ?= $(abspath ../shared)
DATA_DIR ?= ./data
RUN_FLAGS ?= --demo

.PHONY: weed test-s3 bench-scale drills bench-memory bench-ops bench-push-idle bench-fanout all build build-go frontend run test test-go test-frontend test-race deps deps-test generate check-generate bench-ingest fuzz vet clean

all: build

## build: the front end, then bin/mailroom with it embedded
build: frontend build-go

build-go:
	go build -o bin/mailroom ./cmd/mailroom

frontend:
	@if [ -f package.json ]; then \
		if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
			npm ci --no-audit --no-fund; \
		fi; \
		npm run build; \
	fi

## run: build and start with the SQLite default in ./data
run: build
	./bin/mailroom serve --data-dir $(DATA_DIR) $(RUN_FLAGS)

## deps-test: what the tests need on a Debian machine (Dovecot, isync, PostgreSQL, Chromium)
deps-test:
	@missing=""; \
	command -v dovecot >/dev/null || missing="$$missing dovecot-imapd dovecot-pop3d"; \
	command -v mbsync >/dev/null || missing="$$missing isync"; \
	command -v initdb >/dev/null || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$$missing postgresql"; \
	if [ -f package.json ]; then command -v chromium >/dev/null || missing="$$missing chromium"; fi; \
	if [ -n "$$missing" ]; then \
		echo "installing:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing; \
	fi

## test: install what is missing and run every test (Go with real Dovecot, PostgreSQL and S3, then the front end);
## the S3 tests of test-s3 run among them
test: deps-test build weed
	MAILROOM_REQUIRE_DOVECOT=1 MAILROOM_REQUIRE_POSTGRES=1 MAILROOM_REQUIRE_S3=1 MAILROOM_SHARED=$(SHARED) go test -count=1 -shuffle=on -timeout 30m ./...
	@if [ -f package.json ]; then MAILROOM_SHARED=$(SHARED) npm test; fi

## weed: SeaweedFS, the S3 server of the tests, built into bin/weed once (pinned in tools/seaweedfs/go.mod)
weed:
	./scripts/build-weed.sh

## test-s3: only the tests against a real S3 server (SeaweedFS on loopback, internal/s3test)
test-s3: deps-test weed
	MAILROOM_REQUIRE_DOVECOT=1 MAILROOM_REQUIRE_POSTGRES=1 MAILROOM_REQUIRE_S3=1 MAILROOM_SHARED=$(SHARED) go test -count=1 -timeout 20m \
		-run 'S3' ./blob/ ./server/ ./cmd/mailroom/

test-frontend: build
	MAILROOM_SHARED=$(SHARED) npm test

test-go:
	MAILROOM_SHARED=$(SHARED) go test -count=1 ./...

test-race:
	MAILROOM_SHARED=$(SHARED) go test -race -count=1 ./...

vet:
	go vet ./...

## generate: ent and gqlgen code; must leave no diff
generate:
	cd ent && go run -mod=mod entc.go
	go run graph/folderinputs.go
	go tool gqlgen generate

check-generate: generate
	git diff --exit-code -- ent graph

fuzz:
	go test ./mail/ -run '^$$' -fuzz FuzzParse -fuzztime 60s
	go test ./search/ -run '^$$' -fuzz FuzzParseQuery -fuzztime 60s

## bench-ingest: Mailroom vs mbsync over loopback IMAPS against a private Dovecot
bench-ingest: build-go deps-test
	SHARED=$(SHARED) ./scripts/bench-ingest.sh

## bench-ops: backup, second backup, verify and restore times on BENCH_N (10,000) generated emails
bench-ops: build-go deps-test
	SHARED=$(SHARED) ./scripts/bench-ops.sh

## bench-scale: pages and searches of one folder of BENCH_N (100,000) emails at 32 clients (BENCH_DB=postgres, BENCH_KEEP=dir)
bench-scale: build-go deps-test
	SHARED=$(SHARED) ./scripts/bench-scale.sh

## drills: the fault drills at full count (20 SIGKILLs of a 1,000-message fetch, 20 connection cuts,
## 3 Dovecot restarts); `make test` runs each reduced. MAILROOM_DRILL_SEED=N replays one.
drills: build-go deps-test
	MAILROOM_DRILLS=full MAILROOM_REQUIRE_DOVECOT=1 MAILROOM_SHARED=$(SHARED) go test -count=1 -timeout 60m -v \
		-run 'TestDrill|TestCrashMidFetch' ./ingest/ ./cmd/mailroom/

## bench-memory: peak RSS fetching 40 messages of ~15 MB, with the default --ingest-memory and unbounded
bench-memory: build-go deps-test
	SHARED=$(SHARED) ./scripts/bench-memory.sh

## bench-push-idle: idle CPU and memory with 200 folders in IMAP IDLE against one Dovecot
bench-push-idle: build-go deps-test
	SHARED=$(SHARED) python3 scripts/bench_push_idle.py

## bench-fanout: one event to 1,000 websocket subscribers
bench-fanout:
	go test ./server/ -run '^$$' -bench FanOut -benchtime 10x

clean:
	rm -rf bin

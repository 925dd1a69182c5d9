package ingest

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"

	"mailroom/internal/pgtest"
)

// storeCase is one database the store-dependent tests run on.
type storeCase struct {
	name string
	// dsn returns a fresh database for t.
	dsn func(t *testing.T) string
}

// stores are SQLite in a temporary directory and a private PostgreSQL
// (skipped when it is not installed, unless MAILROOM_REQUIRE_POSTGRES=1).
var stores = []storeCase{
	{"sqlite", func(t *testing.T) string { return filepath.Join(t.TempDir(), "test.db") }},
	{"postgres", func(t *testing.T) string { return pgtest.DSN(t) }},
}

// onStores runs fn once per database, each with its own environment.
func onStores(t *testing.T, opts Options, fn func(t *testing.T, e *testEnv)) {
	for _, sc := range stores {
		t.Run(sc.name, func(t *testing.T) { fn(t, newEnvOn(t, sc.dsn(t), opts)) })
	}
}

func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// pool opens a pgx pool on the environment's PostgreSQL database.
func (e *testEnv) pool() *pgxpool.Pool {
	e.t.Helper()
	p, err := pgxpool.New(e.ctx, e.dsn)
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(p.Close)
	return p
}

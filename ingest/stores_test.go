package ingest

import (
	"strings"
	"testing"

	"github.com/jackc/pgx/v5/pgxpool"

	"mailroom/internal/testenv"
)

// onStores runs fn once per database (testenv.Stores), each with its own
// environment.
func onStores(t *testing.T, opts Options, fn func(t *testing.T, e *testEnv)) {
	testenv.OnStores(t, func(t *testing.T, dsn string) { fn(t, newEnvOn(t, dsn, opts)) })
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

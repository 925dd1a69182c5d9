package testenv

import (
	"testing"

	"mailroom/internal/pgtest"
)

// Store is one database the store-dependent suites run on.
type Store struct {
	Name string
	// DSN returns a fresh database for t: empty for a SQLite file in the
	// data directory, or the URL of a database on a private PostgreSQL
	// (skipped when PostgreSQL is not installed, unless
	// MAILROOM_REQUIRE_POSTGRES=1, which make test sets).
	DSN func(t testing.TB) string
}

// Stores are the databases Mailroom runs on: SQLite, the embedded default,
// and PostgreSQL, the scale-out store.
var Stores = []Store{
	{"sqlite", func(testing.TB) string { return "" }},
	{"postgres", pgtest.DSN},
}

// OnStores runs fn once per database, as subtests named after them.
func OnStores(t *testing.T, fn func(t *testing.T, dsn string)) {
	t.Helper()
	for _, s := range Stores {
		t.Run(s.Name, func(t *testing.T) { fn(t, s.DSN(t)) })
	}
}

package store

import (
	"strings"

	"entgo.io/ent/dialect"
)

// Dialect is the SQL dialect of a database, detected once from its --db
// value and passed to whatever writes SQL by hand (search, metrics,
// backfills). Its values are ent's driver names.
type Dialect string

const (
	SQLite   Dialect = dialect.SQLite
	Postgres Dialect = dialect.Postgres
)

// DialectOf tells the dialect of db (a --db value or the DSN of a data
// directory): PostgreSQL for a postgres:// or postgresql:// URL, else SQLite.
func DialectOf(db string) Dialect {
	if strings.HasPrefix(db, "postgres://") || strings.HasPrefix(db, "postgresql://") {
		return Postgres
	}
	return SQLite
}

// IsPostgres tells whether db (a --db value) is a PostgreSQL URL.
func IsPostgres(db string) bool { return DialectOf(db) == Postgres }

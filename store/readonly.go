package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"strings"

	entsql "entgo.io/ent/dialect/sql"

	"mailroom/ent"
)

// OpenReadOnly connects to db without migrating it, for tools that run
// beside a server (verify, backup). A SQLite database is opened read-only
// and must exist; in WAL mode its readers never block the server's writers.
func OpenReadOnly(ctx context.Context, db string) (*ent.Client, *sql.DB, error) {
	var sqlDB *sql.DB
	var err error
	var drv *entsql.Driver
	if IsPostgres(db) {
		sqlDB, err = sql.Open("pgx", db)
		if err != nil {
			return nil, nil, fmt.Errorf("open postgres: %w", err)
		}
		drv = entsql.OpenDB(string(Postgres), sqlDB)
	} else {
		path := strings.TrimPrefix(db, "file:")
		if i := strings.IndexByte(path, '?'); i >= 0 {
			path = path[:i]
		}
		if _, err := os.Stat(path); err != nil {
			return nil, nil, fmt.Errorf("database: %w", err)
		}
		sqlDB, err = sql.Open("sqlite3", "file:"+path+"?mode=ro&_busy_timeout=15000&cache=private")
		if err != nil {
			return nil, nil, fmt.Errorf("open sqlite: %w", err)
		}
		drv = entsql.OpenDB(string(SQLite), sqlDB)
	}
	if err := sqlDB.PingContext(ctx); err != nil {
		sqlDB.Close()
		return nil, nil, fmt.Errorf("connect to the database: %w", err)
	}
	return ent.NewClient(ent.Driver(drv)), sqlDB, nil
}

// Package store opens the database: SQLite in the data directory by default,
// PostgreSQL for scale-out.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"

	entsql "entgo.io/ent/dialect/sql"
	_ "github.com/jackc/pgx/v5/stdlib" // PostgreSQL driver "pgx"
	_ "github.com/mattn/go-sqlite3"    // SQLite driver "sqlite3" (bundled SQLite, -tags sqlite_fts5)

	"mailroom/ent"
	_ "mailroom/ent/runtime" // hooks and privacy policies
)

// DSN returns the database of a data directory when db is empty, else db.
func DSN(dataDir, db string) string {
	if db != "" {
		return db
	}
	return filepath.Join(dataDir, "mailroom.db")
}

// Open connects to db (a SQLite path or a postgres:// URL) and migrates the schema.
func Open(ctx context.Context, db string) (*ent.Client, *sql.DB, error) {
	var drv *entsql.Driver
	var sqlDB *sql.DB
	var err error
	d := DialectOf(db)
	if d == Postgres {
		sqlDB, err = sql.Open("pgx", db)
		if err != nil {
			return nil, nil, fmt.Errorf("open postgres: %w", err)
		}
		drv = entsql.OpenDB(string(Postgres), sqlDB)
	} else {
		sqlDB, err = sql.Open("sqlite3", SQLiteDSN(db))
		if err != nil {
			return nil, nil, fmt.Errorf("open sqlite: %w", err)
		}
		drv = entsql.OpenDB(string(SQLite), sqlDB)
	}
	sqlDB.SetMaxOpenConns(MaxConns)
	sqlDB.SetMaxIdleConns(MaxConns)
	if err := sqlDB.PingContext(ctx); err != nil {
		sqlDB.Close()
		return nil, nil, fmt.Errorf("connect to the database: %w", err)
	}
	client := ent.NewClient(ent.Driver(drv))
	if d == Postgres {
		unlock, err := lockMigrations(ctx, sqlDB)
		if err != nil {
			client.Close()
			return nil, nil, err
		}
		defer unlock()
	}
	if err := client.Schema.Create(ctx); err != nil {
		client.Close()
		return nil, nil, fmt.Errorf("migrate the database: %w", err)
	}
	if err := backfillSentOrder(ctx, sqlDB, d); err != nil {
		client.Close()
		return nil, nil, fmt.Errorf("migrate the database: %w", err)
	}
	if err := ensureFolderCounts(ctx, sqlDB, d); err != nil {
		client.Close()
		return nil, nil, fmt.Errorf("migrate the database: %w", err)
	}
	if err := ensureFolderConversations(ctx, sqlDB, d); err != nil {
		client.Close()
		return nil, nil, fmt.Errorf("migrate the database: %w", err)
	}
	return client, sqlDB, nil
}

// MaxConns bounds the connections to the database. database/sql opens one
// per concurrent query without limit and keeps 2 idle: under 32 concurrent
// page requests it opened and closed SQLite connections (each with its own
// page cache and parsed schema) or PostgreSQL backends on every burst, and
// memory grew with the number of clients. Requests beyond it wait for a
// connection; the fetch pipeline, River and push hold one each at most.
const MaxConns = 16

// SQLiteDSN adds the connection settings Mailroom relies on to a SQLite path:
// foreign keys, WAL so readers never wait for the fetch pipeline, write
// transactions that take the lock at BEGIN (no deadlocked upgrades), a busy
// timeout, and synchronous=FULL so a commit survives a power cut before the
// server copy is acknowledged.
func SQLiteDSN(path string) string {
	if strings.HasPrefix(path, "file:") && strings.Contains(path, "?") {
		return path
	}
	if !strings.HasPrefix(path, "file:") {
		path = "file:" + path
	}
	return path + "?_fk=1&_journal_mode=WAL&_busy_timeout=15000&_txlock=immediate&_synchronous=FULL&cache=private"
}

package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
)

// migrationLock is the advisory lock key instances of a cluster take while
// they migrate ("mrmigrat"), so those started together wait for one another
// instead of failing on what another one created a moment before.
const migrationLock int64 = 0x6d726d6967726174

// lockMigrations holds the migration lock on a connection of its own until
// unlock; PostgreSQL only (one process owns a SQLite file).
func lockMigrations(ctx context.Context, db *sql.DB) (unlock func(), err error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("wait for other instances' migrations: %w", err)
	}
	if _, err := conn.ExecContext(ctx, "SELECT pg_advisory_lock($1)", migrationLock); err != nil {
		conn.Close()
		return nil, fmt.Errorf("wait for other instances' migrations: %w", err)
	}
	return func() {
		if _, err := conn.ExecContext(context.WithoutCancel(ctx), "SELECT pg_advisory_unlock($1)", migrationLock); err != nil {
			// Ending the session releases the lock: have the pool drop the connection.
			_ = conn.Raw(func(any) error { return driver.ErrBadConn })
		}
		conn.Close()
	}, nil
}

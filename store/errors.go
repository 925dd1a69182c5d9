package store

import (
	"context"
	"database/sql/driver"
	"errors"
	"net"
	"strings"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/mattn/go-sqlite3"
)

// Describe says in a few plain words why the database did not do what was
// asked — "the connection to the database was lost", "the disk is full" —
// for messages people read; the error itself goes to the log. It is empty
// for an error it does not know, which callers tell in their own words.
func Describe(err error) string {
	if err == nil {
		return ""
	}
	if pg, ok := errors.AsType[*pgconn.PgError](err); ok {
		switch {
		case strings.HasPrefix(pg.Code, "57P"), strings.HasPrefix(pg.Code, "08"): // shutdown, cannot connect, connection exception
			return lostWords
		case pg.Code == "53100": // disk_full
			return "the database's disk is full"
		case strings.HasPrefix(pg.Code, "53"): // insufficient resources
			return "the database is out of resources"
		case pg.Code == "25006": // read_only_sql_transaction
			return "the database is read-only"
		}
		return ""
	}
	if lite, ok := errors.AsType[sqlite3.Error](err); ok {
		switch lite.Code {
		case sqlite3.ErrFull:
			return "the disk is full"
		case sqlite3.ErrBusy, sqlite3.ErrLocked:
			return "the database was busy"
		case sqlite3.ErrReadonly:
			return "the database is read-only"
		case sqlite3.ErrIoErr, sqlite3.ErrCorrupt, sqlite3.ErrNotADB:
			return "the database file could not be written"
		}
		return ""
	}
	if errors.Is(err, context.DeadlineExceeded) || pgconn.Timeout(err) {
		return "the database did not answer in time"
	}
	if errors.Is(err, driver.ErrBadConn) || pgconn.SafeToRetry(err) {
		return lostWords
	}
	if _, ok := errors.AsType[net.Error](err); ok {
		return lostWords
	}
	// pgx reports a connection it closed after a failure in words only.
	if s := err.Error(); strings.Contains(s, "conn closed") || strings.Contains(s, "unexpected EOF") {
		return lostWords
	}
	return ""
}

const lostWords = "the connection to the database was lost"

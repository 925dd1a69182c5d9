package store

import (
	"context"
	"database/sql/driver"
	"errors"
	"fmt"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"
	"github.com/mattn/go-sqlite3"
)

func TestDescribe(t *testing.T) {
	for _, c := range []struct {
		err  error
		want string
	}{
		{fmt.Errorf("insert: %w", &pgconn.PgError{Code: "57P01", Message: "terminating connection due to administrator command"}), lostWords},
		{&pgconn.PgError{Code: "08006"}, lostWords},
		{&pgconn.PgError{Code: "53100"}, "the database's disk is full"},
		{&pgconn.PgError{Code: "23505"}, ""}, // a unique violation is the caller's to tell
		{fmt.Errorf("commit: %w", sqlite3.Error{Code: sqlite3.ErrFull}), "the disk is full"},
		{sqlite3.Error{Code: sqlite3.ErrBusy}, "the database was busy"},
		{sqlite3.Error{Code: sqlite3.ErrConstraint}, ""},
		{driver.ErrBadConn, lostWords},
		{errors.New("failed to deallocate cached statement(s): conn closed"), lostWords},
		{context.DeadlineExceeded, "the database did not answer in time"},
		{errors.New("something else"), ""},
		{nil, ""},
	} {
		if got := Describe(c.err); got != c.want {
			t.Errorf("Describe(%v) = %q, want %q", c.err, got, c.want)
		}
	}
}

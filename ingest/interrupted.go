package ingest

import (
	"errors"
	"fmt"
	"strconv"

	"mailroom/mail/account"
	"mailroom/store"
)

// connectionLostError is a fetch cut short by a lost connection, told with
// how far it got: "the connection to imap.example.com was lost after 200 of
// 1,000 messages; the rest will be fetched next time". The counts are the
// run's: messages imported or found duplicate, of the candidates (new on the
// server and not yet in the ledger). errors.Is(err, account.ErrConnectionLost)
// holds.
type connectionLostError struct {
	lost        *account.Error
	done, total int
}

func (e *connectionLostError) Error() string {
	if e.done == 0 {
		return fmt.Sprintf("%s before the first of %s; they will be fetched next time", e.lost.Msg, messages(e.total))
	}
	return fmt.Sprintf("%s after %s of %s; the rest will be fetched next time", e.lost.Msg, thousands(e.done), messages(e.total))
}

func (e *connectionLostError) Unwrap() error { return e.lost }

// storeError is a batch the database did not commit: nothing of it is in
// the ledger, so its messages are offered again by the next run.
type storeError struct{ err error }

func (e *storeError) Error() string { return "store emails: " + e.err.Error() }
func (e *storeError) Unwrap() error { return e.err }

// storeStoppedError is a fetch cut short by the database, told in words
// with how far it got: "the messages could not be stored (the connection to
// the database was lost) after 40 of 300 messages; the rest will be fetched
// next time". The database's own error is logged where it happened.
type storeStoppedError struct {
	cause       *storeError
	done, total int
}

func (e *storeStoppedError) Error() string {
	why := store.Describe(e.cause.err)
	if why == "" {
		why = "the database refused them"
	}
	if e.done == 0 {
		return fmt.Sprintf("the messages could not be stored (%s) before the first of %s; they will be fetched next time", why, messages(e.total))
	}
	return fmt.Sprintf("the messages could not be stored (%s) after %s of %s; the rest will be fetched next time", why, thousands(e.done), messages(e.total))
}

func (e *storeStoppedError) Unwrap() error { return e.cause }

// withProgress tells a lost connection or a failed commit with the run's
// counts; other errors are returned as they are.
func withProgress(err error, done, total int) error {
	if se, ok := errors.AsType[*storeError](err); ok {
		return &storeStoppedError{cause: se, done: done, total: total}
	}
	lost, ok := errors.AsType[*account.Error](err)
	if !ok || !errors.Is(lost.Kind, account.ErrConnectionLost) {
		return err
	}
	return &connectionLostError{lost: lost, done: done, total: total}
}

func messages(n int) string {
	if n == 1 {
		return "1 message"
	}
	return thousands(n) + " messages"
}

// thousands writes n with a comma between groups of three digits.
func thousands(n int) string {
	s := strconv.Itoa(n)
	if n < 0 {
		return "-" + thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

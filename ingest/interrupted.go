package ingest

import (
	"errors"
	"fmt"
	"strconv"

	"mailroom/mail/account"
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

// withProgress tells a lost connection with the run's counts; other errors
// are returned as they are.
func withProgress(err error, done, total int) error {
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

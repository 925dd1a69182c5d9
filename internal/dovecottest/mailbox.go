package dovecottest

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

// Login opens an IMAPS session as user; tb.Cleanup closes it.
func (s *Server) Login(tb testing.TB, user string) *imapclient.Client {
	tb.Helper()
	c, err := imapclient.DialTLS(s.IMAPSAddr(), &imapclient.Options{TLSConfig: s.TLSConfig()})
	if err != nil {
		tb.Fatalf("dovecottest: dial %s: %v", s.IMAPSAddr(), err)
	}
	tb.Cleanup(func() { c.Close() })
	if err := c.Login(user, s.Password(tb, user)).Wait(); err != nil {
		tb.Fatalf("dovecottest: login %s: %v", user, err)
	}
	return c
}

// Append stores raw in mailbox of user through IMAPS APPEND, creating the
// mailbox if needed, and returns the new message's UID.
func (s *Server) Append(tb testing.TB, user, mailbox string, raw []byte, flags ...imap.Flag) imap.UID {
	tb.Helper()
	c := s.Login(tb, user)
	defer c.Logout()
	if !strings.EqualFold(mailbox, "INBOX") {
		err := c.Create(mailbox, nil).Wait()
		var imapErr *imap.Error
		if err != nil && !(errors.As(err, &imapErr) && imapErr.Code == imap.ResponseCodeAlreadyExists) {
			tb.Fatalf("dovecottest: create %s for %s: %v", mailbox, user, err)
		}
	}
	cmd := c.Append(mailbox, int64(len(raw)), &imap.AppendOptions{Flags: flags})
	if _, err := cmd.Write(raw); err != nil {
		tb.Fatalf("dovecottest: append to %s of %s: %v", mailbox, user, err)
	}
	if err := cmd.Close(); err != nil {
		tb.Fatalf("dovecottest: append to %s of %s: %v", mailbox, user, err)
	}
	data, err := cmd.Wait()
	if err != nil {
		tb.Fatalf("dovecottest: append to %s of %s: %v", mailbox, user, err)
	}
	return data.UID
}

// ResetUser empties the account of user: every message of INBOX is expunged
// and every other mailbox deleted, so tests sharing a server start clean.
func (s *Server) ResetUser(tb testing.TB, user string) {
	tb.Helper()
	c := s.Login(tb, user)
	defer c.Logout()
	list, err := c.List("", "*", nil).Collect()
	if err != nil {
		tb.Fatalf("dovecottest: list mailboxes of %s: %v", user, err)
	}
	// Children before parents, so no emptied parent survives as \Noselect.
	slices.SortFunc(list, func(a, b *imap.ListData) int { return len(b.Mailbox) - len(a.Mailbox) })
	for _, mbox := range list {
		if strings.EqualFold(mbox.Mailbox, "INBOX") {
			continue
		}
		// A parent that only held children may be gone with them.
		err := c.Delete(mbox.Mailbox).Wait()
		var imapErr *imap.Error
		if err != nil && !(errors.As(err, &imapErr) && imapErr.Code == imap.ResponseCodeNonExistent) {
			tb.Fatalf("dovecottest: delete %s of %s: %v", mbox.Mailbox, user, err)
		}
	}
	sel, err := c.Select("INBOX", nil).Wait()
	if err != nil {
		tb.Fatalf("dovecottest: select INBOX of %s: %v", user, err)
	}
	if sel.NumMessages > 0 {
		var all imap.SeqSet
		all.AddRange(1, 0) // 1:*
		store := c.Store(all, &imap.StoreFlags{
			Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted},
		}, nil)
		if err := store.Close(); err != nil {
			tb.Fatalf("dovecottest: flag INBOX of %s deleted: %v", user, err)
		}
		if err := c.Expunge().Close(); err != nil {
			tb.Fatalf("dovecottest: expunge INBOX of %s: %v", user, err)
		}
	}
	if err := c.Unselect().Wait(); err != nil {
		tb.Fatalf("dovecottest: unselect INBOX of %s: %v", user, err)
	}
}

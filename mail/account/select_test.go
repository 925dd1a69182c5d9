package account

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/emersion/go-imap/v2"
)

// The answer to SELECT is classified in one place: a plain NO is the mailbox
// missing, said in the same words as a NONEXISTENT code, and the server's
// text is quoted printable and short whoever asked (Test, ingest, push).
func TestClassifySelect(t *testing.T) {
	t.Parallel()
	cfg := Config{Protocol: IMAP, Host: "mail.example.com", Mailbox: "Archive"}
	hostile := "No such mailbox\x1b[2J\r\n* OK fake" + strings.Repeat("x", 500)
	tests := []struct {
		name string
		err  error
		kind error // nil: returned unchanged
	}{
		{"plain NO", &imap.Error{Type: imap.StatusResponseTypeNo, Text: hostile}, ErrMailboxNotFound},
		{"TRYCREATE", &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeTryCreate, Text: "no"}, ErrMailboxNotFound},
		{"NONEXISTENT", &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeNonExistent, Text: "no"}, ErrMailboxNotFound},
		{"unavailable", &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeUnavailable, Text: "later"}, nil},
		{"BAD", &imap.Error{Type: imap.StatusResponseTypeBad, Text: "syntax"}, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := ClassifySelect(tc.err, cfg)
			if tc.kind == nil {
				if errors.Is(got, ErrMailboxNotFound) || !errors.Is(got, tc.err) {
					t.Fatalf("ClassifySelect(%v) = %v, want it unclassified", tc.err, got)
				}
				return
			}
			if !errors.Is(got, tc.kind) || !errors.Is(got, tc.err) {
				t.Fatalf("ClassifySelect(%v) = %v, want kind %q wrapping the cause", tc.err, got, tc.kind)
			}
			msg := got.Error()
			if !strings.HasPrefix(msg, `mailbox "Archive" not found`) || !strings.Contains(msg, "check the mailbox name") {
				t.Errorf("message %q is not the one wording", msg)
			}
			if strings.ContainsAny(msg, "\x1b\r\n") || len(msg) > 300 {
				t.Errorf("server text not cleaned (%d bytes): %q", len(msg), msg)
			}
		})
	}
	// The same NO outside SELECT is not a missing mailbox.
	if got := Classify(&imap.Error{Type: imap.StatusResponseTypeNo, Text: "no"}, cfg); errors.Is(got, ErrMailboxNotFound) {
		t.Errorf("a plain NO outside SELECT was read as a missing mailbox: %v", got)
	}
	if ClassifySelect(nil, cfg) != nil {
		t.Error("ClassifySelect(nil) is not nil")
	}
}

// A refusal Classify has no kind for keeps the server's words in the
// message, made printable and short: they are stored and shown as the run's
// error.
func TestQuotedServerText(t *testing.T) {
	t.Parallel()
	hostile := "MOVE refused\x1b]0;owned\x07\r\n" + strings.Repeat("y", 5000)
	refused := &imap.Error{Type: imap.StatusResponseTypeNo, Code: imap.ResponseCodeOverQuota, Text: hostile}
	err := Quoted(fmt.Errorf("imported, but the server refused MOVE: %w", refused))
	msg := err.Error()
	if !strings.HasPrefix(msg, "imported, but the server refused MOVE: ") || !strings.Contains(msg, "MOVE refused]0;owned") {
		t.Errorf("the message lost its words: %q", msg)
	}
	if strings.ContainsAny(msg, "\x1b\x07\r\n") || len(msg) > 400 {
		t.Errorf("server text not cleaned (%d bytes): %q", len(msg), msg)
	}
	if !errors.Is(err, refused) {
		t.Error("the cause is not wrapped")
	}
	plain := fmt.Errorf("x: %w", &imap.Error{Type: imap.StatusResponseTypeNo, Text: "Quota exceeded"})
	if Quoted(plain) != plain {
		t.Error("a clean message was changed")
	}
	if Quoted(nil) != nil {
		t.Error("Quoted(nil) is not nil")
	}
}

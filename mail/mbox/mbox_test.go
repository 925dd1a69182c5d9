package mbox

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

func roundTrip(t *testing.T, msgs ...string) []string {
	t.Helper()
	var buf bytes.Buffer
	w := NewWriter(&buf)
	for _, m := range msgs {
		if err := w.WriteMessage("ann@example.com", time.Date(2025, 9, 1, 10, 0, 0, 0, time.UTC), strings.NewReader(m)); err != nil {
			t.Fatal(err)
		}
	}
	return readAll(t, buf.String())
}

func readAll(t *testing.T, mbox string) []string {
	t.Helper()
	r := NewReader(strings.NewReader(mbox))
	var out []string
	for {
		m, err := r.Next()
		if err == io.EOF {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(m)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
}

func TestRoundTripIsByteIdentical(t *testing.T) {
	long := strings.Repeat("x", 3*bufSize+17)
	msgs := []string{
		"Subject: a\r\n\r\nFrom here\r\n>From there\r\n>>From afar\r\nFrom\r\n",
		"Subject: b\n\nlf only\n\n\n",
		"Subject: c\r\n\r\n" + long + "\r\nFrom " + long + "\r\n",
		"Subject: d\r\n\r\n\r\n",
		"Subject: e\r\n\r\nends with a blank line\r\n\r\n",
	}
	got := roundTrip(t, msgs...)
	if len(got) != len(msgs) {
		t.Fatalf("%d messages back, want %d", len(got), len(msgs))
	}
	for i := range msgs {
		if got[i] != msgs[i] {
			t.Errorf("message %d changed:\n%q\nwant\n%q", i, trunc(got[i]), trunc(msgs[i]))
		}
	}
}

func trunc(s string) string {
	if len(s) > 200 {
		return s[:100] + "…" + s[len(s)-100:]
	}
	return s
}

func TestWriterQuotes(t *testing.T) {
	var buf bytes.Buffer
	if err := NewWriter(&buf).WriteMessage("a b@x", time.Unix(0, 0), strings.NewReader("S: x\n\nFrom me\n>From you\nno newline")); err != nil {
		t.Fatal(err)
	}
	want := "From ab@x Thu Jan  1 00:00:00 1970\nS: x\n\n>From me\n>>From you\nno newline\n\n"
	if buf.String() != want {
		t.Errorf("got %q\nwant %q", buf.String(), want)
	}
}

func TestReaderMboxoAndBrokenFiles(t *testing.T) {
	// mboxo: no blank line between messages, ">From " unquoted too.
	got := readAll(t, "From a\nS: 1\n\n>From x\nFrom b\nS: 2\n")
	if len(got) != 2 || got[0] != "S: 1\n\nFrom x\n" || got[1] != "S: 2\n" {
		t.Errorf("mboxo: %q", got)
	}
	// Garbage before the first From line is skipped and counted.
	r := NewReader(strings.NewReader("garbage\n\nFrom a\nS: 1\n"))
	m, err := r.Next()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(m)
	if string(b) != "S: 1\n" || r.Skipped != int64(len("garbage")) {
		t.Errorf("preamble: %q, skipped %d", b, r.Skipped)
	}
	// Not an mbox at all.
	if _, err := NewReader(strings.NewReader("Subject: x\n\nbody\n")).Next(); !errors.Is(err, ErrNotMbox) {
		t.Errorf("not an mbox: %v", err)
	}
	// A From line at the very end: an empty message, then the end.
	got = readAll(t, "From a\nS: 1\n\nFrom b\n")
	if len(got) != 2 || got[1] != "" {
		t.Errorf("trailing From line: %q", got)
	}
	// A message left unread is skipped by Next.
	r = NewReader(strings.NewReader("From a\nS: 1\n\nFrom b\nS: 2\n"))
	r.Next()
	m, _ = r.Next()
	b, _ = io.ReadAll(m)
	if string(b) != "S: 2\n" {
		t.Errorf("after an unread message: %q", b)
	}
}

func FuzzReader(f *testing.F) {
	f.Add("From a\nS: 1\n\n>From x\nFrom b\n")
	f.Add("garbage\nFrom \n\n\n")
	f.Fuzz(func(t *testing.T, s string) {
		r := NewReader(strings.NewReader(s))
		total := 0
		for i := 0; i < len(s)+2; i++ {
			m, err := r.Next()
			if err != nil {
				return
			}
			b, err := io.ReadAll(m)
			if err != nil {
				t.Fatal(err)
			}
			total += len(b)
		}
		if total > len(s) {
			t.Fatalf("read %d bytes out of %d", total, len(s))
		}
	})
}

// FuzzRoundTrip: whatever the message, it comes back as written (with a
// final line break added when it had none).
func FuzzRoundTrip(f *testing.F) {
	f.Add("S: a\r\n\r\nFrom x\r\n>From y\r\n")
	f.Fuzz(func(t *testing.T, msg string) {
		if msg != "" && !strings.HasSuffix(msg, "\n") {
			msg += "\n"
		}
		got := roundTrip(t, msg, msg)
		if len(got) != 2 || got[0] != msg || got[1] != msg {
			t.Fatalf("round trip of %q: %q", msg, got)
		}
	})
}

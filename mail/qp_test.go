package mail

import (
	"errors"
	"io"
	"mime/quotedprintable"
	"strings"
	"testing"
)

// TestQuotedPrintable checks, through Parse, the leniency real mail needs
// from the quoted-printable decoder: a strict RFC 2045 decoder would fail
// each of these cases.
func TestQuotedPrintable(t *testing.T) {
	const head = "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
	tests := []struct {
		name, body, text string
		problem          string // "" when the body must decode cleanly
	}{
		{"soft line break CRLF", "Caf=E9 =\r\nau lait", "Café au lait", ""},
		{"soft line break with spaces after =", "Caf=E9 =  \r\nau lait", "Café au lait", ""},
		{"lower-case hex", "caf=e9 cr=e8me", "café crème", ""},
		{"stray = is literal", "1 + 1 = 2, a=b, 100=%", "1 + 1 = 2, a=b, 100=%", ""},
		{"= before non-hex", "=ZZ=4", "=ZZ=4", ""},
		{"trailing whitespace dropped", "line   \r\nnext\t\r\n", "line\nnext\n", ""},
		{"soft break at the very end", "end=", "end", ""},
		{"8-bit byte passes", "na\xefve", "naïve", ""},
		{"control byte stops decoding", "good\x01bad", "good", "text/plain body: bad quoted-printable data, decoded up to the error"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := parseString(t, head+tt.body)
			if m.Text != tt.text {
				t.Errorf("Text = %q, want %q", m.Text, tt.text)
			}
			if m.ParseError != tt.problem {
				t.Errorf("ParseError = %q, want %q", m.ParseError, tt.problem)
			}
		})
	}
}

// TestQuotedPrintableAttachmentError: a broken quoted-printable attachment
// is stored decoded up to the error, and the problem names it.
func TestQuotedPrintableAttachmentError(t *testing.T) {
	m := parseString(t, "Content-Type: application/octet-stream; name=a.bin\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nabc\x7fdef\r\n")
	if len(m.Attachments) != 1 || m.Attachments[0].SHA256 != sha("abc") {
		t.Fatalf("attachments = %+v", m.Attachments)
	}
	if want := `attachment "a.bin": bad quoted-printable data, decoded up to the error`; m.ParseError != want {
		t.Errorf("ParseError = %q, want %q", m.ParseError, want)
	}
}

// TestQPErrorTyped: the decoder's error is classified by type, and the
// standard library's own error stays reachable.
func TestQPErrorTyped(t *testing.T) {
	_, err := io.ReadAll(newQPReader(strings.NewReader("a\x01")))
	var qe errQP
	if !errors.As(err, &qe) {
		t.Fatalf("error %v (%T) is not an errQP", err, err)
	}
	_, stdErr := io.ReadAll(quotedprintable.NewReader(strings.NewReader("a\x01")))
	if stdErr == nil || errors.Unwrap(err).Error() != stdErr.Error() {
		t.Errorf("unwrapped %v, want the standard library's %v", errors.Unwrap(err), stdErr)
	}
}

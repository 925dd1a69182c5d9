package mail

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
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

// TestQuotedPrintableLongLine: mime/quotedprintable reads a line at a time
// into a 4 KiB buffer and stops with bufio.ErrBufferFull on a longer one;
// HTML bodies with no line breaks in the source are encoded so. The whole
// body must decode, however the lines are cut.
func TestQuotedPrintableLongLine(t *testing.T) {
	var body, want strings.Builder
	for i := 0; i < 3000; i++ {
		body.WriteString("<b>caf=E9</b> =3D= =\tx")
		want.WriteString("<b>café</b> == =\tx")
	}
	for _, tail := range []string{"", "\r\n", "=\r\n", "  \r\nnext line\r\n"} {
		m := parseString(t, "Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"+body.String()+tail)
		w := want.String()
		if tail != "=\r\n" {
			// White space ending a line is not content.
			w += strings.ReplaceAll(strings.TrimLeft(tail, " "), "\r\n", "\n")
		}
		if m.Text != w {
			t.Errorf("tail %q: Text has %d bytes, want %d; ParseError %q", tail, len(m.Text), len(w), m.ParseError)
		}
		if m.ParseError != "" {
			t.Errorf("tail %q: ParseError = %q", tail, m.ParseError)
		}
	}
}

// TestQPLinesTransparent: the cuts qpLines makes change nothing the decoder
// gives for lines it can read whole (up to 4 KiB), wherever escapes, stray
// "=" and white space fall, and however the input arrives.
func TestQPLinesTransparent(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 6))
	pieces := []string{"a", "=3D", "=e9", "=", "==", " ", "\t", "=4", "xyz", "\t        "}
	cuts := 0
	for i := 0; i < 200; i++ {
		var b strings.Builder
		line := 0
		for b.Len() < 20000 {
			p := pieces[rng.IntN(len(pieces))]
			if line > 3000 || rng.IntN(500) == 0 {
				p = []string{"\n", "=\n", " \n"}[rng.IntN(3)]
				line = 0
			}
			b.WriteString(p)
			line += len(p)
		}
		in := b.String()
		want, wantErr := io.ReadAll(quotedprintable.NewReader(strings.NewReader(in)))
		cut, err := io.ReadAll(&qpLines{r: &chunkReader{s: in, rng: rng}})
		if err != nil {
			t.Fatal(err)
		}
		cuts += (len(cut) - len(in)) / 2
		got, gotErr := io.ReadAll(quotedprintable.NewReader(bytes.NewReader(cut)))
		if !bytes.Equal(got, want) || (gotErr == nil) != (wantErr == nil) {
			t.Fatalf("input %q:\ngot  %q, %v\nwant %q, %v", in, got, gotErr, want, wantErr)
		}
	}
	if cuts < 300 {
		t.Errorf("only %d cuts made; the test does not exercise them", cuts)
	}
}

// chunkReader returns s in pieces of random length.
type chunkReader struct {
	s   string
	rng *rand.Rand
}

func (c *chunkReader) Read(p []byte) (int, error) {
	if c.s == "" {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), 1+c.rng.IntN(700))], c.s)
	c.s = c.s[n:]
	return n, nil
}

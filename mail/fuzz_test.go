package mail

import (
	"bytes"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzParse feeds arbitrary bytes to Parse. Parse recovers its own panics,
// so a recovered panic is reported here as a failure too.
func FuzzParse(f *testing.F) {
	files := corpusMessages(f)
	step := max(1, len(files)/100)
	for i := 0; i < len(files); i += step {
		data, err := os.ReadFile(files[i])
		if err != nil {
			f.Fatalf("read seed: %v", err)
		}
		f.Add(data)
	}
	f.Add([]byte("Content-Type: multipart/mixed; boundary=a\r\n\r\n--a\r\nContent-Type: multipart/mixed; boundary=a\r\n\r\n--a--\r\n"))
	f.Add([]byte("Subject: =?utf-8?b?=?=\r\nTo: a:b:c;;<<>>\r\nDate: 99 Foo 99999 99:99:99\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Parse(bytes.NewReader(data), &hashSink{}, nil)
		if err != nil {
			t.Fatalf("Parse error on in-memory input: %v", err)
		}
		if m == nil {
			t.Fatal("nil Message")
		}
		if strings.Contains(m.ParseError, "parser stopped unexpectedly") {
			t.Fatalf("recovered panic: %s", m.ParseError)
		}
		for _, s := range []string{m.Subject, m.Text, m.HTML, m.MessageID} {
			if !utf8.ValidString(s) {
				t.Fatalf("invalid UTF-8 in output: %q", s)
			}
		}
		for _, a := range m.Attachments {
			if a.Filename == "" || strings.ContainsAny(a.Filename, "/\\\x00") {
				t.Fatalf("bad attachment filename %q", a.Filename)
			}
		}
	})
}

package mail

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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
		start := time.Now()
		m, err := Parse(bytes.NewReader(data), &hashSink{}, nil)
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("Parse of %d bytes took %v", len(data), d)
		}
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

// FuzzHeaderValue runs every header-value parser on one input: encoded
// words, addresses, dates, msg-ids and MIME parameters.
func FuzzHeaderValue(f *testing.F) {
	for _, s := range []string{
		"=?ISO-8859-1?Q?Andr=E9?= Pirard <PIRARD@vm1.ulg.ac.be>",
		"Group: a@b, \"c, d\" <e@f>;, (comment) g@h",
		"Thu, 13 Feb 1969 23:32:54 -0330 (Newfoundland Time)",
		"attachment; filename*0*=UTF-8''%E6%97%A5; filename*1=\"x.pdf\"",
		"<a@b> <c@d>",
		"=?utf-7?Q?+AKM-?= =?x?b?////?=",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, v string) {
		outs := []string{decodeWords(v), parseMsgID(v)}
		for _, a := range parseAddressList(v) {
			outs = append(outs, a.Name, a.Address)
		}
		value, params := parseParamHeader(v)
		outs = append(outs, value)
		for _, p := range params {
			outs = append(outs, p)
		}
		outs = append(outs, sanitizeFilename(v), forwardedFilename(v))
		for _, o := range outs {
			if !utf8.ValidString(o) {
				t.Fatalf("invalid UTF-8 %q from %q", o, v)
			}
		}
		if d := parseDate(v); !d.IsZero() && d.Location() != time.UTC {
			t.Fatalf("date not UTC: %v", d)
		}
	})
}

// FuzzRawHeaderCharset puts arbitrary bytes in a Subject beside a text part
// of an arbitrary declared charset: the Subject must come out valid UTF-8,
// and raw text that is valid UTF-8 must come out unchanged.
func FuzzRawHeaderCharset(f *testing.F) {
	f.Add([]byte("\xcd\xcb\xd0\xc5\xcd\xa8\xd6\xaa"), "gb2312")
	f.Add([]byte("\xc8\xe2\xe0\xed \xcf\xe5\xf2\xf0\xee\xe2"), "windows-1251")
	f.Add([]byte("R\xe9union"), "iso-8859-1")
	f.Add([]byte("Grüße – 你好"), "iso-8859-1")
	f.Add([]byte("\x81\x81 =?utf-8?q?x?="), "utf-16")
	f.Add([]byte("\xff\xfe\x00"), "x-unknown")
	if files, err := filepath.Glob("testdata/rawheader/*.eml"); err == nil {
		for _, file := range files {
			data, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			if i := bytes.Index(data, []byte("Subject: ")); i >= 0 {
				line := data[i+len("Subject: "):]
				f.Add(line[:bytes.IndexByte(line, '\r')], "gb2312")
			}
		}
	}
	f.Fuzz(func(t *testing.T, subject []byte, cs string) {
		if bytes.ContainsAny(subject, "\r\n") || strings.ContainsAny(cs, "\r\n\";") {
			return
		}
		raw := "Subject: " + string(subject) + "\r\nContent-Type: text/plain; charset=\"" + cs + "\"\r\n\r\nbody\r\n"
		m, err := Parse(strings.NewReader(raw), &hashSink{}, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !utf8.ValidString(m.Subject) {
			t.Fatalf("invalid UTF-8 Subject %q from %q", m.Subject, subject)
		}
		plain := utf8.Valid(subject) && !bytes.Contains(subject, []byte("=?")) &&
			!bytes.ContainsFunc(subject, func(r rune) bool { return r < 0x20 || r == 0x7f })
		if want := strings.TrimSpace(string(subject)); plain && m.Subject != want {
			t.Fatalf("valid UTF-8 Subject %q came out as %q", want, m.Subject)
		}
	})
}

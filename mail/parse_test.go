package mail

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

func parseString(t *testing.T, raw string) *Message {
	t.Helper()
	m, err := Parse(strings.NewReader(raw), &hashSink{}, nil)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if m == nil {
		t.Fatal("Parse returned nil Message")
	}
	return m
}

func sha(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:])
}

func TestSubjectDecoding(t *testing.T) {
	tests := []struct {
		name, header, want string
	}{
		{"plain", "Hello world", "Hello world"},
		{"iso-8859-1 Q", "=?ISO-8859-1?Q?Caf=E9_cr=E8me?=", "Café crème"},
		{"iso-8859-1 B", "=?iso-8859-1?b?Q2Fm6Q==?=", "Café"},
		{"utf-8 B", "=?UTF-8?B?8J+Ygw==?= smile", "😃 smile"},
		{"adjacent words joined", "=?utf-8?q?a?= =?utf-8?q?b?=", "ab"},
		{"space kept between word and text", "=?utf-8?q?Caf=C3=A9?= au lait", "Café au lait"},
		{"utf-8 char split across words", "=?UTF-8?B?w6k=?= =?UTF-8?B?4oKs?=", "é€"},
		{"multibyte split mid-character", "=?UTF-8?B?4o==?= =?UTF-8?B?gqw=?=", "€"},
		{"iso-2022-jp", "=?ISO-2022-JP?B?GyRCJUYlOSVIGyhC?=", "テスト"},
		{"shift_jis", "=?Shift_JIS?B?g2WDWINn?=", "テスト"},
		{"koi8-r", "=?koi8-r?B?8NLJ18XU?=", "Привет"},
		{"windows-1252 smart quotes", "=?windows-1252?Q?=93quoted=94?=", "\u201cquoted\u201d"},
		{"raw utf-8 kept", "Grüße aus Köln", "Grüße aus Köln"},
		{"raw latin-1 read as windows-1252", "Gr\xfc\xdfe", "Grüße"},
		{"malformed word kept", "=?utf-8?q?broken", "=?utf-8?q?broken"},
		{"unknown charset keeps ascii", "=?x-klingon?q?hello?=", "hello"},
		{"bad base64 kept raw", "=?utf-8?b?!!!?=", "=?utf-8?b?!!!?="},
		{"word glued to text", "Re:=?utf-8?q?caf=C3=A9?=", "Re:café"},
		{"utf-7", "=?utf-7?Q?Hi_+AKM-1?=", "Hi £1"},
		{"raw iso-2022-jp", "\x1b$B%F%9%H\x1b(B", "テスト"},
		{"folded", "first\r\n second", "first second"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := parseString(t, "Subject: "+tt.header+"\r\n\r\nbody\r\n")
			if m.Subject != tt.want {
				t.Errorf("Subject = %q, want %q", m.Subject, tt.want)
			}
		})
	}
}

func TestAddresses(t *testing.T) {
	tests := []struct {
		name, header string
		want         []Address
	}{
		{"bare", "foo@bar.example", []Address{{Address: "foo@bar.example"}}},
		{"name angle", `"Doe, Jane" <jane@example.com>`, []Address{{Name: "Doe, Jane", Address: "jane@example.com"}}},
		{"encoded name", "=?ISO-8859-1?Q?Andr=E9?= Pirard <PIRARD@vm1.ulg.ac.be>", []Address{{Name: "André Pirard", Address: "PIRARD@vm1.ulg.ac.be"}}},
		{"encoded name in quotes", `"=?utf-8?q?J=C3=B6rg?=" <j@example.com>`, []Address{{Name: "Jörg", Address: "j@example.com"}}},
		{"raw utf-8 name", "Jörg Müller <jm@example.de>", []Address{{Name: "Jörg Müller", Address: "jm@example.de"}}},
		{"list", "a@x.example, B <b@x.example>", []Address{{Address: "a@x.example"}, {Name: "B", Address: "b@x.example"}}},
		{"group flattened", "Team: a@x.example, b@x.example;, c@x.example", []Address{{Address: "a@x.example"}, {Address: "b@x.example"}, {Address: "c@x.example"}}},
		{"empty group", "undisclosed-recipients:;", nil},
		{"old comment style", "jdoe@example.org (John Doe)", []Address{{Name: "John Doe", Address: "jdoe@example.org"}}},
		{"semicolon separated", "a@x.example; b@x.example", []Address{{Address: "a@x.example"}, {Address: "b@x.example"}}},
		{"unquoted dots and brackets", "John Q. Public [work] <jqp@example.com>", []Address{{Name: "John Q. Public [work]", Address: "jqp@example.com"}}},
		{"unknown charset name", "=?x-bogus?q?Bob?= <bob@example.com>", []Address{{Name: "Bob", Address: "bob@example.com"}}},
		{"unterminated angle", "Ann <ann@example.com", []Address{{Name: "Ann", Address: "ann@example.com"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := parseString(t, "To: "+tt.header+"\r\n\r\n")
			if !equalAddrs(m.To, tt.want) {
				t.Errorf("To = %+v, want %+v", m.To, tt.want)
			}
		})
	}
}

func equalAddrs(a, b []Address) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestFrom(t *testing.T) {
	tests := []struct {
		name, raw string
		want      *Address
	}{
		{"absent", "Subject: x\r\n\r\n", nil},
		{"empty", "From: \r\n\r\n", nil},
		{"normal", "From: Ann <ann@example.com>\r\n\r\n", &Address{Name: "Ann", Address: "ann@example.com"}},
		{"bare local part", "From: MAILER-DAEMON\r\n\r\n", &Address{Address: "MAILER-DAEMON"}},
		{"name only", "From: Mail Delivery System\r\n\r\n", &Address{Name: "Mail Delivery System"}},
		{"first of list", "From: a@x.example, b@x.example\r\n\r\n", &Address{Address: "a@x.example"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := parseString(t, tt.raw)
			switch {
			case tt.want == nil && m.From != nil:
				t.Errorf("From = %+v, want nil", *m.From)
			case tt.want != nil && (m.From == nil || *m.From != *tt.want):
				t.Errorf("From = %+v, want %+v", m.From, *tt.want)
			}
		})
	}
}

// TestDate covers what net/mail reads, where its reading is not RFC 5322's
// and the lenient reader answers instead, and the lenient reader's own
// forms; the answer must not depend on the server's local time zone.
func TestDate(t *testing.T) {
	utc := func(y int, mo time.Month, d, h, mi, s int) time.Time {
		return time.Date(y, mo, d, h, mi, s, 0, time.UTC)
	}
	tests := []struct {
		header string
		want   time.Time
	}{
		{"Thu, 13 Feb 1969 23:32:54 -0330", utc(1969, 2, 14, 3, 2, 54)},
		{"Fri, 21 Nov 1997 09:55:06 -0600", utc(1997, 11, 21, 15, 55, 6)},
		{"21 Nov 97 09:55:06 GMT", utc(1997, 11, 21, 9, 55, 6)},
		{"Fri, 21 Nov 1997 09:55 +0100", utc(1997, 11, 21, 8, 55, 0)},
		{"Mon, 21 Nov 1997 09:55:06 -0600", utc(1997, 11, 21, 15, 55, 6)}, // wrong day name
		{"Fri, 21 Nov 1997 09:55:06 EST", utc(1997, 11, 21, 14, 55, 6)},
		{"Fri, 21 Nov 1997 09:55:06 -0600 (CST)", utc(1997, 11, 21, 15, 55, 6)},
		{"Fri Nov 21 09:55:06 1997", utc(1997, 11, 21, 9, 55, 6)}, // asctime
		{"21-Nov-1997 09:55:06 +0000", utc(1997, 11, 21, 9, 55, 6)},
		{"Friday, 21 November 1997 09:55:06 +0200", utc(1997, 11, 21, 7, 55, 6)},
		{"Fri, 21 Nov 2097 09:55:06 XYZ", utc(2097, 11, 21, 9, 55, 6)}, // unknown zone = UTC
		{"2023-05-04T10:11:12+02:00", utc(2023, 5, 4, 8, 11, 12)},
		{"Tue, 7 Apr 2026 10:00:t", utc(2026, 4, 7, 10, 0, 0)},
		{"21 Nov 49 09:55:06 +0000", utc(2049, 11, 21, 9, 55, 6)}, // obsolete two-digit year
		{"21 Nov 50 09:55:06 +0000", utc(1950, 11, 21, 9, 55, 6)},
		{"21 Nov 55 09:55:06 +0000", utc(1955, 11, 21, 9, 55, 6)}, // time.Parse: 2055
		{"21 Nov 2055 09:55:06 +0000", utc(2055, 11, 21, 9, 55, 6)},
		{"Fri, 21 Nov 1997 09:55:06 CET", utc(1997, 11, 21, 8, 55, 6)},
		{"Fri, 21 Nov 1997 09:55:06.789 +0000", utc(1997, 11, 21, 9, 55, 6)}, // fraction dropped
		{"Fri, 21 Nov 1997 09:55:06 +2400", utc(1997, 11, 20, 9, 55, 6)},     // RFC 5322 allows up to +9959
		{"Fri, 21 Nov 1997 09:55:06 +0100 EST", utc(1997, 11, 21, 8, 55, 6)}, // the numeric zone is the zone
		{"2023-05-04 10:11:12 +0200", utc(2023, 5, 4, 8, 11, 12)},
		{"2023-05-04T10:11:12.5Z", time.Date(2023, 5, 4, 10, 11, 12, 5e8, time.UTC)},
		{"garbage", time.Time{}},
		{"31 Feb 2020 10:00:00 +0000", time.Time{}},
		{"", time.Time{}},
	}
	defer func(l *time.Location) { time.Local = l }(time.Local)
	for _, zone := range []string{"UTC", "America/New_York", "Europe/Berlin"} {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Fatalf("time zone data: %v", err)
		}
		time.Local = loc
		for _, tt := range tests {
			t.Run(zone+"/"+tt.header, func(t *testing.T) {
				m := parseString(t, "Date: "+tt.header+"\r\n\r\nx")
				if !m.Date.Equal(tt.want) || m.Date.Nanosecond() != tt.want.Nanosecond() {
					t.Errorf("Date = %v, want %v", m.Date, tt.want)
				}
				if !m.Date.IsZero() && m.Date.Location() != time.UTC {
					t.Errorf("Date not in UTC: %v", m.Date.Location())
				}
			})
		}
	}
	if m := parseString(t, "Subject: x\r\n\r\n"); !m.Date.IsZero() {
		t.Errorf("missing Date = %v, want zero", m.Date)
	}
}

func TestMessageIDs(t *testing.T) {
	m := parseString(t, "Message-ID:  <abc@example.com> \r\nIn-Reply-To: <p1@x> <p2@x>\r\nReferences: <r1@x>\r\n <r2@x> <r3@x>\r\n\r\n")
	if m.MessageID != "abc@example.com" || m.InReplyTo != "p1@x" || strings.Join(m.References, ",") != "r1@x,r2@x,r3@x" {
		t.Errorf("got %q %q %q", m.MessageID, m.InReplyTo, m.References)
	}
	m = parseString(t, "Subject: no id\r\n\r\n")
	if m.MessageID != "" || m.InReplyTo != "" || m.References != nil {
		t.Errorf("missing ids: got %q %q %q", m.MessageID, m.InReplyTo, m.References)
	}
	m = parseString(t, "Message-ID: naked@example.com\r\nIn-Reply-To: Your message of Monday <p@x>\r\n\r\n")
	if m.MessageID != "naked@example.com" || m.InReplyTo != "p@x" {
		t.Errorf("lenient ids: got %q %q", m.MessageID, m.InReplyTo)
	}
}

func TestFilenames(t *testing.T) {
	tests := []struct {
		name, headers, want string
	}{
		{"disposition", `Content-Disposition: attachment; filename="report.pdf"`, "report.pdf"},
		{"content-type name", `Content-Type: application/pdf; name="fallback.pdf"`, "fallback.pdf"},
		{"filename wins over name", "Content-Type: application/pdf; name=\"a.pdf\"\r\nContent-Disposition: attachment; filename=\"b.pdf\"", "b.pdf"},
		{"rfc2231", `Content-Disposition: attachment; filename*=UTF-8''na%C3%AFve%20file.txt`, "naïve file.txt"},
		{"rfc2231 latin1", `Content-Disposition: attachment; filename*=ISO-8859-1''attachment.%E4%F6%FC`, "attachment.äöü"},
		{"rfc2231 continuations", "Content-Disposition: attachment;\r\n filename*0*=UTF-8''%E6%97%A5%E6%9C%AC;\r\n filename*1=\"-report\";\r\n filename*2*=%2Epdf", "日本-report.pdf"},
		{"rfc2231 unordered", "Content-Disposition: attachment; filename*1=\"b.txt\"; filename*0=\"a\"", "ab.txt"},
		{"rfc2047 in quotes", `Content-Disposition: attachment; filename="=?UTF-8?B?0L/RgNC40LLQtdGCLnR4dA==?="`, "привет.txt"},
		{"rfc2047 unquoted", `Content-Disposition: attachment; filename==?koi8-r?B?89DJ08/LLmRvYw==?=`, "Список.doc"},
		{"path stripped", `Content-Disposition: attachment; filename="C:\\Users\\x\\..\\evil.exe"`, "evil.exe"},
		{"unix path stripped", `Content-Disposition: attachment; filename="/etc/passwd"`, "passwd"},
		{"control chars stripped", "Content-Disposition: attachment; filename=\"a\x01b\x7f.txt\"", "ab.txt"},
		{"bidi override stripped", "Content-Disposition: attachment; filename=\"invoice\u202egpj.exe\"", "invoicegpj.exe"},
		{"dot dot derived", `Content-Disposition: attachment; filename=".."`, "attachment-1.pdf"},
		{"missing semicolon", `Content-Disposition: attachment filename="x.pdf"`, "x.pdf"},
		{"unterminated quote", `Content-Disposition: attachment; filename="x.pdf`, "x.pdf"},
		{"derived", `Content-Disposition: attachment`, "attachment-1.pdf"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := tt.headers
			if !strings.Contains(h, "Content-Type") {
				h = "Content-Type: application/pdf\r\n" + h
			}
			raw := "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nbody\r\n--b\r\n" + h + "\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8=\r\n--b--\r\n"
			m := parseString(t, raw)
			if len(m.Attachments) != 1 {
				t.Fatalf("got %d attachments: %+v (%s)", len(m.Attachments), m.Attachments, m.ParseError)
			}
			a := m.Attachments[0]
			if a.Filename != tt.want {
				t.Errorf("Filename = %q, want %q", a.Filename, tt.want)
			}
			if a.Size != 5 || a.SHA256 != sha("hello") || a.ContentType != "application/pdf" {
				t.Errorf("attachment = %+v", a)
			}
			if m.Text != "body" {
				t.Errorf("Text = %q", m.Text)
			}
		})
	}
}

func TestLineEndings(t *testing.T) {
	lf := "From: a@x.example\nSubject: line endings\nContent-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: text/plain\n\nline one\nline two\n--b\nContent-Type: application/octet-stream\nContent-Disposition: attachment; filename=a.bin\n\nraw\n--b--\n"
	for name, raw := range map[string]string{
		"LF":    lf,
		"CRLF":  strings.ReplaceAll(lf, "\n", "\r\n"),
		"CR":    strings.ReplaceAll(lf, "\n", "\r"),
		"mixed": strings.Replace(strings.ReplaceAll(lf, "\n", "\r\n"), "\r\nline two", "\rline two", 1),
	} {
		t.Run(name, func(t *testing.T) {
			m := parseString(t, raw)
			if m.Subject != "line endings" || m.From == nil || m.Text != "line one\nline two" {
				t.Errorf("Subject %q From %v Text %q", m.Subject, m.From, m.Text)
			}
			if len(m.Attachments) != 1 || m.Attachments[0].Filename != "a.bin" || m.Attachments[0].SHA256 != sha("raw") {
				t.Errorf("attachments = %+v", m.Attachments)
			}
			if m.ParseError != "" {
				t.Errorf("ParseError = %q", m.ParseError)
			}
		})
	}
}

func TestBodies(t *testing.T) {
	tests := []struct {
		name, raw      string
		text, html     string
		atts           []string
		parseErrSubstr string
	}{
		{
			name: "alternative picks both",
			raw:  "Content-Type: multipart/alternative; boundary=x\n\n--x\nContent-Type: text/plain; charset=utf-8\n\nplain\n--x\nContent-Type: text/html\n\n<p>html</p>\n--x--\n",
			text: "plain", html: "<p>html</p>",
		},
		{
			name: "html only derives text",
			raw:  "Content-Type: text/html; charset=utf-8\n\n<html><head><title>T</title><style>p{}</style></head><body><h1>Title</h1><p>First &amp; <b>bold</b></p><script>alert(1)</script><ul><li>one</li><li>two</li></ul>line<br>break</body></html>",
			text: "Title\n\nFirst & bold\n\n- one\n- two\n\nline\nbreak",
			html: "<h1>Title</h1><p>First &amp; <b>bold</b></p><ul><li>one</li><li>two</li></ul>line<br>break",
		},
		{
			name: "quoted-printable latin-1",
			raw:  "Content-Type: text/plain; charset=iso-8859-1\nContent-Transfer-Encoding: quoted-printable\n\nCaf=E9 =\nau lait",
			text: "Café au lait",
		},
		{
			name: "base64 shift_jis",
			raw:  "Content-Type: text/plain; charset=Shift_JIS\nContent-Transfer-Encoding: base64\n\ng2WDWINn\n",
			text: "テスト",
		},
		{
			name: "iso-2022-jp 7bit",
			raw:  "Content-Type: text/plain; charset=ISO-2022-JP\n\n\x1b$B%F%9%H\x1b(B\n",
			text: "テスト\n",
		},
		{
			name: "html meta charset",
			raw:  "Content-Type: text/html\n\n<meta charset=\"windows-1251\"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>",
			text: "Привет", html: "<p>Привет</p>",
		},
		{
			name: "undeclared 8-bit is windows-1252",
			raw:  "Subject: x\n\nna\xefve\n",
			text: "naïve\n",
		},
		{
			name: "unknown charset keeps going",
			raw:  "Content-Type: text/plain; charset=x-martian\n\nhello \xe9\n",
			text: "hello é\n", parseErrSubstr: "unknown charset",
		},
		{
			name: "unknown transfer encoding kept raw",
			raw:  "Content-Type: text/plain\nContent-Transfer-Encoding: x-rot13\n\nuryyb",
			text: "uryyb", parseErrSubstr: "unknown transfer encoding",
		},
		{
			name: "no header at all",
			raw:  "This message has no header.\nJust text.\n",
			text: "This message has no header.\nJust text.\n", parseErrSubstr: "no header",
		},
		{
			name: "missing closing boundary keeps parts",
			raw:  "Content-Type: multipart/mixed; boundary=b\n\n--b\n\nfirst\n--b\nContent-Type: image/png\n\nPNG",
			text: "first", atts: []string{"attachment-1.png"}, parseErrSubstr: "missing closing boundary",
		},
		{
			name: "boundary never appears",
			raw:  "Content-Type: multipart/mixed; boundary=nope\n\njust a body\n",
			text: "just a body\n", parseErrSubstr: "not found",
		},
		{
			name: "no boundary parameter",
			raw:  "Content-Type: multipart/mixed\n\nbody text\n",
			text: "body text\n", parseErrSubstr: "no boundary",
		},
		{
			name: "outer boundary ends unterminated inner multipart",
			raw:  "Content-Type: multipart/mixed; boundary=outer\n\n--outer\nContent-Type: multipart/alternative; boundary=inner\n\n--inner\nContent-Type: text/plain\n\ntext\n--outer\nContent-Type: application/pdf; name=a.pdf\n\n%PDF\n--outer--\n",
			text: "text", atts: []string{"a.pdf"}, parseErrSubstr: "missing closing boundary",
		},
		{
			name: "inner boundary with outer as prefix",
			raw:  "Content-Type: multipart/mixed; boundary=\"b\"\n\n--b\nContent-Type: multipart/alternative; boundary=\"b-1\"\n\n--b-1\nContent-Type: text/plain\n\nt\n--b-1\nContent-Type: text/html\n\n<p>h</p>\n--b-1--\n--b\nContent-Type: image/gif; name=x.gif\n\nGIF\n--b--\n",
			text: "t", html: "<p>h</p>", atts: []string{"x.gif"},
		},
		{
			name: "text attachment and calendar",
			raw:  "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nbody\n--b\nContent-Type: text/plain\nContent-Disposition: attachment; filename=notes.txt\n\nnotes\n--b\nContent-Type: text/calendar; method=REQUEST\n\nBEGIN:VCALENDAR\n--b--\n",
			text: "body", atts: []string{"notes.txt", "attachment-2.ics"},
		},
		{
			name: "delivery status report",
			raw:  "Content-Type: multipart/report; report-type=delivery-status; boundary=r\n\n--r\nContent-Type: text/plain\n\nMail failed.\n--r\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n--r\nContent-Type: text/rfc822-headers\n\nSubject: original\n--r--\n",
			text: "Mail failed.", atts: []string{"attachment-1.txt", "attachment-2.txt"},
		},
		{
			name: "second inline text part appended",
			raw:  "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nbody\n--b\nContent-Type: text/plain\n\n-- \nlist footer\n--b--\n",
			text: "body\n\n-- \nlist footer",
		},
		{
			name: "header without blank line",
			raw:  "Subject: x\nThis is an invalid header\nAnother: header\n\nBody text\n",
			text: "Body text\n", parseErrSubstr: "malformed line",
		},
		{
			name: "header runs into body",
			raw:  "Subject: x\nthis is body\nmore body\n",
			text: "this is body\nmore body\n", parseErrSubstr: "blank line",
		},
		{
			name: "boundary on unfolded line",
			raw:  "Content-Type: multipart/alternative;\nboundary=\"z\"\n\n--z\nContent-Type: text/plain\n\nok\n--z--\n",
			text: "ok",
		},
		{
			name: "uuencoded attachment",
			raw:  "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: application/octet-stream; name=hi.txt\nContent-Transfer-Encoding: x-uuencode\n\nbegin 644 hi.txt\n%:&5L;&\\*\n`\nend\n--b--\n",
			atts: []string{"hi.txt"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := parseString(t, tt.raw)
			if m.Text != tt.text {
				t.Errorf("Text = %q, want %q", m.Text, tt.text)
			}
			if m.HTML != tt.html {
				t.Errorf("HTML = %q, want %q", m.HTML, tt.html)
			}
			var names []string
			for _, a := range m.Attachments {
				names = append(names, a.Filename)
			}
			if strings.Join(names, "|") != strings.Join(tt.atts, "|") {
				t.Errorf("attachments = %q, want %q", names, tt.atts)
			}
			if tt.parseErrSubstr == "" && m.ParseError != "" || !strings.Contains(m.ParseError, tt.parseErrSubstr) {
				t.Errorf("ParseError = %q, want it to contain %q", m.ParseError, tt.parseErrSubstr)
			}
		})
	}
}

func TestUUEncodedInText(t *testing.T) {
	m := parseString(t, "Subject: uu\n\nHere it is:\n\nbegin 644 hi.txt\n%:&5L;&\\*\n`\nend\n\nbye\nbegin here is not uuencode\n")
	if len(m.Attachments) != 1 || m.Attachments[0].Filename != "hi.txt" || m.Attachments[0].SHA256 != sha("hello") {
		t.Errorf("attachments = %+v", m.Attachments)
	}
	if m.Text != "Here it is:\n\n\nbye\nbegin here is not uuencode\n" {
		t.Errorf("Text = %q", m.Text)
	}
}

func TestUUEncodedContent(t *testing.T) {
	m := parseString(t, "Content-Type: application/octet-stream; name=hi.txt\nContent-Transfer-Encoding: x-uuencode\n\nbegin 644 hi.txt\n%:&5L;&\\*\n`\nend\n")
	if len(m.Attachments) != 1 || m.Attachments[0].SHA256 != sha("hello") {
		t.Errorf("attachments = %+v", m.Attachments)
	}
}

func TestForwardedMessage(t *testing.T) {
	inner := "From: b@x.example\r\nSubject: =?utf-8?q?Original_=C3=A9?=\r\nContent-Type: multipart/mixed; boundary=inner\r\n\r\n--inner\r\nContent-Type: text/plain\r\n\r\ninner text\r\n--inner--\r\n"
	raw := "From: a@x.example\r\nSubject: Fwd\r\nContent-Type: multipart/mixed; boundary=outer\r\n\r\n--outer\r\nContent-Type: text/plain\r\n\r\nsee below\r\n--outer\r\nContent-Type: message/rfc822\r\n\r\n" + inner + "\r\n--outer\r\nContent-Type: message/rfc822\r\n\r\nX-No-Subject: 1\r\n\r\nbody\r\n--outer--\r\n"
	m := parseString(t, raw)
	if m.Text != "see below" {
		t.Errorf("Text = %q (inner text must not leak)", m.Text)
	}
	if len(m.Attachments) != 2 {
		t.Fatalf("attachments = %+v", m.Attachments)
	}
	a := m.Attachments[0]
	wantBytes := strings.ReplaceAll(inner, "\r\n", "\n")
	if a.Filename != "Original é.eml" || a.ContentType != "message/rfc822" || a.SHA256 != sha(wantBytes) || a.Size != int64(len(wantBytes)) {
		t.Errorf("forwarded attachment = %+v", a)
	}
	if m.Attachments[1].Filename != "forwarded-message.eml" {
		t.Errorf("second forwarded name = %q", m.Attachments[1].Filename)
	}

	// A base64-encoded forwarded message is stored decoded.
	m = parseString(t, "Content-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\nU3ViamVjdDogaGkNCg0KYm9keQ==\r\n")
	if len(m.Attachments) != 1 || m.Attachments[0].Filename != "hi.eml" || m.Attachments[0].SHA256 != sha("Subject: hi\r\n\r\nbody") {
		t.Errorf("base64 forwarded = %+v", m.Attachments)
	}
}

func TestInlineAndCID(t *testing.T) {
	raw := "Content-Type: multipart/related; boundary=r\n\n--r\nContent-Type: text/html\n\n<p><img src=\"cid:logo@x\"> <img src='cid:missing@x'></p>\n--r\nContent-Type: image/png\nContent-ID: <logo@x>\n\nPNG\n--r\nContent-Type: image/png\nContent-ID: <other@x>\nContent-Disposition: inline\n\nPNG2\n--r\nContent-Type: image/png\nContent-ID: <unused@x>\n\nPNG3\n--r--\n"
	m := parseString(t, raw)
	if len(m.Attachments) != 3 {
		t.Fatalf("attachments = %+v", m.Attachments)
	}
	for i, want := range []struct {
		cid    string
		inline bool
	}{{"logo@x", true}, {"other@x", true}, {"unused@x", false}} {
		if a := m.Attachments[i]; a.ContentID != want.cid || a.Inline != want.inline {
			t.Errorf("attachment %d = %+v, want cid %q inline %v", i, a, want.cid, want.inline)
		}
	}
	if !strings.Contains(m.HTML, `src="cid:logo@x"`) {
		t.Errorf("cid src did not survive sanitizing: %q", m.HTML)
	}
	out := RewriteCIDs(m.HTML, func(cid string) (string, bool) {
		if cid == "logo@x" {
			return "/blobs/abc?x=1&y=2", true
		}
		return "", false
	})
	if !strings.Contains(out, `src="/blobs/abc?x=1&amp;y=2"`) || !strings.Contains(out, "cid:missing@x") {
		t.Errorf("RewriteCIDs = %q", out)
	}
}

func TestRewriteCIDs(t *testing.T) {
	resolve := func(cid string) (string, bool) { return "https://blob.example/" + cid, cid != "keep" }
	tests := []struct{ in, want string }{
		{`<img src="cid:a@b">`, `<img src="https://blob.example/a@b">`},
		{`<img src="CID:a@b">`, `<img src="https://blob.example/a@b">`},
		{`<img alt="x" src='cid:a%40b'>`, `<img alt="x" src="https://blob.example/a@b">`},
		{`<img src=cid:plain>`, `<img src="https://blob.example/plain">`},
		{`<img src="cid:keep">`, `<img src="cid:keep">`},
		{`<a href="cid:a@b">link</a>`, `<a href="cid:a@b">link</a>`},
		{`<img src="https://x/y.png">`, `<img src="https://x/y.png">`},
	}
	for _, tt := range tests {
		if got := RewriteCIDs(tt.in, resolve); got != tt.want {
			t.Errorf("RewriteCIDs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSanitizeHTML(t *testing.T) {
	tests := []struct {
		name, in  string
		forbidden []string
		kept      []string
	}{
		{"script", `<p>hi</p><script>alert(1)</script>`, []string{"<script", "alert"}, []string{"<p>hi</p>"}},
		{"onerror", `<img src="x.png" onerror="alert(1)">`, []string{"onerror", "alert"}, []string{`src="x.png"`}},
		{"javascript href", `<a href="javascript:alert(1)">x</a>`, []string{"javascript:"}, []string{"x"}},
		{"javascript href obfuscated", `<a href="jav&#x09;ascript:alert(1)">x</a>`, []string{"alert"}, nil},
		{"iframe", `<iframe src="https://evil.example"></iframe>ok`, []string{"<iframe", "evil"}, []string{"ok"}},
		{"form", `<form action="https://evil.example"><input name="pw"></form>`, []string{"<form", "<input"}, nil},
		{"style element", `<style>body{background:url(javascript:x)}</style><p>t</p>`, []string{"<style", "javascript"}, []string{"<p>t</p>"}},
		{"style attribute javascript", `<p style="background: url(javascript:alert(1)); color: red">t</p>`, []string{"javascript", "url("}, []string{"<p>t</p>"}},
		{"style expression", `<p style="width: expression(alert(1))">t</p>`, []string{"expression"}, nil},
		{"style escapes", `<p style="background: u\72l(x)">t</p>`, []string{"style"}, nil},
		{"style position overlay", `<div style="position: fixed; top: 0">t</div>`, []string{"position"}, nil},
		{"style plain kept", `<td style="color: rgb(51, 51, 51); padding: 4px; mso-line-height-rule: exactly">t</td>`, nil, []string{`style="color: rgb(51, 51, 51); padding: 4px; mso-line-height-rule: exactly"`}},
		{"object", `<object data="x.swf"></object><embed src="x.swf">`, []string{"<object", "<embed"}, nil},
		{"data url link", `<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>`, []string{"data:text/html"}, nil},
		{"data image kept", `<img src="data:image/png;base64,iVBORw0KGgo=">`, nil, []string{`src="data:image/png;base64,iVBORw0KGgo="`}},
		{"cid image kept", `<img src="cid:x">`, nil, []string{`<img src="cid:x">`}},
		{"table layout kept", `<table width="600" bgcolor="#fff"><tr><td align="center">c</td></tr></table>`, nil, []string{`width="600"`, `bgcolor="#fff"`, `align="center"`}},
		{"link hardened", `<a href="https://example.com">x</a>`, nil, []string{`rel="nofollow noreferrer noopener"`, `target="_blank"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := parseString(t, "Content-Type: text/html\r\n\r\n"+tt.in)
			for _, f := range tt.forbidden {
				if strings.Contains(strings.ToLower(m.HTML), f) {
					t.Errorf("HTML %q still contains %q", m.HTML, f)
				}
			}
			for _, k := range tt.kept {
				if !strings.Contains(m.HTML, k) {
					t.Errorf("HTML %q lost %q", m.HTML, k)
				}
			}
		})
	}
}

func TestBodyCap(t *testing.T) {
	raw := "Content-Type: text/plain\r\n\r\n" + strings.Repeat("a", 1000)
	m, err := Parse(strings.NewReader(raw), nil, &ParseOptions{MaxBodyBytes: 100})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Text) != 100 || !strings.Contains(m.ParseError, "truncated") {
		t.Errorf("len(Text) = %d, ParseError = %q", len(m.Text), m.ParseError)
	}
}

func TestEmptyAndGarbage(t *testing.T) {
	for name, raw := range map[string]string{
		"empty":        "",
		"newline":      "\n",
		"binary":       "\x00\x01\x02\xff\xfe\r\r\n\x00--\x00",
		"only header":  "Subject: x",
		"colon soup":   ":::\n::\n",
		"continuation": " leading space\n\nbody",
	} {
		t.Run(name, func(t *testing.T) {
			m := parseString(t, raw)
			if strings.ContainsRune(m.Text, 0) {
				t.Errorf("Text has NUL: %q", m.Text)
			}
		})
	}
	if m := parseString(t, ""); m.ParseError == "" {
		t.Error("empty input has no ParseError")
	}
}

// failingReader fails after delivering some bytes, like a dropped connection.
type failingReader struct {
	data string
	err  error
}

func (f *failingReader) Read(p []byte) (int, error) {
	if f.data == "" {
		return 0, f.err
	}
	n := copy(p, f.data)
	f.data = f.data[n:]
	return n, nil
}

type failingSink struct{ err error }

func (s failingSink) Put(r io.Reader) (string, int64, error) {
	_, _ = io.CopyN(io.Discard, r, 1)
	return "", 0, s.err
}

func TestErrorsAreForIOOnly(t *testing.T) {
	boom := errors.New("connection reset")
	m, err := Parse(&failingReader{data: "Subject: x\r\n\r\npartial", err: boom}, nil, nil)
	if !errors.Is(err, boom) || m == nil || m.Subject != "x" {
		t.Errorf("read failure: m=%+v err=%v", m, err)
	}
	full := "Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: image/png\r\n\r\nPNG\r\n--b--\r\n"
	diskFull := errors.New("disk full")
	m, err = Parse(strings.NewReader(full), failingSink{diskFull}, nil)
	if !errors.Is(err, diskFull) || m == nil || len(m.Attachments) != 0 {
		t.Errorf("sink failure: m=%+v err=%v", m, err)
	}
	// A broken base64 body is a content problem, not an error.
	m, err = Parse(strings.NewReader("Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8=!!!!\r\n"), nil, nil)
	if err != nil || len(m.Attachments) != 1 || m.ParseError == "" {
		t.Errorf("bad base64: m=%+v err=%v", m, err)
	}
}

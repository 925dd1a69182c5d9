package demo

import (
	"bytes"
	"fmt"
	"image/png"
	"io"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message"
	_ "github.com/emersion/go-message/charset"

	"mailroom/mail"
)

// sampleNow is a fixed "now" for the sample tests; the dates of the mail
// follow it.
var sampleNow = time.Date(2026, 11, 20, 10, 30, 0, 0, time.UTC)

// discardSink stores nothing; the parser only needs sums and sizes.
type discardSink struct{}

func (discardSink) Put(r io.Reader) (string, int64, error) {
	n, err := io.Copy(io.Discard, r)
	return "0", n, err
}

func renderedSamples(t *testing.T, now time.Time) []sample {
	t.Helper()
	ss, err := samples(now)
	if err != nil {
		t.Fatal(err)
	}
	return ss
}

// TestSamplesAreValidMail checks every sample against RFC 5322 and MIME:
// 7-bit, CRLF only, lines within 998 characters, a Date and a From, a
// well-formed MIME tree, and nothing the Mailroom parser complains about.
func TestSamplesAreValidMail(t *testing.T) {
	ss := renderedSamples(t, sampleNow)
	if len(ss) < 25 || len(ss) > 35 {
		t.Fatalf("%d samples, want about 30", len(ss))
	}
	ids := map[string]string{}
	for _, s := range ss {
		t.Run(s.name, func(t *testing.T) {
			for i, c := range s.raw {
				if c >= 0x80 {
					t.Fatalf("8-bit byte %#x at %d: encode it", c, i)
				}
				if c == '\n' && (i == 0 || s.raw[i-1] != '\r') {
					t.Fatalf("bare LF at %d", i)
				}
				if c == '\r' && (i+1 == len(s.raw) || s.raw[i+1] != '\n') {
					t.Fatalf("bare CR at %d", i)
				}
				if c == 0 {
					t.Fatalf("NUL at %d", i)
				}
			}
			if !bytes.HasSuffix(s.raw, []byte("\r\n")) {
				t.Error("the message does not end with CRLF")
			}
			head, _, ok := bytes.Cut(s.raw, []byte("\r\n\r\n"))
			if !ok {
				t.Fatal("no blank line between header and body")
			}
			for n, line := range strings.Split(string(s.raw), "\r\n") {
				if len(line) > 998 {
					t.Errorf("line %d has %d characters, RFC 5322 allows 998", n+1, len(line))
				}
			}
			for n, line := range strings.Split(string(head), "\r\n") {
				if line == "" || (line[0] != ' ' && line[0] != '\t' && !strings.Contains(line, ":")) {
					t.Errorf("header line %d is neither a field nor a continuation: %q", n+1, line)
				}
			}

			// The MIME tree, as go-message reads it: every part and boundary.
			ent, err := message.Read(bytes.NewReader(s.raw))
			if err != nil {
				t.Fatalf("go-message: %v", err)
			}
			if err := ent.Walk(func(path []int, e *message.Entity, err error) error {
				if err != nil || e.MultipartReader() != nil {
					return err // Walk reads the parts of a multipart itself
				}
				_, err = io.Copy(io.Discard, e.Body)
				return err
			}); err != nil {
				t.Errorf("MIME structure: %v", err)
			}

			m, err := mail.Parse(bytes.NewReader(s.raw), discardSink{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if m.ParseError != "" {
				t.Errorf("parse error: %s", m.ParseError)
			}
			if m.From == nil || m.From.Address == "" {
				t.Error("no From")
			}
			if m.Subject == "" {
				t.Error("no Subject")
			}
			if strings.TrimSpace(m.Text) == "" {
				t.Error("no text")
			}
			if !m.Date.Equal(s.date) {
				t.Errorf("parsed date %v, rendered %v", m.Date, s.date)
			}
			if m.MessageID == "" && !strings.Contains(s.name, "no-message-id") {
				t.Error("no Message-ID")
			}
			if m.MessageID != "" {
				if other, dup := ids[m.MessageID]; dup {
					t.Errorf("Message-ID %s also in %s", m.MessageID, other)
				}
				ids[m.MessageID] = s.name
			}
		})
	}
}

// TestSamplesDates: spread over the last weeks, never in the future, oldest
// first (the UID order of the mailbox), whatever the time of day.
func TestSamplesDates(t *testing.T) {
	for h := 0; h < 24; h += 5 {
		now := sampleNow.Add(time.Duration(h) * time.Hour)
		ss := renderedSamples(t, now)
		for i, s := range ss {
			if s.date.After(now) || s.date.Before(now.AddDate(0, 0, -30)) {
				t.Errorf("now %v: %s dated %v, want within the last 30 days", now, s.name, s.date)
			}
			if i > 0 && s.date.Before(ss[i-1].date) {
				t.Errorf("now %v: %s is older than %s", now, s.name, ss[i-1].name)
			}
		}
		if span := ss[len(ss)-1].date.Sub(ss[0].date); span < 20*24*time.Hour {
			t.Errorf("now %v: the mail spans %v, want weeks", now, span)
		}
	}
}

// TestSamplesContent checks what each kind of sample is there to show.
func TestSamplesContent(t *testing.T) {
	type att struct{ filename, contentType string }
	tests := []struct {
		file        string
		subject     string
		text        string // a piece of the decoded text
		attachments []att
		html        bool
	}{
		{file: "01-copperleaf-invoice.eml", subject: "Invoice INV-2041 from Copperleaf Hosting",
			attachments: []att{{"INV-2041.pdf", "application/pdf"}}},
		{file: "03-newsletter-ledger.eml", subject: "The Ledger #42 — cash flow habits of small studios", html: true,
			attachments: []att{{"masthead.png", "image/png"}}},
		{file: "04-reunion-equipe.eml", subject: "Réunion d'équipe jeudi : ordre du jour", text: "Voici l'ordre du jour de la réunion"},
		{file: "09-angebot-uebersetzung.eml", subject: "Angebot Nr. 2026-118: Übersetzung der Produktdokumentation",
			text: "Mit freundlichen Grüßen\n\nJürgen Krause"},
		{file: "10-mitsumori.eml", subject: "お見積書送付のご案内（ウェブサイト改修）", text: "お見積書を添付にてお送りいたします。",
			attachments: []att{{"見積書_HL-2026-031.pdf", "application/pdf"}}},
		{file: "11-invite-design-review.eml", subject: "Invitation: Design review with Acme",
			attachments: []att{{"invite.ics", "text/calendar"}}},
		{file: "13-fwd-contract.eml", subject: "Fwd: Master services agreement — redlines",
			attachments: []att{{"Master services agreement - redlines.eml", "message/rfc822"}}},
		{file: "14-scan-no-message-id.eml", subject: "Scan from MFP-2F", attachments: []att{{"scan_0042.pdf", "application/pdf"}}},
		{file: "15-coffee-machine.eml", subject: "Coffee machine is fixed ☕"},
		{file: "17-northwind-receipt.eml", subject: "Your Northwind Stationery receipt #NW-88213", text: "Toner cartridge, black", html: true},
		{file: "19-facture-dupuis.eml", subject: "Facture F-2026-118 — Atelier Dupuis", text: "1 180,00 € TTC",
			attachments: []att{{"Facture-F-2026-118.pdf", "application/pdf"}}},
		{file: "22-messe-nachbericht.eml", subject: "Grüße aus Berlin – Messe-Nachbericht", text: "Vortrag über barrierefreie Formulare"},
		{file: "24-icon-sketches.eml", subject: "アイコン案のスケッチ / icon sketches for Acme", text: "左から「登録」「設定」「完了」です。",
			attachments: []att{{"icon-sketches.png", "image/png"}}},
	}
	byName := map[string]sample{}
	for _, s := range renderedSamples(t, sampleNow) {
		byName[s.name] = s
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			s, ok := byName[tt.file]
			if !ok {
				t.Fatalf("no sample %s", tt.file)
			}
			m, err := mail.Parse(bytes.NewReader(s.raw), discardSink{}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if m.Subject != tt.subject {
				t.Errorf("subject %q, want %q", m.Subject, tt.subject)
			}
			if !strings.Contains(m.Text, tt.text) {
				t.Errorf("text does not contain %q:\n%s", tt.text, m.Text)
			}
			if (m.HTML != "") != tt.html {
				t.Errorf("has HTML: %v, want %v", m.HTML != "", tt.html)
			}
			var got []att
			for _, a := range m.Attachments {
				got = append(got, att{a.Filename, a.ContentType})
			}
			if fmt.Sprint(got) != fmt.Sprint(tt.attachments) {
				t.Errorf("attachments %v, want %v", got, tt.attachments)
			}
		})
	}
}

func TestSampleTime(t *testing.T) {
	now := time.Date(2026, 11, 20, 6, 0, 0, 0, time.UTC)
	tests := []struct {
		days  int
		clock string
		want  string
	}{
		{3, "09:40 +0000", "2026-11-17T09:40:43Z"},
		{1, "09:30 +0100", "2026-11-19T08:30:33Z"},
		{20, "10:15 +0900", "2026-10-31T01:15:25Z"}, // 15:00 in Tokyo on the 20th
		{0, "08:00 +0000", "2026-11-20T05:53:14Z"},  // later today: moved to a few minutes ago
		{0, "09:00 +0000", "2026-11-20T05:53:18Z"},  // later still: moved too, after it
		{-2, "14:00 -0500", "2026-11-22T19:00:38Z"}, // an invitation's future date
	}
	for _, tt := range tests {
		got, err := sampleTime(now, tt.days, tt.clock)
		if err != nil {
			t.Fatal(err)
		}
		if s := got.UTC().Format(time.RFC3339); s != tt.want {
			t.Errorf("sampleTime(%d, %q) = %s, want %s", tt.days, tt.clock, s, tt.want)
		}
	}
	// The order of samples in different zones does not change with the
	// time of day (it did after 23:00 UTC, when Paris's day had turned).
	for _, hour := range []int{1, 12, 23} {
		at := time.Date(2026, 11, 20, hour, 30, 0, 0, time.UTC)
		paris, _ := sampleTime(at, 1, "10:00 +0100")
		london, _ := sampleTime(at, 1, "20:00 +0000")
		if !paris.Before(london) {
			t.Errorf("at %02d:30 UTC, yesterday 10:00 in Paris (%s) is not before yesterday 20:00 in London (%s)", hour, paris.UTC(), london.UTC())
		}
	}
	if _, err := sampleTime(now, 1, "9h30"); err == nil {
		t.Error("a malformed clock is accepted")
	}
}

// TestPDFDocument checks the structure a PDF reader relies on: the header,
// the xref table pointing at each object, the stream length, startxref.
func TestPDFDocument(t *testing.T) {
	doc := pdfDocument("Facture (F-1)", "Total 1 180,00 €", `back\slash`, "日本")
	if !bytes.HasPrefix(doc, []byte("%PDF-1.4\n")) || !bytes.HasSuffix(doc, []byte("%%EOF\n")) {
		t.Fatal("no PDF header or trailer")
	}
	m := regexp.MustCompile(`startxref\n(\d+)\n%%EOF\n$`).FindSubmatch(doc)
	if m == nil {
		t.Fatal("no startxref")
	}
	xref, _ := strconv.Atoi(string(m[1]))
	if !bytes.HasPrefix(doc[xref:], []byte("xref\n0 8\n")) {
		t.Fatalf("startxref %d does not point at the xref table", xref)
	}
	entries := regexp.MustCompile(`(\d{10}) 00000 n \n`).FindAllSubmatch(doc[xref:], -1)
	if len(entries) != 7 {
		t.Fatalf("%d xref entries, want 7", len(entries))
	}
	for i, e := range entries {
		off, _ := strconv.Atoi(string(e[1]))
		if want := fmt.Sprintf("%d 0 obj\n", i+1); !bytes.HasPrefix(doc[off:], []byte(want)) {
			t.Errorf("xref entry %d points at %q", i+1, doc[off:off+10])
		}
	}
	sm := regexp.MustCompile(`(?s)/Length (\d+) >>\nstream\n(.*?)endstream`).FindSubmatch(doc)
	if n, _ := strconv.Atoi(string(sm[1])); n != len(sm[2]) {
		t.Errorf("stream /Length %d, actual %d", n, len(sm[2]))
	}
	for _, want := range []string{`(Facture \(F-1\))`, `\200`, `back\\slash`, `(??)`} {
		if !bytes.Contains(doc, []byte(want)) {
			t.Errorf("document lacks %s", want)
		}
	}
}

func TestPNGImage(t *testing.T) {
	for _, kind := range []string{"logo", "chart", "photo", "icons"} {
		b, err := pngImage(kind)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := png.Decode(bytes.NewReader(b)); err != nil {
			t.Errorf("%s: %v", kind, err)
		}
		if len(b) > 4096 {
			t.Errorf("%s: %d bytes, want a tiny picture", kind, len(b))
		}
	}
	if _, err := pngImage("nope"); err == nil {
		t.Error("an unknown picture is drawn")
	}
}

package demo

import (
	"bytes"
	"embed"
	"encoding/base64"
	"fmt"
	"io/fs"
	"mime"
	"mime/quotedprintable"
	netmail "net/mail"
	"path"
	"slices"
	"strings"
	"text/template"
	"time"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
)

// The sample mail is a set of .eml templates: the files read as the messages
// they become, and the template functions supply what cannot be written down
// once (dates relative to now, encoded words, binary attachments).
//
//go:embed mail/*.eml
var sampleFiles embed.FS

// sample is one rendered message of the demo mailbox.
type sample struct {
	name string // template file name, e.g. "05-roadmap-1.eml"
	date time.Time
	raw  []byte // RFC 5322, CRLF line endings, 7-bit
}

// samples renders the sample mail for a mailbox opened at now, oldest first
// (the order of their UIDs).
func samples(now time.Time) ([]sample, error) {
	names, err := fs.Glob(sampleFiles, "mail/*.eml")
	if err != nil {
		return nil, err
	}
	out := make([]sample, 0, len(names))
	for _, name := range names {
		src, err := sampleFiles.ReadFile(name)
		if err != nil {
			return nil, err
		}
		s, err := renderSample(path.Base(name), string(src), now)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	// The files are in date order, but a day counted in Tokyo and one counted
	// in Chicago can swap neighbours at some hours of the day.
	slices.SortStableFunc(out, func(a, b sample) int { return a.date.Compare(b.date) })
	return out, nil
}

func renderSample(name, src string, now time.Time) (sample, error) {
	tmpl, err := template.New(name).Funcs(sampleFuncs(now)).Option("missingkey=error").Parse(src)
	if err != nil {
		return sample{}, fmt.Errorf("sample %s: %w", name, err)
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, nil); err != nil {
		return sample{}, fmt.Errorf("sample %s: %w", name, err)
	}
	raw := crlf(buf.Bytes())
	msg, err := netmail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return sample{}, fmt.Errorf("sample %s: %w", name, err)
	}
	date, err := msg.Header.Date()
	if err != nil {
		return sample{}, fmt.Errorf("sample %s: %w", name, err)
	}
	return sample{name: name, date: date, raw: raw}, nil
}

// crlf gives every line a CRLF ending, whatever the checkout did to the files.
func crlf(b []byte) []byte {
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n"))
}

// sampleFuncs are the template functions of the .eml files.
func sampleFuncs(now time.Time) template.FuncMap {
	return template.FuncMap{
		// date 3 "09:40 +0100": the RFC 5322 date 3 days before now at that
		// local time, never in the future.
		"date": func(daysAgo int, clock string) (string, error) {
			t, err := sampleTime(now, daysAgo, clock)
			return t.Format(time.RFC1123Z), err
		},
		// icsdate -2 "14:00 -0500": an iCalendar UTC date-time; a negative
		// day count is in the future.
		"icsdate": func(daysAgo int, clock string) (string, error) {
			t, err := sampleTime(now, daysAgo, clock)
			return t.UTC().Format("20060102T150405Z"), err
		},
		"q":          func(s string) string { return foldWords(mime.QEncoding.Encode("UTF-8", s)) },
		"b":          func(s string) string { return foldWords(mime.BEncoding.Encode("UTF-8", s)) },
		"qlatin1":    qLatin1,
		"biso2022jp": bISO2022JP,
		"qp":         func(s string) (string, error) { return quotedPrintable([]byte(body(s))) },
		"qplatin1": func(s string) (string, error) {
			b, err := charmap.ISO8859_1.NewEncoder().Bytes([]byte(body(s)))
			if err != nil {
				return "", err
			}
			return quotedPrintable(b)
		},
		"iso2022jp": func(s string) (string, error) {
			return japanese.ISO2022JP.NewEncoder().String(body(s))
		},
		"base64": func(v any) (string, error) {
			switch v := v.(type) {
			case string:
				return base64Lines([]byte(body(v))), nil
			case []byte:
				return base64Lines(v), nil
			}
			return "", fmt.Errorf("base64 of %T", v)
		},
		"pdf":      pdfDocument,
		"png":      pngImage,
		"filename": rfc2231Filename,
	}
}

// sampleTime is daysAgo days before now's UTC date at clock ("15:04 -0700")
// in that zone, moved to a few minutes ago (in order) when it would be in the future. The
// seconds vary with the clock so the dates do not all look made up.
func sampleTime(now time.Time, daysAgo int, clock string) (time.Time, error) {
	ref, err := time.Parse("15:04 -0700", clock)
	if err != nil {
		return time.Time{}, fmt.Errorf("date %q: want \"15:04 -0700\"", clock)
	}
	// The calendar day is UTC's for every zone: counted in each sample's
	// own zone, the samples' order would change with the time of day
	// (at 23:30 UTC it is already tomorrow in Paris).
	day := now.UTC()
	t := time.Date(day.Year(), day.Month(), day.Day()-daysAgo,
		ref.Hour(), ref.Minute(), (ref.Hour()*7+ref.Minute()*13)%60, 0, ref.Location())
	if d := t.Sub(now); daysAgo >= 0 && d > 0 {
		// A few minutes ago, keeping the order of the samples moved so
		// (late at night in UTC several "today" samples of eastern zones
		// are ahead; moved to one instant they would sort by chance): d is
		// under 48 h, so each lands 4 to 7 minutes before now, later ones later.
		t = now.Add(-4*time.Minute - (48*time.Hour-d)/1000).Truncate(time.Second).In(ref.Location())
	}
	return t, nil
}

// body is a multi-line template argument without the line break that follows
// its opening quote, so bodies can start on their own line in the files.
func body(s string) string {
	return strings.TrimPrefix(s, "\n")
}

// foldWords folds a header value made of several encoded words: one word per
// line keeps lines near 78 characters; white space between encoded words
// is not part of the decoded text (RFC 2047 section 6.2).
func foldWords(s string) string {
	return strings.ReplaceAll(s, "?= =?", "?=\r\n =?")
}

func qLatin1(s string) (string, error) {
	b, err := charmap.ISO8859_1.NewEncoder().String(s)
	if err != nil {
		return "", err
	}
	return foldWords(mime.QEncoding.Encode("ISO-8859-1", b)), nil
}

// bISO2022JP encodes s as ISO-2022-JP encoded words, a few characters each:
// every word must leave the escape state in ASCII on its own, since decoders
// decode the words one by one.
func bISO2022JP(s string) (string, error) {
	enc := japanese.ISO2022JP.NewEncoder()
	runes := []rune(s)
	var words []string
	for len(runes) > 0 {
		n := min(8, len(runes))
		chunk, err := enc.String(string(runes[:n]))
		if err != nil {
			return "", err
		}
		words = append(words, "=?ISO-2022-JP?B?"+base64.StdEncoding.EncodeToString([]byte(chunk))+"?=")
		runes = runes[n:]
	}
	return strings.Join(words, "\r\n "), nil
}

func quotedPrintable(b []byte) (string, error) {
	var buf bytes.Buffer
	w := quotedprintable.NewWriter(&buf)
	if _, err := w.Write(b); err != nil {
		return "", err
	}
	if err := w.Close(); err != nil {
		return "", err
	}
	return buf.String(), nil
}

// base64Lines is b in base64, 76 characters a line (RFC 2045).
func base64Lines(b []byte) string {
	s := base64.StdEncoding.EncodeToString(b)
	var out strings.Builder
	for len(s) > 76 {
		out.WriteString(s[:76])
		out.WriteString("\r\n")
		s = s[76:]
	}
	out.WriteString(s)
	return out.String()
}

// rfc2231Filename is a Content-Disposition filename parameter: quoted for
// an ASCII name, else the RFC 2231 form (filename*, charset UTF-8, the
// bytes percent-encoded) that mail clients read for non-ASCII names.
func rfc2231Filename(name string) string {
	ascii := true
	for _, r := range name {
		if r >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return fmt.Sprintf("filename=%q", name)
	}
	var b strings.Builder
	b.WriteString("filename*=UTF-8''")
	for _, c := range []byte(name) {
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '.', c == '-', c == '_':
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

package mail

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"mime"
	netmail "net/mail"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/emersion/go-message/charset"
)

// expected is what an independent parser says about a message; nil fields
// are not known and not compared.
type expected struct {
	subject *string
	from    *string // address, compared case-insensitively; "" means none
	date    *time.Time
	atts    []string // attachment filenames in order; "" where unnamed
	hasAtts bool
	// namedOnly: atts lists only named parts, so made-up names are ignored.
	namedOnly bool
	// attCount is the number of attachments expected from the mime4j tree.
	attCount int
	hasCount bool
}

// tally counts agreement for one field.
type tally struct{ agree, total int }

func (t *tally) add(ok bool) {
	t.total++
	if ok {
		t.agree++
	}
}

func (t tally) String() string {
	if t.total == 0 {
		return "      n/a"
	}
	return fmt.Sprintf("%3d/%3d %5.1f%%", t.agree, t.total, t.pct())
}

func (t tally) pct() float64 {
	if t.total == 0 {
		return 100
	}
	return 100 * float64(t.agree) / float64(t.total)
}

type suiteTally struct {
	messages                         int
	subject, from, date, attachments tally
	count                            tally
}

// TestCorpusAgreement compares our parse with the expected outputs shipped
// with the corpus: stalwart's JSON (its own decoded subject, from, date and
// attachment list) and mime4j's structure XML (raw header fields, decoded
// here with the standard library, and the MIME tree). It logs a table and
// fails when agreement drops below the floors, so regressions show.
func TestCorpusAgreement(t *testing.T) {
	root := corpusDir(t)
	suites := map[string]*suiteTally{}
	var diffs []string
	check := func(suite, rel string, m *Message, exp expected) {
		st := suites[suite]
		if st == nil {
			st = &suiteTally{}
			suites[suite] = st
		}
		st.messages++
		if exp.subject != nil {
			ok := normSpace(m.Subject) == normSpace(*exp.subject)
			st.subject.add(ok)
			if !ok {
				diffs = append(diffs, fmt.Sprintf("%s subject: got %q want %q", rel, m.Subject, *exp.subject))
			}
		}
		if exp.from != nil {
			got := ""
			if m.From != nil {
				got = m.From.Address
			}
			ok := strings.EqualFold(got, *exp.from)
			st.from.add(ok)
			if !ok {
				diffs = append(diffs, fmt.Sprintf("%s from: got %q want %q", rel, got, *exp.from))
			}
		}
		if exp.date != nil {
			ok := m.Date.Equal(*exp.date)
			st.date.add(ok)
			if !ok {
				diffs = append(diffs, fmt.Sprintf("%s date: got %v want %v", rel, m.Date, *exp.date))
			}
		}
		if exp.hasAtts {
			var got []string
			for _, a := range m.Attachments {
				if exp.namedOnly && (derivedName.MatchString(a.Filename) || isForwarded(a) && !contains(exp.atts, a.Filename)) {
					continue // mime4j lists only parts that carry a name
				}
				got = append(got, a.Filename)
			}
			ok := sameAttachments(got, exp.atts)
			st.attachments.add(ok)
			if !ok {
				diffs = append(diffs, fmt.Sprintf("%s attachments: got %q want %q", rel, got, exp.atts))
			}
		}
		if exp.hasAtts && exp.namedOnly == false {
			exp.attCount, exp.hasCount = len(exp.atts), true
		}
		if exp.hasCount {
			ok := len(m.Attachments) == exp.attCount
			st.count.add(ok)
			if !ok {
				diffs = append(diffs, fmt.Sprintf("%s attachment count: got %d want %d", rel, len(m.Attachments), exp.attCount))
			}
		}
	}

	// stalwart: NNN.eml with NNN.json.
	stalwart, _ := filepath.Glob(filepath.Join(root, "stalwart", "*", "*.json"))
	for _, jf := range stalwart {
		if strings.HasSuffix(jf, ".crlf.json") {
			continue
		}
		eml := strings.TrimSuffix(jf, ".json") + ".eml"
		exp, err := stalwartExpected(jf)
		if err != nil {
			t.Fatalf("%s: %v", jf, err)
		}
		m := parseFile(t, eml)
		rel, _ := filepath.Rel(root, eml)
		check("stalwart/"+filepath.Base(filepath.Dir(eml)), rel, m, exp)
	}
	if len(stalwart) == 0 {
		t.Fatal("no stalwart expectations found")
	}

	// mime4j: NAME.msg with NAME_decoded.xml.
	mime4j, _ := filepath.Glob(filepath.Join(root, "mime4j", "*", "*_decoded.xml"))
	for _, xf := range mime4j {
		msg := strings.TrimSuffix(xf, "_decoded.xml") + ".msg"
		if _, err := os.Stat(msg); err != nil {
			continue
		}
		exp, err := mime4jExpected(xf)
		if err != nil {
			t.Fatalf("%s: %v", xf, err)
		}
		m := parseFile(t, msg)
		rel, _ := filepath.Rel(root, msg)
		check("mime4j/"+filepath.Base(filepath.Dir(msg)), rel, m, exp)
	}
	if len(mime4j) == 0 {
		t.Fatal("no mime4j expectations found")
	}

	// Every corpus message against Go's net/mail, where net/mail can read
	// the header at all: a larger, if less tolerant, reference.
	for _, f := range corpusMessages(t) {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		exp, ok := stdlibExpected(data)
		if !ok {
			continue
		}
		rel, _ := filepath.Rel(root, f)
		check("net/mail (whole corpus)", rel, parseFile(t, f), exp)
	}

	names := make([]string, 0, len(suites))
	for k := range suites {
		names = append(names, k)
	}
	sort.Strings(names)
	// Totals over the suites that ship expected outputs; the net/mail row
	// is a separate, larger reference with floors of its own.
	var all, std suiteTally
	t.Logf("%-26s %4s  %-15s %-15s %-15s %-15s %-15s", "suite", "msgs", "subject", "from address", "date", "att. names", "att. count")
	for _, k := range names {
		s := suites[k]
		t.Logf("%-26s %4d  %-15s %-15s %-15s %-15s %-15s", k, s.messages, s.subject, s.from, s.date, s.attachments, s.count)
		if strings.HasPrefix(k, "net/mail") {
			std = *s
			continue
		}
		all.messages += s.messages
		for _, p := range [][2]*tally{{&all.subject, &s.subject}, {&all.from, &s.from}, {&all.date, &s.date}, {&all.attachments, &s.attachments}, {&all.count, &s.count}} {
			p[0].agree += p[1].agree
			p[0].total += p[1].total
		}
	}
	t.Logf("%-26s %4d  %-15s %-15s %-15s %-15s %-15s", "mime4j+stalwart", all.messages, all.subject, all.from, all.date, all.attachments, all.count)
	if testing.Verbose() {
		for _, d := range diffs {
			t.Log("differs: " + d)
		}
	}
	floors := []struct {
		name  string
		t     tally
		floor float64
	}{
		{"subject", all.subject, 95},
		{"from address", all.from, 90},
		{"date", all.date, 90},
		{"attachment names", all.attachments, 75},
		{"attachment count", all.count, 80},
		{"net/mail subject", std.subject, 98},
		{"net/mail from address", std.from, 98},
		{"net/mail date", std.date, 98},
	}
	for _, f := range floors {
		if f.t.pct() < f.floor {
			t.Errorf("%s agreement %.1f%% is below the floor of %.0f%%", f.name, f.t.pct(), f.floor)
		}
	}
}

func parseFile(t *testing.T, path string) *Message {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	m, err := Parse(bytes.NewReader(data), &hashSink{}, nil)
	if err != nil {
		t.Fatalf("parse %s: %v", path, err)
	}
	return m
}

// sameAttachments compares in order; an unnamed expected attachment matches
// any name.
func sameAttachments(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range want {
		if want[i] != "" && got[i] != want[i] {
			return false
		}
	}
	return true
}

func normSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// stalwart JSON: {"attachments": [part indexes], "parts": [{"headers": [...]}]}.
type stalwartMessage struct {
	Attachments []int `json:"attachments"`
	Parts       []struct {
		Headers []struct {
			Name  json.RawMessage `json:"name"`
			Value json.RawMessage `json:"value"`
		} `json:"headers"`
	} `json:"parts"`
}

type stalwartParams struct {
	ContentType *struct {
		Attributes []struct{ Name, Value string } `json:"attributes"`
	} `json:"ContentType"`
}

func stalwartExpected(path string) (expected, error) {
	var exp expected
	data, err := os.ReadFile(path)
	if err != nil {
		return exp, err
	}
	var sm stalwartMessage
	if err := json.Unmarshal(data, &sm); err != nil {
		return exp, fmt.Errorf("decode: %w", err)
	}
	if len(sm.Parts) == 0 {
		return exp, nil
	}
	for _, h := range sm.Parts[0].Headers {
		var name string
		if json.Unmarshal(h.Name, &name) != nil {
			continue // {"other": "X-Foo"}
		}
		switch name {
		case "subject":
			if exp.subject != nil {
				continue
			}
			var v struct{ Text string }
			_ = json.Unmarshal(h.Value, &v)
			exp.subject = &v.Text
		case "from":
			if exp.from != nil {
				continue
			}
			var v struct {
				Address struct {
					List  []struct{ Address *string }
					Group []struct {
						Addresses []struct{ Address *string }
					}
				}
			}
			_ = json.Unmarshal(h.Value, &v)
			addr := ""
			switch {
			case len(v.Address.List) > 0 && v.Address.List[0].Address != nil:
				addr = *v.Address.List[0].Address
			case len(v.Address.Group) > 0 && len(v.Address.Group[0].Addresses) > 0 && v.Address.Group[0].Addresses[0].Address != nil:
				addr = *v.Address.Group[0].Addresses[0].Address
			}
			exp.from = &addr
		case "date":
			if exp.date != nil {
				continue
			}
			var v struct {
				DateTime *struct {
					Year, Month, Day, Hour, Minute, Second int
					TzBeforeGMT                            bool `json:"tz_before_gmt"`
					TzHour                                 int  `json:"tz_hour"`
					TzMinute                               int  `json:"tz_minute"`
				}
			}
			_ = json.Unmarshal(h.Value, &v)
			var d time.Time
			if dt := v.DateTime; dt != nil {
				off := (dt.TzHour*60 + dt.TzMinute) * 60
				if dt.TzBeforeGMT {
					off = -off
				}
				d = time.Date(dt.Year, time.Month(dt.Month), dt.Day, dt.Hour, dt.Minute, dt.Second, 0, time.FixedZone("", off)).UTC()
			}
			exp.date = &d
		}
	}
	exp.hasAtts = true
	for _, i := range sm.Attachments {
		if i >= len(sm.Parts) {
			continue
		}
		name, fromName := "", ""
		for _, h := range sm.Parts[i].Headers {
			var hn string
			if json.Unmarshal(h.Name, &hn) != nil || hn != "content_type" && hn != "content_disposition" {
				continue
			}
			var v stalwartParams
			if json.Unmarshal(h.Value, &v) != nil || v.ContentType == nil {
				continue
			}
			for _, a := range v.ContentType.Attributes {
				if hn == "content_disposition" && a.Name == "filename" && name == "" {
					name = a.Value
				}
				if hn == "content_type" && a.Name == "name" && fromName == "" {
					fromName = a.Value
				}
			}
		}
		if name == "" {
			name = fromName
		}
		exp.atts = append(exp.atts, name)
	}
	return exp, nil
}

// mime4j XML: <message><header><field>Name: value</field>...</header> then
// <multipart>, <text-body/>, <binary-body/> or a nested <message>.
type xmlEntity struct {
	XMLName   xml.Name
	Fields    []string    `xml:"header>field"`
	Multipart *xmlMulti   `xml:"multipart"`
	Message   *xmlEntity  `xml:"message"`
	Text      *struct{}   `xml:"text-body"`
	Binary    *struct{}   `xml:"binary-body"`
	Parts     []xmlEntity `xml:"body-part"`
}

type xmlMulti struct {
	Parts []xmlEntity `xml:"body-part"`
}

func (e *xmlEntity) field(name string) (string, bool) {
	for _, f := range e.Fields {
		k, v, ok := strings.Cut(f, ":")
		if ok && strings.EqualFold(strings.TrimSpace(k), name) {
			return strings.Join(strings.Fields(v), " "), true
		}
	}
	return "", false
}

var stdWordDecoder = mime.WordDecoder{CharsetReader: charset.Reader}

func mime4jExpected(path string) (expected, error) {
	var exp expected
	data, err := os.ReadFile(path)
	if err != nil {
		return exp, err
	}
	var root xmlEntity
	if err := xml.Unmarshal(data, &root); err != nil {
		return exp, fmt.Errorf("decode: %w", err)
	}
	if v, ok := root.field("Subject"); ok {
		if s, err := stdWordDecoder.DecodeHeader(v); err == nil {
			exp.subject = &s
		}
	}
	if v, ok := root.field("From"); ok {
		p := netmail.AddressParser{WordDecoder: &stdWordDecoder}
		if list, err := p.ParseList(v); err == nil {
			a := ""
			if len(list) > 0 {
				a = list[0].Address
			}
			exp.from = &a
		}
	}
	if v, ok := root.field("Date"); ok {
		if d, err := netmail.ParseDate(v); err == nil {
			d = rfc5322Zone(v, d).UTC()
			exp.date = &d
		}
	}
	exp.hasAtts, exp.namedOnly = true, true
	var walk func(e *xmlEntity, parent string)
	walk = func(e *xmlEntity, parent string) {
		ct, _ := e.field("Content-Type")
		ct = strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
		if e.Multipart != nil {
			for i := range e.Multipart.Parts {
				walk(&e.Multipart.Parts[i], ct)
			}
			return
		}
		name := mime4jFilename(e)
		if name != "" {
			exp.atts = append(exp.atts, name)
		}
		// Apply Mailroom's body-or-attachment rule to mime4j's tree, so the
		// count checks that both parsers found the same parts.
		if ct == "" || !strings.Contains(ct, "/") {
			ct = "text/plain"
			if parent == "multipart/digest" {
				ct = "message/rfc822"
			}
		}
		disp, _ := e.field("Content-Disposition")
		attached := name != "" || strings.HasPrefix(strings.ToLower(strings.TrimSpace(disp)), "attachment")
		body := !attached && (ct == "text/plain" || ct == "text/html" || parent == "" && strings.HasPrefix(ct, "text/"))
		if !body {
			exp.attCount++
		}
	}
	walk(&root, "")
	exp.hasCount = true
	return exp, nil
}

// mime4jFilename decodes a part's filename with the standard library.
func mime4jFilename(e *xmlEntity) string {
	for _, f := range []struct{ field, param string }{{"Content-Disposition", "filename"}, {"Content-Type", "name"}} {
		v, ok := e.field(f.field)
		if !ok {
			continue
		}
		_, params, err := mime.ParseMediaType(v)
		if err != nil {
			continue
		}
		if name := params[f.param]; name != "" {
			if d, err := stdWordDecoder.DecodeHeader(name); err == nil {
				name = d
			}
			return name
		}
	}
	return ""
}

// derivedName matches the names Parse makes up for unnamed attachments.
var derivedName = regexp.MustCompile(`^attachment-\d+\.[a-z0-9]+$`)

func isForwarded(a Attachment) bool {
	return a.ContentType == "message/rfc822" || a.ContentType == "message/global"
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

// rfc5322Zones are the obsolete zone names RFC 5322 section 4.3 defines.
// time.Parse reads unknown abbreviations as UTC, so the reference parse
// applies them here.
var rfc5322Zones = map[string]int{"EST": -5, "EDT": -4, "CST": -6, "CDT": -5, "MST": -7, "MDT": -6, "PST": -8, "PDT": -7}

func rfc5322Zone(v string, d time.Time) time.Time {
	f := strings.Fields(v)
	if len(f) == 0 {
		return d
	}
	h, ok := rfc5322Zones[strings.ToUpper(f[len(f)-1])]
	if !ok {
		return d
	}
	if _, off := d.Zone(); off != 0 {
		return d
	}
	return d.Add(-time.Duration(h) * time.Hour)
}

// stdlibExpected reads Subject, From and Date with the standard library.
// Fields it cannot parse are left unknown.
func stdlibExpected(data []byte) (expected, bool) {
	var exp expected
	msg, err := netmail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return exp, false
	}
	if v := msg.Header.Get("Subject"); v != "" {
		if s, err := stdWordDecoder.DecodeHeader(v); err == nil {
			exp.subject = &s
		}
	}
	if v := msg.Header.Get("From"); v != "" {
		p := netmail.AddressParser{WordDecoder: &stdWordDecoder}
		if list, err := p.ParseList(v); err == nil && len(list) > 0 {
			exp.from = &list[0].Address
		}
	}
	if v := msg.Header.Get("Date"); v != "" {
		if d, err := netmail.ParseDate(v); err == nil {
			d = rfc5322Zone(v, d).UTC()
			exp.date = &d
		}
	}
	return exp, true
}

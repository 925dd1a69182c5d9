package mail

import (
	"bytes"
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-message/charset"
	"github.com/saintfish/chardet"
	"golang.org/x/text/encoding/htmlindex"
)

// rawHeaderFields are the fields whose raw 8-bit text is shown to users and
// so is read with the message's charset; their bytes are also the sample a
// detector looks at. Received and DKIM lines are written by relays, not by
// the sender's mailer, and would only blur the sample.
var rawHeaderFields = []string{"subject", "from", "sender", "reply-to", "to", "cc", "comments", "keywords", "organization", "thread-topic"}

// minDetectConfidence is the detector confidence (0–100) below which its
// guess is not taken. A dozen characters or fewer give every CJK charset the
// same low score and short Cyrillic names a wrong one; with a sentence the
// right charset scores 80–100.
const minDetectConfidence = 50

// rawHeaderCharset reads header text that carries raw 8-bit bytes without
// RFC 2047 encoding, so names no charset. Valid UTF-8 is kept (RFC 6532).
// Otherwise one charset is chosen for the whole message, since one mailer
// wrote its header: the first the message declares elsewhere that reads the
// bytes cleanly (its text parts' charset parameters in order, then the
// charsets of its encoded-words), else a charset detector's confident guess
// over all such bytes of the header, else windows-1252 (fallbackText).
type rawHeaderCharset struct {
	hints []string // normalised labels, in the order declared
	label string   // the charset chosen; "": fallbackText

	detections int // detector runs on part fields, bounded by maxPartDetections
}

// Bounds that keep a hostile message (thousands of parts, each naming a
// charset or carrying a raw filename; a megabyte of raw header) from making
// the choice slow: each hint is tried on the whole sample, the detector
// reads the sample's start, and it runs for a bounded number of part fields
// (about half a millisecond each).
const (
	maxCharsetHints   = 16
	maxDetectSample   = 8 << 10
	maxPartDetections = 32
)

// hint records a charset the message declares (a text part's charset=).
func (r *rawHeaderCharset) hint(label string) {
	label = normCharset(label)
	if label == "" || len(r.hints) >= maxCharsetHints {
		return
	}
	for _, h := range r.hints {
		if h == label {
			return
		}
	}
	r.hints = append(r.hints, label)
}

// choose decides the charset for h's raw 8-bit text, once all the message's
// text parts have been seen.
func (r *rawHeaderCharset) choose(h header) {
	var sample []byte
	for _, f := range h {
		if isRawHeaderField(f.name) && !utf8.ValidString(f.value) {
			sample = append(append(sample, f.value...), '\n')
		}
	}
	if sample == nil {
		return // the common case: nothing to choose for
	}
	for _, f := range h {
		if !isRawHeaderField(f.name) {
			continue
		}
		for i := 0; ; {
			j := strings.Index(f.value[i:], "=?")
			if j < 0 {
				break
			}
			cs, _, end, ok := parseEncodedWord(f.value, i+j)
			if !ok {
				i += j + 2
				continue
			}
			r.hint(cs)
			i = end
		}
	}
	for _, label := range r.hints {
		if usableLabel(label) {
			if _, ok := decodeClean(label, sample); ok {
				r.label = label
				return
			}
		}
	}
	r.label = detectCharset(sample)
}

// text converts a raw header value to UTF-8; encoded-words, being ASCII, pass
// through for decodeWords.
func (r *rawHeaderCharset) text(v string) string {
	if utf8.ValidString(v) || r.label == "" {
		return v // fallbackText reads it, in decodeWords
	}
	if s, ok := decodeClean(r.label, []byte(v)); ok {
		return s // choose checked every field, so this is the rule
	}
	return v
}

// partFields converts raw 8-bit Content-Type and Content-Disposition values
// of a part (filenames Outlook-era and Chinese mailers send unencoded) to
// UTF-8 while the body is walked: in the part's own charset, else one the
// message has declared so far (text parts usually precede attachments),
// else the detector's; failing all, fallbackText reads them as before. h
// is not modified; a copy is returned when a value changed.
func (r *rawHeaderCharset) partFields(h header) header {
	out := h
	for i, f := range h {
		if f.name != "content-type" && f.name != "content-disposition" || utf8.ValidString(f.value) {
			continue
		}
		s, ok := r.readAlone([]byte(f.value), h.get("content-type"))
		if !ok {
			continue
		}
		if &out[0] == &h[0] {
			out = append(header(nil), h...)
		}
		out[i].value = s
	}
	return out
}

// readAlone reads one raw value without the whole header to compare with.
func (r *rawHeaderCharset) readAlone(b []byte, contentType string) (string, bool) {
	_, params := parseParamHeader(contentType)
	for _, label := range append([]string{normCharset(params["charset"])}, r.hints...) {
		if usableLabel(label) {
			if s, ok := decodeClean(label, b); ok {
				return s, true
			}
		}
	}
	if r.detections >= maxPartDetections {
		return "", false
	}
	r.detections++
	if label := detectCharset(b); label != "" {
		return decodeClean(label, b)
	}
	return "", false
}

func isRawHeaderField(name string) bool {
	for _, n := range rawHeaderFields {
		if n == name {
			return true
		}
	}
	return false
}

// usableLabel reports whether raw header bytes can be in the charset of a
// declared label. UTF-8 is excluded because the bytes are not valid UTF-8,
// and so are the charsets that cannot appear raw in a header: ASCII (which
// says nothing of 8-bit bytes), UTF-7/16/32, the ISO-2022 family and HZ
// (7-bit, and ISO-2022-JP is read by fallbackText), and unknown labels.
func usableLabel(label string) bool {
	if slices.Contains(asciiLabels, label) || slices.Contains(unknownLabels, label) {
		return false
	}
	if strings.Contains(label, "utf") || strings.Contains(label, "2022") || strings.HasPrefix(label, "hz") || strings.Contains(label, "ucs") {
		return false
	}
	if enc, err := htmlindex.Get(label); err == nil {
		name, _ := htmlindex.Name(enc)
		return name != "replacement" && name != "x-user-defined" && name != "utf-8"
	}
	_, err := charset.Reader(label, strings.NewReader(""))
	return err == nil
}

// decodeClean decodes b from label and reports whether every byte was valid
// and gave printable text: a replacement character or a control character
// (C0 other than tab, or C1, which ISO-8859 gives 0x80–0x9F) means the bytes
// are in some other charset. WHATWG's table is used first, as browsers read
// undeclared text with it (latin1 is windows-1252, gb2312 is GBK), then
// go-message's, which knows more labels.
func decodeClean(label string, b []byte) (string, bool) {
	var out []byte
	if enc, err := htmlindex.Get(label); err == nil {
		if out, err = enc.NewDecoder().Bytes(b); err != nil {
			return "", false
		}
	} else {
		r, err := charset.Reader(label, bytes.NewReader(b))
		if err != nil {
			return "", false
		}
		if out, err = io.ReadAll(r); err != nil {
			return "", false
		}
	}
	s := string(out)
	for _, c := range s {
		if c == utf8.RuneError || c < 0x20 && c != '\t' && c != '\n' || c >= 0x7f && c < 0xa0 {
			return "", false
		}
	}
	return s, true
}

// detectCharset asks the ICU-derived detector for the charset of sample and
// returns it when the guess is confident and reads sample cleanly; "" when
// not.
func detectCharset(sample []byte) string {
	results, err := chardet.NewTextDetector().DetectAll(sample[:min(len(sample), maxDetectSample)])
	if err != nil {
		return ""
	}
	for _, res := range results {
		if res.Confidence < minDetectConfidence {
			break
		}
		label := strings.ToLower(res.Charset)
		if label == "gb-18030" {
			label = "gb18030"
		}
		if !usableLabel(label) {
			continue
		}
		if _, ok := decodeClean(label, sample); ok {
			return label
		}
	}
	return ""
}

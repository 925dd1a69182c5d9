package mail

import (
	"encoding/base64"
	"encoding/hex"
	"strings"
	"unicode/utf8"
)

// decodeWords decodes RFC 2047 encoded-words in a header value, leniently:
// adjacent words in one charset are joined before charset conversion (so a
// multi-byte character split across words survives), whitespace between
// encoded-words is dropped, words glued to text are decoded too, and a
// malformed word is kept as raw text. Raw 8-bit text is kept when it is UTF-8
// and read by fallbackText otherwise.
func decodeWords(s string) string {
	if !strings.Contains(s, "=?") {
		if utf8.ValidString(s) && strings.IndexByte(s, 0x1b) < 0 && strings.IndexByte(s, 0) < 0 {
			return s
		}
		return fallbackText([]byte(s))
	}
	var (
		out   strings.Builder
		run   []byte // decoded bytes of adjacent words in runCS
		runCS string
		inRun bool
		raw   = 0 // start of text not yet written
	)
	flushRun := func() {
		if inRun {
			text, _ := decodeCharset(runCS, run)
			out.WriteString(text)
			run, inRun = run[:0], false
		}
	}
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], "=?")
		if j < 0 {
			break
		}
		j += i
		cs, payload, end, ok := parseEncodedWord(s, j)
		if !ok {
			i = j + 2
			continue
		}
		// RFC 2047 6.2: whitespace between encoded-words is not displayed.
		if between := s[raw:j]; !inRun || strings.Trim(between, " \t") != "" {
			flushRun()
			out.WriteString(fallbackText([]byte(between)))
		}
		if cs = normCharset(cs); inRun && cs != runCS {
			flushRun()
		}
		run = append(run, payload...)
		runCS, inRun = cs, true
		i, raw = end, end
	}
	flushRun()
	out.WriteString(fallbackText([]byte(s[raw:])))
	return out.String()
}

// maxWordLen bounds an encoded-word; RFC 2047 says 75, real mail goes over.
const maxWordLen = 2048

// parseEncodedWord parses "=?charset?enc?text?=" at s[start:] and returns the
// decoded payload bytes and the index after the word.
func parseEncodedWord(s string, start int) (cs string, payload []byte, end int, ok bool) {
	rest := s[start+2:]
	if len(rest) > maxWordLen {
		// Bounding the search keeps a header full of "=?" linear.
		rest = rest[:maxWordLen]
	}
	q1 := strings.IndexByte(rest, '?')
	if q1 <= 0 || q1+2 >= len(rest) || rest[q1+2] != '?' {
		return "", nil, 0, false
	}
	cs = rest[:q1]
	if strings.ContainsAny(cs, " \t\"") {
		return "", nil, 0, false
	}
	enc := rest[q1+1]
	text := rest[q1+3:]
	e := strings.Index(text, "?=")
	if e < 0 {
		return "", nil, 0, false
	}
	text = text[:e]
	if strings.ContainsAny(text, " \t") && (enc == 'B' || enc == 'b') {
		text = strings.Map(func(r rune) rune {
			if r == ' ' || r == '\t' {
				return -1
			}
			return r
		}, text)
	}
	switch enc {
	case 'B', 'b':
		payload, ok = decodeBase64Word(text)
	case 'Q', 'q':
		payload, ok = decodeQWord(text), true
	}
	if !ok {
		return "", nil, 0, false
	}
	return cs, payload, start + 2 + q1 + 3 + e + 2, true
}

func decodeBase64Word(text string) ([]byte, bool) {
	if b, err := base64.StdEncoding.DecodeString(text); err == nil {
		return b, true
	}
	t := strings.TrimRight(text, "=")
	if b, err := base64.RawStdEncoding.DecodeString(t); err == nil {
		return b, true
	}
	// Drop a dangling sextet that cannot form a byte.
	if len(t)%4 == 1 {
		if b, err := base64.RawStdEncoding.DecodeString(t[:len(t)-1]); err == nil {
			return b, true
		}
	}
	return nil, false
}

// decodeQWord decodes RFC 2047's Q encoding: "_" is a space, "=XX" a byte.
func decodeQWord(text string) []byte {
	return unescapeHex(strings.ReplaceAll(text, "_", " "), '=')
}

// unescapeHex replaces each esc followed by two hex digits (either case) with
// the byte they spell and keeps anything else as it is: RFC 2047 words escape
// with "=", RFC 2231 parameter values with "%".
func unescapeHex(s string, esc byte) []byte {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == esc && i+2 < len(s) {
			var c [1]byte
			if _, err := hex.Decode(c[:], []byte(s[i+1:i+3])); err == nil {
				b = append(b, c[0])
				i += 2
				continue
			}
		}
		b = append(b, s[i])
	}
	return b
}

package mail

import (
	"bytes"
	"encoding/base64"
	"io"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/emersion/go-message/charset"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
)

// normCharset lower-cases a charset label and drops quotes and an RFC 2231
// language suffix ("utf-8*en").
func normCharset(label string) string {
	label = strings.ToLower(strings.Trim(strings.TrimSpace(label), `"'`))
	if i := strings.IndexByte(label, '*'); i >= 0 {
		label = label[:i]
	}
	return label
}

// Labels that name no charset to convert from: ASCII (with transfer
// encodings mistaken for a charset) and the ones saying it is unknown. Bytes
// in either are read by fallbackText.
var (
	asciiLabels   = []string{"", "us-ascii", "ascii", "ansi_x3.4-1968", "iso-646-us", "us", "7bit", "8bit"}
	unknownLabels = []string{"unknown-8bit", "x-unknown", "unknown", "x-user-defined", "default", "none"}
)

// decodeCharset converts b from the named charset to valid UTF-8. ok is false
// when the charset is unknown, in which case b is read by fallbackText.
func decodeCharset(label string, b []byte) (s string, ok bool) {
	label = normCharset(label)
	switch {
	case slices.Contains(asciiLabels, label):
		return fallbackText(b), true
	case slices.Contains(unknownLabels, label):
		return fallbackText(b), false
	}
	switch label {
	case "utf-8", "utf8", "x-utf8", "unicode-1-1-utf-8":
		return cleanText(string(b)), true
	case "utf-7", "unicode-1-1-utf-7", "x-utf-7", "csunicode11utf7":
		return cleanText(decodeUTF7(b)), true
	}
	if isASCII(b) && !bytes.Contains(b, []byte{0x1b}) && !strings.ContainsAny(label, "hz1236") {
		// Every ASCII-compatible charset maps ASCII to itself; the ones that
		// do not (UTF-16/32, HZ, ISO-2022-*) have digits or "hz" in their name
		// and take the slow path.
		return cleanText(string(b)), true
	}
	r, err := charset.Reader(label, bytes.NewReader(b))
	if err != nil || r == nil {
		return fallbackText(b), false
	}
	out, err := io.ReadAll(r)
	if err != nil && len(out) == 0 {
		return fallbackText(b), false
	}
	return cleanText(string(out)), true
}

// fallbackText reads bytes of unknown charset: UTF-8 when valid, ISO-2022-JP
// when it has its escape sequences (common in raw Japanese headers), else
// windows-1252, the usual charset of undeclared 8-bit Western mail.
func fallbackText(b []byte) string {
	if utf8.Valid(b) {
		if bytes.Contains(b, []byte("\x1b$B")) || bytes.Contains(b, []byte("\x1b$@")) {
			if out, err := japanese.ISO2022JP.NewDecoder().Bytes(b); err == nil {
				return cleanText(string(out))
			}
		}
		return cleanText(string(b))
	}
	out, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		return cleanText(string(b))
	}
	return cleanText(string(out))
}

// cleanText makes s valid UTF-8 without NUL bytes, which databases reject.
func cleanText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexByte(s, 0) >= 0 {
		s = strings.ReplaceAll(s, "\x00", "")
	}
	return s
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

// decodeUTF7 decodes RFC 2152 UTF-7, which x/text does not provide but old
// mailers still send.
func decodeUTF7(b []byte) string {
	var sb strings.Builder
	for i := 0; i < len(b); {
		c := b[i]
		if c != '+' {
			sb.WriteByte(c)
			i++
			continue
		}
		j := i + 1
		for j < len(b) && base64Alphabet[b[j]] {
			j++
		}
		if j == i+1 {
			sb.WriteByte('+') // "+-" is a literal plus
		} else {
			raw, err := base64.RawStdEncoding.DecodeString(string(b[i+1 : j]))
			if err != nil {
				sb.Write(b[i:j])
			} else {
				u := make([]uint16, 0, len(raw)/2)
				for k := 0; k+1 < len(raw); k += 2 {
					u = append(u, uint16(raw[k])<<8|uint16(raw[k+1]))
				}
				sb.WriteString(string(utf16.Decode(u)))
			}
		}
		if j < len(b) && b[j] == '-' {
			j++
		}
		i = j
	}
	return sb.String()
}

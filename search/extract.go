package search

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"mailroom/mail"
)

// Attachment text is read at ingest, off the database transaction, and only
// from text-like attachments below a size cap: a mailbox of large binaries
// costs no more to import than before.
const (
	// MaxTextAttachment is the largest attachment whose text is read.
	MaxTextAttachment = 2 << 20
	// maxPartText bounds the text kept of one attachment (index and snippets).
	maxPartText = 256 << 10
)

// textLike reports the attachments whose bytes are text.
func textLike(contentType string) bool {
	switch {
	case strings.HasPrefix(contentType, "text/"):
		return true
	case contentType == "application/json", contentType == "application/xml", contentType == "application/csv":
		return true
	}
	return false
}

// Extract returns the searchable parts of a message's attachments: each
// one's file name, and the text of the text-like ones no larger than
// MaxTextAttachment, read through open (the blob store). An attachment that
// cannot be read is indexed by its name only.
func Extract(atts []mail.Attachment, open func(sha256 string) (io.ReadCloser, error)) []Part {
	parts := make([]Part, len(atts))
	for i, a := range atts {
		parts[i] = Part{Position: i, Name: a.Filename}
		if !textLike(a.ContentType) || a.Size > MaxTextAttachment || open == nil {
			continue
		}
		r, err := open(a.SHA256)
		if err != nil {
			continue
		}
		data, err := io.ReadAll(io.LimitReader(r, MaxTextAttachment))
		r.Close()
		if err != nil {
			continue
		}
		parts[i].Text = plainText(a.ContentType, data)
	}
	return parts
}

// plainText is the text of a text-like attachment: markup of HTML and XML
// dropped, invalid UTF-8 (another charset) read as Latin-1, cut at maxPartText.
func plainText(contentType string, data []byte) string {
	if contentType == "text/html" || strings.HasSuffix(contentType, "xml") {
		data = stripTags(data)
	}
	var s string
	if utf8.Valid(data) {
		s = string(data)
	} else {
		var b strings.Builder
		for _, c := range data {
			b.WriteRune(rune(c))
		}
		s = b.String()
	}
	if len(s) > maxPartText {
		cut := maxPartText
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	return s
}

// stripTags replaces markup with spaces (entities stay as they are: their
// letters are still found).
func stripTags(data []byte) []byte {
	var out bytes.Buffer
	in := false
	for _, c := range data {
		switch {
		case c == '<':
			in = true
			out.WriteByte(' ')
		case c == '>':
			in = false
		case !in:
			out.WriteByte(c)
		}
	}
	return out.Bytes()
}

package search

import (
	"bytes"
	"context"
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
	// MaxPartText bounds the text kept of one attachment (index and
	// snippets), PDFs included.
	MaxPartText = 256 << 10
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

// isPDF reports the attachments read as PDF: by type, or by name when the
// sender said only "binary".
func isPDF(a mail.Attachment) bool {
	switch a.ContentType {
	case "application/pdf", "application/x-pdf":
		return true
	case "application/octet-stream", "":
		return strings.HasSuffix(strings.ToLower(a.Filename), ".pdf")
	}
	return false
}

// Extract returns the searchable parts of a message's attachments: each
// one's file name, and the text of the text-like ones no larger than
// MaxTextAttachment and, when pdf is given, of the PDFs no larger than
// MaxPDF, read through open (the blob store). An attachment whose text
// cannot be read is indexed by its name only; warn, when given, is told its
// position and why (never its content).
func Extract(ctx context.Context, atts []mail.Attachment, open func(sha256 string) (io.ReadCloser, error), pdf *PDFReader, warn func(position int, err error)) []Part {
	parts := make([]Part, len(atts))
	for i, a := range atts {
		parts[i] = Part{Position: i, Name: a.Filename}
		if open == nil {
			continue
		}
		var err error
		switch {
		case textLike(a.ContentType) && a.Size <= MaxTextAttachment:
			parts[i].Text, err = readText(a, open)
		case pdf != nil && isPDF(a) && a.Size <= MaxPDF:
			parts[i].Text, err = readPDF(ctx, a, open, pdf)
		}
		if err != nil && warn != nil && ctx.Err() == nil {
			warn(i, err)
		}
	}
	return parts
}

func readText(a mail.Attachment, open func(string) (io.ReadCloser, error)) (string, error) {
	r, err := open(a.SHA256)
	if err != nil {
		return "", err
	}
	defer r.Close()
	data, err := io.ReadAll(io.LimitReader(r, MaxTextAttachment))
	if err != nil {
		return "", err
	}
	return plainText(a.ContentType, data), nil
}

func readPDF(ctx context.Context, a mail.Attachment, open func(string) (io.ReadCloser, error), pdf *PDFReader) (string, error) {
	r, err := open(a.SHA256)
	if err != nil {
		return "", err
	}
	defer r.Close()
	return pdf.Text(ctx, r, a.Size)
}

// plainText is the text of a text-like attachment: markup of HTML and XML
// dropped, invalid UTF-8 (another charset) read as Latin-1, cut at MaxPartText.
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
	return cutText(s)
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

// PDFs lists the positions of atts whose text Extract reads through a
// PDFReader: PDFs no larger than MaxPDF.
func PDFs(atts []mail.Attachment) []int {
	var at []int
	for i, a := range atts {
		if isPDF(a) && a.Size <= MaxPDF {
			at = append(at, i)
		}
	}
	return at
}

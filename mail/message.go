// Package mail turns raw RFC 5322 messages into Mailroom's Message: envelope
// fields, a plain-text and a sanitized HTML body, and attachments streamed to
// a BlobSink. Parsing is best effort: any input yields a Message, and what
// could not be read is described in Message.ParseError.
package mail

import (
	"io"
	"time"
)

// BlobSink stores the decoded bytes of an attachment (streamed, never buffered
// whole) and returns their hex sha256 and size.
type BlobSink interface {
	Put(r io.Reader) (sha256 string, size int64, err error)
}

// Attachment describes one stored attachment; its bytes live in the BlobSink.
type Attachment struct {
	Filename    string // RFC 2047 / RFC 2231 decoded and sanitized, never empty
	ContentType string // lower-case media type without parameters
	Size        int64
	SHA256      string
	ContentID   string // without <>
	Inline      bool   // Content-Disposition inline, or referenced as cid: from the HTML
}

// Message is the parsed form of one RFC 5322 message.
type Message struct {
	MessageID   string   // without <>, trimmed; empty when absent
	Subject     string   // decoded; "" when absent
	From        *Address // nil when absent or unparseable
	ReplyTo     []Address
	To, Cc      []Address
	Date        time.Time // UTC; zero when missing or unparseable
	InReplyTo   string    // first msg-id, without <>
	References  []string  // msg-ids without <>
	Text        string    // text/plain body, or text derived from the HTML body
	HTML        string    // sanitized text/html body; "" when none
	Attachments []Attachment
	ParseError  string // non-empty when the message or a part could not be parsed fully
}

// ParseOptions tunes Parse. A nil *ParseOptions means defaults.
type ParseOptions struct {
	// MaxBodyBytes caps the bytes of text and of HTML body kept in memory;
	// 0 means DefaultMaxBodyBytes. Longer bodies are truncated and the
	// truncation is noted in Message.ParseError.
	MaxBodyBytes int64
}

// DefaultMaxBodyBytes is the body cap used when ParseOptions.MaxBodyBytes is 0.
const DefaultMaxBodyBytes = 16 << 20

// Package fetchlog holds value types stored in fetch runs; it imports nothing
// so the generated store can use it without an import cycle.
package fetchlog

// Failure is a message a run could not import.
type Failure struct {
	// ServerUID is the IMAP UID or the POP3 UIDL.
	ServerUID string `json:"serverUID"`
	Reason    string `json:"reason"`
	// Kind classifies the reason with one of a few fixed words (metrics
	// label it by kind, never by the reason's free text).
	Kind FailureKind `json:"kind,omitempty"`
}

// FailureKind is why a message was not imported, in one fixed word.
type FailureKind string

const (
	// TooLarge: over --max-message-size; recorded FAILED and not offered again.
	TooLarge FailureKind = "too_large"
	// Fetch: the server did not hand the message over.
	Fetch FailureKind = "fetch"
	// Store: the blob store did not keep or give back the bytes.
	Store FailureKind = "store"
	// Parse: the stored message could not be parsed into an email.
	Parse FailureKind = "parse"
)

// FailureKinds lists every kind (metrics start each at zero).
var FailureKinds = []FailureKind{TooLarge, Fetch, Store, Parse}

// Package fetchlog holds value types stored in fetch runs; it imports nothing
// so the generated store can use it without an import cycle.
package fetchlog

// Failure is a message a run could not import.
type Failure struct {
	// ServerUID is the IMAP UID or the POP3 UIDL.
	ServerUID string `json:"serverUID"`
	Reason    string `json:"reason"`
}

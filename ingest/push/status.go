package push

import "time"

// State is what a folder's watcher is doing; the values are the names a
// GraphQL enum can carry.
type State string

const (
	// Off: no watcher (push off, POP3, no password, folder gone, or stopped).
	Off State = "OFF"
	// Connecting: the first connection is being made.
	Connecting State = "CONNECTING"
	// Watching: the watcher is in IDLE on the mailbox.
	Watching State = "WATCHING"
	// Reconnecting: the connection failed or was lost (Err says why) and is
	// retried at NextAttempt.
	Reconnecting State = "RECONNECTING"
	// Unsupported: the server does not offer IDLE; the interval schedule
	// covers the folder.
	Unsupported State = "UNSUPPORTED"
	// Failed: the server refused the credentials (or the folder's policy
	// forbids sending them); nothing is retried until the folder changes.
	Failed State = "FAILED"
)

// Status is a folder's push state for the UI.
type Status struct {
	State State
	// Err is the last connection error (Reconnecting, Failed); it is
	// classified by mail/account, so errors.Is(Err, account.ErrAuthFailed)
	// works and Err.Error() is fit for users.
	Err error
	// Since is when State began.
	Since time.Time
	// NextAttempt is when a Reconnecting watcher tries again.
	NextAttempt time.Time
}

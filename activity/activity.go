// Package activity is the one door through which something that happened to
// a document — imported, commented, annotated, related, tagged, trashed,
// restored, permission changed, fetch failed — is recorded. A Recorder keeps
// it in the history and turns it into notifications for the followers who
// may read the target.
//
// Callers record after their transaction committed; Record never fails the
// action that already happened (a failure is logged by the Recorder).
package activity

import "context"

// Kind is what happened.
type Kind string

const (
	Imported          Kind = "IMPORTED"
	FetchFailed       Kind = "FETCH_FAILED"
	NeedsAttention    Kind = "NEEDS_ATTENTION"
	Commented         Kind = "COMMENTED"
	CommentEdited     Kind = "COMMENT_EDITED"
	Mentioned         Kind = "MENTIONED"
	Annotated         Kind = "ANNOTATED"
	Related           Kind = "RELATED"
	Tagged            Kind = "TAGGED"
	Untagged          Kind = "UNTAGGED"
	Trashed           Kind = "TRASHED"
	Restored          Kind = "RESTORED"
	PermissionChanged Kind = "PERMISSION_CHANGED"
)

// Notifies reports whether entries of kind k alert the target's followers
// (the list: new email, fetch failed or needs attention, comment,
// mention, annotation, relation, trash and restore). Permission changes,
// tags and comment edits are kept in the history only.
func (k Kind) Notifies() bool {
	switch k {
	case PermissionChanged, Tagged, Untagged, CommentEdited:
		return false
	}
	return true
}

// Entry is one thing that happened. Set the most specific target (EmailID,
// else FolderID, else WorkspaceID); the Recorder fills in the containers.
type Entry struct {
	Kind    Kind
	ActorID int // the user who did it; 0 for the system (a scheduled fetch)

	WorkspaceID int
	FolderID    int
	EmailID     int

	// ObjectID is the comment, annotation or relation the entry is about
	// (0 when none); RunID the fetch run of an import.
	ObjectID int
	RunID    int

	// Text is one line for the history and the notification, in plain words
	// ("commented: Looks good", "tagged invoice").
	Text string
	// MentionIDs are users named with @username; they are notified even
	// when they do not follow the target, if they may read it.
	MentionIDs []int
}

// Recorder records entries. Implementations must be safe for concurrent use
// and must not block the caller on slow delivery (email, websockets).
type Recorder interface {
	Record(ctx context.Context, e Entry)
}

// Nop records nothing; for tests of code that only needs a Recorder.
type Nop struct{}

func (Nop) Record(context.Context, Entry) {}

// Package collab is what people do with mail once it is in: comments,
// annotations, relations and tags. Everything lives beside the email, which
// stays immutable. Each change is authorized through auth (WRITE on the
// folder or workspace, the author or MANAGE for edits and deletions), made
// as the server (auth.Authorize) and, once committed, recorded through
// activity.Recorder. Reads go through the ent privacy rules (auth/rule).
package collab

import (
	"context"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"mailroom/activity"
	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/ent"
)

// Limits of what one request may store.
const (
	MaxCommentLength   = 10000 // code points of a comment's text
	MaxCommentsPerItem = 2000  // comments on one email or folder
	MaxRevisions       = 100   // edits of one comment
	MaxQuoteLength     = 2000  // code points of an annotation's exact quote
	MaxContextLength   = 256   // code points of its prefix or suffix
	MaxNoteLength      = 10000 // code points of an annotation's body
	MaxAnnotations     = 1000  // annotations on one email
	MaxRelations       = 500   // relations from one document
	MaxURLLength       = 2048  // bytes of an external link
	MaxTagLength       = 64    // code points of a tag
	MaxTagsPerEmail    = 20
	MaxMentions        = 20 // distinct @usernames looked up per comment
	MaxReplyDepth      = 20 // levels of a thread of replies, the top comment being level 1
)

// Service does the collaboration changes.
type Service struct {
	client   *ent.Client
	auth     *auth.Service
	activity activity.Recorder
}

// New returns the service; a nil recorder records nothing.
func New(client *ent.Client, authSvc *auth.Service, rec activity.Recorder) *Service {
	if rec == nil {
		rec = activity.Nop{}
	}
	return &Service{client: client, auth: authSvc, activity: rec}
}

// actor is the signed-in user making a change; the server itself (no user)
// cannot author comments or annotations.
func actor(ctx context.Context) (int, error) {
	v := viewer.FromContext(ctx)
	if v == nil || v.UserID == 0 {
		return 0, auth.ErrUnauthenticated
	}
	return v.UserID, nil
}

// node loads a document the viewer can read (not found otherwise), every
// field of it: Noder alone loads only the fields the GraphQL request
// selects (entgql's field collection), and a change needs the folder, the
// text.
func (s *Service) node(ctx context.Context, id int) (ent.Noder, error) {
	n, err := s.client.Noder(ctx, id)
	if err != nil {
		return nil, err
	}
	switch n.(type) {
	case *ent.Email:
		return s.client.Email.Get(ctx, id)
	case *ent.EmailFolder:
		return s.client.EmailFolder.Get(ctx, id)
	case *ent.Workspace:
		return s.client.Workspace.Get(ctx, id)
	}
	return n, nil
}

// errTrashed refuses changes to what is in the trash (or inside something
// that is): restore it first.
var errTrashed = &auth.InputError{Field: "id", Message: "this is in the trash; restore it first"}

// notTrashed fails with errTrashed when n, its folder or its workspace is
// in the trash.
func (s *Service) notTrashed(ctx context.Context, n ent.Noder) error {
	sys := viewer.SystemContext(ctx)
	var folderID, workspaceID int
	switch n := n.(type) {
	case *ent.Email:
		if n.TrashedAt != nil {
			return errTrashed
		}
		folderID = n.FolderID
	case *ent.EmailFolder:
		folderID = n.ID
	case *ent.Workspace:
		workspaceID = n.ID
	default:
		return nil
	}
	if folderID != 0 {
		f, err := s.client.EmailFolder.Get(sys, folderID)
		if err != nil {
			return err
		}
		if f.TrashedAt != nil {
			return errTrashed
		}
		workspaceID = f.WorkspaceID
	}
	w, err := s.client.Workspace.Get(sys, workspaceID)
	if err != nil {
		return err
	}
	if w.TrashedAt != nil {
		return errTrashed
	}
	return nil
}

// email loads an email the viewer can read.
func (s *Service) email(ctx context.Context, id int, field string) (*ent.Email, error) {
	n, err := s.node(ctx, id)
	if err != nil {
		return nil, err
	}
	e, ok := n.(*ent.Email)
	if !ok {
		return nil, &auth.InputError{Field: field, Message: "this is not an email"}
	}
	if err := s.notTrashed(ctx, e); err != nil {
		return nil, err
	}
	return e, nil
}

// authorOrManager allows a change of what authorID made: its author with
// WRITE on t, anyone with MANAGE on t (administrators included).
func authorOrManager(ctx context.Context, t auth.Target, authorID int, what string) (context.Context, error) {
	l, err := auth.Level(ctx, t)
	if err != nil {
		return nil, err
	}
	v := viewer.FromContext(ctx)
	if l >= viewer.Manage || l >= viewer.Write && v.UserID == authorID {
		return auth.Authorize(ctx, t, viewer.Read)
	}
	if l == viewer.None {
		return nil, &ent.NotFoundError{}
	}
	return nil, fmt.Errorf("%w: only its author (with WRITE) or a manager can %s", auth.ErrForbidden, what)
}

// text checks a piece of text a user wrote: not blank, UTF-8, at most max
// code points.
func text(field, s string, max int) (string, error) {
	if !utf8.ValidString(s) {
		return "", &auth.InputError{Field: field, Message: "the text is not valid UTF-8"}
	}
	if strings.TrimSpace(s) == "" {
		return "", &auth.InputError{Field: field, Message: "the text is empty"}
	}
	if n := utf8.RuneCountInString(s); n > max {
		return "", &auth.InputError{Field: field, Message: fmt.Sprintf("the text is too long (%d characters, at most %d)", n, max)}
	}
	if strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r' }) {
		return "", &auth.InputError{Field: field, Message: "the text contains control characters"}
	}
	return s, nil
}

// excerpt is the start of s on one line, for history and notifications.
func excerpt(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if utf8.RuneCountInString(s) > 80 {
		s = string([]rune(s)[:79]) + "…"
	}
	return s
}

// record tells the Recorder what happened, after the commit.
func (s *Service) record(ctx context.Context, e activity.Entry) {
	if v := viewer.FromContext(ctx); v != nil {
		e.ActorID = v.UserID
	}
	s.activity.Record(ctx, e)
}

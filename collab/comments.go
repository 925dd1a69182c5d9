package collab

import (
	"context"
	"fmt"
	"time"

	"mailroom/activity"
	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/comment"
	"mailroom/ent/schema/collabtext"
	"mailroom/store"
)

// commentTarget is what a comment is on: an email (with its folder) or a folder.
type commentTarget struct {
	FolderID int
	EmailID  *int
}

func (s *Service) commentTarget(ctx context.Context, id int) (commentTarget, error) {
	n, err := s.node(ctx, id)
	if err != nil {
		return commentTarget{}, err
	}
	if err := s.notTrashed(ctx, n); err != nil {
		return commentTarget{}, err
	}
	switch n := n.(type) {
	case *ent.Email:
		return commentTarget{FolderID: n.FolderID, EmailID: &n.ID}, nil
	case *ent.EmailFolder:
		return commentTarget{FolderID: n.ID}, nil
	}
	return commentTarget{}, &auth.InputError{Field: "targetID", Message: "comments are made on emails and email folders"}
}

// AddComment comments on an email or a folder (WRITE needed), as a reply
// to parentID when given. @usernames of users who may read the target are
// mentioned (others are ignored).
func (s *Service) AddComment(ctx context.Context, targetID int, body string, parentID *int) (*ent.Comment, error) {
	author, err := actor(ctx)
	if err != nil {
		return nil, err
	}
	t, err := s.commentTarget(ctx, targetID)
	if err != nil {
		return nil, err
	}
	sys, err := auth.Authorize(ctx, auth.Target{FolderID: t.FolderID}, viewer.Write)
	if err != nil {
		return nil, err
	}
	if body, err = text("text", body, MaxCommentLength); err != nil {
		return nil, err
	}
	on := s.client.Comment.Query().Where(comment.FolderID(t.FolderID))
	if t.EmailID != nil {
		on.Where(comment.EmailID(*t.EmailID))
	} else {
		on.Where(comment.EmailIDIsNil())
	}
	if parentID != nil {
		p, err := on.Clone().Where(comment.ID(*parentID)).Only(ctx)
		if ent.IsNotFound(err) {
			return nil, &auth.InputError{Field: "parentID", Message: "the comment replied to is not on this document"}
		}
		if err != nil {
			return nil, err
		}
		if p.DeletedAt != nil {
			return nil, &auth.InputError{Field: "parentID", Message: "the comment replied to was deleted"}
		}
		if err := s.replyDepthAllowed(sys, p); err != nil {
			return nil, err
		}
	}
	if n, err := on.Count(sys); err != nil {
		return nil, err
	} else if n >= MaxCommentsPerItem {
		return nil, &auth.InputError{Field: "targetID", Message: fmt.Sprintf("this document has the most comments allowed (%d)", MaxCommentsPerItem)}
	}
	mentions, err := s.mentions(ctx, body, t.FolderID, author)
	if err != nil {
		return nil, err
	}
	c, err := s.client.Comment.Create().SetText(body).SetAuthorID(author).SetFolderID(t.FolderID).
		SetNillableEmailID(t.EmailID).SetNillableParentID(parentID).Save(sys)
	if err != nil {
		return nil, err
	}
	// One entry: one line of history, one alert for each follower and each
	// user mentioned (the Recorder notifies MentionIDs besides followers).
	e := activity.Entry{Kind: activity.Commented, FolderID: t.FolderID, ObjectID: c.ID, Text: "commented: " + excerpt(body), MentionIDs: mentions}
	if t.EmailID != nil {
		e.EmailID = *t.EmailID
	}
	s.record(ctx, e)
	return c, nil
}

// replyDepthAllowed refuses a reply to p deeper than MaxReplyDepth levels.
// It walks up from p: at most MaxReplyDepth-1 lookups of one column.
func (s *Service) replyDepthAllowed(ctx context.Context, p *ent.Comment) error {
	depth := 1 // p's level
	for parent := p.ParentID; parent != nil && depth < MaxReplyDepth; depth++ {
		up, err := s.client.Comment.Query().Where(comment.ID(*parent)).Select(comment.FieldParentID).Only(ctx)
		if err != nil {
			return err
		}
		parent = up.ParentID
	}
	if depth >= MaxReplyDepth {
		return &auth.InputError{Field: "parentID", Message: fmt.Sprintf("replies go at most %d levels deep; reply to a comment higher up the thread", MaxReplyDepth)}
	}
	return nil
}

// UpdateComment replaces a comment's text, keeping the previous one in its
// history; only its author (with WRITE) may.
func (s *Service) UpdateComment(ctx context.Context, id int, body string) (*ent.Comment, error) {
	author, err := actor(ctx)
	if err != nil {
		return nil, err
	}
	c, err := s.client.Comment.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	sys, err := auth.Authorize(ctx, auth.Target{FolderID: c.FolderID}, viewer.Write)
	if err != nil {
		return nil, err
	}
	if c.AuthorID != author {
		return nil, fmt.Errorf("%w: only its author can edit a comment", auth.ErrForbidden)
	}
	if body, err = text("text", body, MaxCommentLength); err != nil {
		return nil, err
	}
	edited := false
	err = store.WithTx(sys, s.client, func(tx *ent.Tx) error {
		c, err = tx.Comment.Get(sys, id) // again, inside the transaction: no edit is lost
		if err != nil {
			return err
		}
		switch {
		case c.DeletedAt != nil:
			return &auth.InputError{Field: "id", Message: "the comment was deleted"}
		case c.Text == body:
			return nil
		case len(c.History) >= MaxRevisions:
			return &auth.InputError{Field: "text", Message: fmt.Sprintf("a comment can be edited at most %d times", MaxRevisions)}
		}
		now := time.Now()
		history := append(c.History, collabtext.Revision{Text: c.Text, ReplacedAt: now})
		c, err = tx.Comment.UpdateOne(c).SetText(body).SetEditedAt(now).SetHistory(history).Save(sys)
		edited = err == nil
		return err
	})
	if err != nil {
		return nil, err
	}
	if edited {
		e := activity.Entry{Kind: activity.CommentEdited, FolderID: c.FolderID, ObjectID: c.ID, Text: "edited a comment: " + excerpt(body)}
		if c.EmailID != nil {
			e.EmailID = *c.EmailID
		}
		s.record(ctx, e)
	}
	return c, nil
}

// DeleteComment erases a comment's text and history; it stays as a
// placeholder so its replies keep their place. Its author (with WRITE) or
// a manager may.
func (s *Service) DeleteComment(ctx context.Context, id int) error {
	c, err := s.client.Comment.Get(ctx, id)
	if err != nil {
		return err
	}
	sys, err := authorOrManager(ctx, auth.Target{FolderID: c.FolderID}, c.AuthorID, "delete a comment")
	if err != nil {
		return err
	}
	if c.DeletedAt != nil {
		return nil
	}
	return s.client.Comment.UpdateOne(c).SetText("").ClearHistory().SetDeletedAt(time.Now()).Exec(sys)
}

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
	"mailroom/ent/emailfolder"
	"mailroom/ent/emailtag"
)

// NormalizeTag is the one form of a tag: trimmed, inner whitespace folded
// to one space, lower case (so "Invoice" and "invoice " are one tag), at
// most MaxTagLength code points, no control characters.
func NormalizeTag(raw string) (string, error) {
	bad := func(msg string) error { return &auth.InputError{Field: "tag", Message: msg} }
	if !utf8.ValidString(raw) {
		return "", bad("the tag is not valid UTF-8")
	}
	t := strings.ToLower(strings.Join(strings.Fields(raw), " "))
	switch {
	case t == "":
		return "", bad("the tag is empty")
	case utf8.RuneCountInString(t) > MaxTagLength:
		return "", bad(fmt.Sprintf("a tag has at most %d characters", MaxTagLength))
	case strings.ContainsFunc(t, func(r rune) bool { return unicode.IsControl(r) || unicode.Is(unicode.Cf, r) }):
		return "", bad("the tag contains control characters")
	}
	return t, nil
}

// taggable loads the email a tag goes on or comes off, checks WRITE on its
// folder and normalizes the tag; sys acts as the server from there.
func (s *Service) taggable(ctx context.Context, emailID int, raw string) (e *ent.Email, sys context.Context, tag string, err error) {
	if e, err = s.email(ctx, emailID, "emailID"); err != nil {
		return nil, nil, "", err
	}
	if sys, err = auth.Authorize(ctx, auth.Target{FolderID: e.FolderID}, viewer.Write); err != nil {
		return nil, nil, "", err
	}
	if tag, err = NormalizeTag(raw); err != nil {
		return nil, nil, "", err
	}
	return e, sys, tag, nil
}

// TagEmail puts a tag on an email (WRITE needed); a tag it has already is
// left as it is.
func (s *Service) TagEmail(ctx context.Context, emailID int, raw string) (*ent.Email, error) {
	e, sys, tag, err := s.taggable(ctx, emailID, raw)
	if err != nil {
		return nil, err
	}
	names, err := s.client.EmailTag.Query().Where(emailtag.EmailID(e.ID)).Select(emailtag.FieldName).Strings(sys)
	if err != nil {
		return nil, err
	}
	for _, n := range names {
		if n == tag {
			return e, nil
		}
	}
	if len(names) >= MaxTagsPerEmail {
		return nil, &auth.InputError{Field: "tag", Message: fmt.Sprintf("an email has at most %d tags", MaxTagsPerEmail)}
	}
	f, err := s.client.EmailFolder.Query().Where(emailfolder.ID(e.FolderID)).Select(emailfolder.FieldWorkspaceID).Only(sys)
	if err != nil {
		return nil, err
	}
	c := s.client.EmailTag.Create().SetName(tag).SetEmailID(e.ID).SetFolderID(e.FolderID).SetWorkspaceID(f.WorkspaceID)
	if v := viewer.FromContext(ctx); v.UserID != 0 {
		c.SetCreatedByID(v.UserID)
	}
	err = c.Exec(sys)
	if ent.IsConstraintError(err) { // tagged at the same moment by someone else
		return e, nil
	}
	if err != nil {
		return nil, err
	}
	s.record(ctx, activity.Entry{Kind: activity.Tagged, FolderID: e.FolderID, EmailID: e.ID, Text: "tagged " + tag})
	return e, nil
}

// UntagEmail takes a tag off an email (WRITE needed).
func (s *Service) UntagEmail(ctx context.Context, emailID int, raw string) (*ent.Email, error) {
	e, sys, tag, err := s.taggable(ctx, emailID, raw)
	if err != nil {
		return nil, err
	}
	n, err := s.client.EmailTag.Delete().Where(emailtag.EmailID(e.ID), emailtag.Name(tag)).Exec(sys)
	if err != nil {
		return nil, err
	}
	if n > 0 {
		s.record(ctx, activity.Entry{Kind: activity.Untagged, FolderID: e.FolderID, EmailID: e.ID, Text: "untagged " + tag})
	}
	return e, nil
}

// Tags lists an email's tags in order.
func (s *Service) Tags(ctx context.Context, e *ent.Email) ([]string, error) {
	if loaded, err := e.Edges.TagsOrErr(); err == nil { // eager-loaded by a page, in order
		names := make([]string, len(loaded))
		for i, t := range loaded {
			names[i] = t.Name
		}
		return names, nil
	}
	return e.QueryTags().Order(ent.Asc(emailtag.FieldName)).Select(emailtag.FieldName).Strings(ctx)
}

// Suggestions lists the distinct tags of a workspace's emails the viewer
// can read, starting with prefix (normalized as a tag is), in order, at
// most limit.
func (s *Service) Suggestions(ctx context.Context, workspaceID int, prefix string, limit int) ([]string, error) {
	q := s.client.EmailTag.Query().Where(emailtag.WorkspaceID(workspaceID))
	if p := strings.ToLower(strings.Join(strings.Fields(prefix), " ")); p != "" {
		q.Where(emailtag.NameHasPrefix(p))
	}
	return q.Unique(true).Order(ent.Asc(emailtag.FieldName)).Limit(limit).Select(emailtag.FieldName).Strings(ctx)
}

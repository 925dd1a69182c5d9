package collab

import (
	"context"
	"fmt"
	"unicode/utf8"

	"mailroom/activity"
	anchor "mailroom/annotation"
	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/annotation"
)

// AnnotationInput is a note on a quote of an email's text (GraphQL
// AnnotationInput): a W3C text-quote selector, a position hint, the note.
type AnnotationInput struct {
	Exact  string  `json:"exact"`
	Prefix *string `json:"prefix,omitempty"`
	Suffix *string `json:"suffix,omitempty"`
	Start  *int    `json:"start,omitempty"`
	Body   string  `json:"body"`
}

// Annotate notes a passage of an email's plain text (WRITE needed). The
// quote must occur in the text; the position it resolves to is stored.
func (s *Service) Annotate(ctx context.Context, emailID int, in AnnotationInput) (*ent.Annotation, error) {
	author, err := actor(ctx)
	if err != nil {
		return nil, err
	}
	e, err := s.email(ctx, emailID, "emailID")
	if err != nil {
		return nil, err
	}
	sys, err := auth.Authorize(ctx, auth.Target{FolderID: e.FolderID}, viewer.Write)
	if err != nil {
		return nil, err
	}
	if _, err := text("exact", in.Exact, MaxQuoteLength); err != nil {
		return nil, err
	}
	if _, err := text("body", in.Body, MaxNoteLength); err != nil {
		return nil, err
	}
	sel := anchor.Selector{Exact: in.Exact, Start: in.Start}
	for field, p := range map[string]*string{"prefix": in.Prefix, "suffix": in.Suffix} {
		if p == nil {
			continue
		}
		if !utf8.ValidString(*p) || utf8.RuneCountInString(*p) > MaxContextLength {
			return nil, &auth.InputError{Field: field, Message: fmt.Sprintf("at most %d characters of UTF-8 text", MaxContextLength)}
		}
	}
	if in.Prefix != nil {
		sel.Prefix = *in.Prefix
	}
	if in.Suffix != nil {
		sel.Suffix = *in.Suffix
	}
	m, ok := anchor.Resolve(e.Text, sel)
	if !ok {
		return nil, &auth.InputError{Field: "exact", Message: "the quote does not occur in the email's text"}
	}
	if n, err := s.client.Annotation.Query().Where(annotation.EmailID(e.ID)).Count(sys); err != nil {
		return nil, err
	} else if n >= MaxAnnotations {
		return nil, &auth.InputError{Field: "emailID", Message: fmt.Sprintf("this email has the most annotations allowed (%d)", MaxAnnotations)}
	}
	a, err := s.client.Annotation.Create().SetExact(in.Exact).SetNillablePrefix(in.Prefix).SetNillableSuffix(in.Suffix).
		SetStart(m.Start).SetBody(in.Body).SetAuthorID(author).SetFolderID(e.FolderID).SetEmailID(e.ID).Save(sys)
	if err != nil {
		return nil, err
	}
	s.record(ctx, activity.Entry{Kind: activity.Annotated, FolderID: e.FolderID, EmailID: e.ID, ObjectID: a.ID,
		Text: fmt.Sprintf("annotated “%s”: %s", excerpt(in.Exact), excerpt(in.Body))})
	return a, nil
}

// DeleteAnnotation removes an annotation: its author (with WRITE) or a
// manager may.
func (s *Service) DeleteAnnotation(ctx context.Context, id int) error {
	a, err := s.client.Annotation.Get(ctx, id)
	if err != nil {
		return err
	}
	sys, err := authorOrManager(ctx, auth.Target{FolderID: a.FolderID}, a.AuthorID, "delete an annotation")
	if err != nil {
		return err
	}
	return s.client.Annotation.DeleteOneID(a.ID).Exec(sys)
}

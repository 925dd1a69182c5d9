package collab

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"mailroom/auth"
	"mailroom/ent"
	"mailroom/ent/emailfolder"
	"mailroom/ent/workspace"
	"mailroom/search"
)

// Bounds of the relation picker (Candidates).
const (
	MaxCandidateQuery = 100 // code points of what is typed
	MaxCandidates     = 25  // documents of each kind
	DefaultCandidates = 10
	maxCandidateWords = 8 // words of the query looked for in subjects
)

// Candidates are the documents the viewer may relate to: workspaces and
// email folders whose title contains query, then emails whose subject holds
// its words (as prefixes), at most first of each kind, outside the trash.
// Workspaces and folders are read with the viewer's privacy rules; emails
// through the search index, which filters by the same readable folders
// (none without an index). A blank query finds nothing.
func (s *Service) Candidates(ctx context.Context, index *search.Index, query string, first int) ([]ent.Noder, error) {
	if _, err := actor(ctx); err != nil {
		return nil, err
	}
	if first < 1 || first > MaxCandidates {
		return nil, &auth.InputError{Field: "first", Message: fmt.Sprintf("between 1 and %d documents of each kind", MaxCandidates)}
	}
	if !utf8.ValidString(query) {
		return nil, &auth.InputError{Field: "query", Message: "the text is not valid UTF-8"}
	}
	query = strings.Join(strings.Fields(query), " ")
	if n := utf8.RuneCountInString(query); n > MaxCandidateQuery {
		return nil, &auth.InputError{Field: "query", Message: fmt.Sprintf("the text is too long (%d characters, at most %d)", n, MaxCandidateQuery)}
	}
	out := []ent.Noder{}
	if query == "" {
		return out, nil
	}
	workspaces, err := s.client.Workspace.Query().
		Where(workspace.TitleContainsFold(query), workspace.TrashedAtIsNil()).
		Order(ent.Asc(workspace.FieldTitle), ent.Asc(workspace.FieldID)).Limit(first).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, w := range workspaces {
		out = append(out, w)
	}
	folders, err := s.client.EmailFolder.Query().
		Where(emailfolder.TitleContainsFold(query), emailfolder.TrashedAtIsNil(), emailfolder.HasWorkspaceWith(workspace.TrashedAtIsNil())).
		Order(ent.Asc(emailfolder.FieldTitle), ent.Asc(emailfolder.FieldID)).Limit(first).All(ctx)
	if err != nil {
		return nil, err
	}
	for _, f := range folders {
		out = append(out, f)
	}
	text := subjectQuery(query)
	if index == nil || text == "" {
		return out, nil
	}
	found, err := index.Search(ctx, s.client, text, nil, &first, nil)
	var unsearchable *search.QueryError
	if errors.As(err, &unsearchable) {
		return out, nil // nothing the index can look for: no email matches
	}
	if err != nil {
		return nil, fmt.Errorf("relation candidates: %w", err)
	}
	for _, e := range found.Edges {
		out = append(out, e.Node)
	}
	return out, nil
}

// subjectQuery is the search for emails whose subject holds each word of
// what was typed, the words as prefixes ("inv" finds "invoice"): every word
// quoted, so nothing typed is read as a filter or an operator, and words
// without a letter or digit left out.
func subjectQuery(typed string) string {
	var terms []string
	for _, w := range strings.Fields(typed) {
		w = strings.ReplaceAll(w, `"`, "")
		if !strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			continue
		}
		terms = append(terms, `subject:"`+w+`"*`)
		if len(terms) == maxCandidateWords {
			break
		}
	}
	return strings.Join(terms, " ")
}

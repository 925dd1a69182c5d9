// Package search is the full-text index of emails: SQLite FTS5 in the
// embedded store (kept in the same transactions as the emails), a plain
// case-insensitive scan on PostgreSQL until it gets its own index. Search
// filters by what the viewer may read inside its one query.
package search

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"unicode"

	"entgo.io/contrib/entgql"
	entsql "entgo.io/ent/dialect/sql"

	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/email"
	"mailroom/ent/emailfolder"
	"mailroom/ent/predicate"
	"mailroom/ent/workspace"
	"mailroom/store"
)

// Execer runs statements: a *sql.DB, or an ent transaction (ent.Tx has ExecContext).
type Execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// Index is the full-text index.
type Index struct {
	db       *sql.DB
	postgres bool
}

// Doc is what is indexed of an email.
type Doc struct {
	ID                    int
	Subject, Sender, Body string
}

// New prepares the index in db, whose dialect store.DialectOf told.
func New(ctx context.Context, db *sql.DB, dialect store.Dialect) (*Index, error) {
	ix := &Index{db: db, postgres: dialect == store.Postgres}
	if ix.postgres {
		return ix, nil
	}
	_, err := db.ExecContext(ctx, `CREATE VIRTUAL TABLE IF NOT EXISTS email_search
		USING fts5(subject, sender, body, tokenize = 'unicode61 remove_diacritics 2')`)
	if err != nil {
		return nil, fmt.Errorf("create search index (FTS5; build with -tags sqlite_fts5): %w", err)
	}
	return ix, nil
}

// Add indexes emails, within the caller's transaction.
func (ix *Index) Add(ctx context.Context, tx Execer, docs []Doc) error {
	if ix == nil || ix.postgres {
		return nil
	}
	for _, d := range docs {
		if _, err := tx.ExecContext(ctx, `INSERT INTO email_search(rowid, subject, sender, body) VALUES (?, ?, ?, ?)`,
			d.ID, d.Subject, d.Sender, d.Body); err != nil {
			return fmt.Errorf("index email %d: %w", d.ID, err)
		}
	}
	return nil
}

// Remove drops emails from the index, within the caller's transaction.
func (ix *Index) Remove(ctx context.Context, tx Execer, ids []int) error {
	if ix == nil || ix.postgres || len(ids) == 0 {
		return nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM email_search WHERE rowid IN (?`+strings.Repeat(",?", len(ids)-1)+`)`, args...)
	return err
}

// Search finds the emails matching every word of text among those the
// viewer of ctx may read (optionally in one folder), outside the trash — the
// email, its folder and its workspace — newest first, one page at a time.
// Every condition is part of the one SQL query, before the page's limit, so
// totalCount counts only readable matches and a small readable folder is
// found however many matches lie in folders the viewer cannot read.
func (ix *Index) Search(ctx context.Context, client *ent.Client, text string, folderID *int, first *int, after *entgql.Cursor[int]) (*ent.EmailConnection, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, errors.New("search needs a signed-in user")
	}
	readable, all, err := v.ReadableFolders(ctx)
	if err != nil {
		return nil, err
	}
	q := client.Email.Query().Where(ix.matching(terms(text)), email.TrashedAtIsNil(),
		email.HasFolderWith(emailfolder.TrashedAtIsNil(), emailfolder.HasWorkspaceWith(workspace.TrashedAtIsNil())))
	if !all {
		q.Where(email.FolderIDIn(readable...))
	}
	if folderID != nil {
		q.Where(email.FolderID(*folderID))
	}
	return q.Paginate(ctx, after, first, nil, nil,
		ent.WithEmailOrder(&ent.EmailOrder{Direction: entgql.OrderDirectionDesc, Field: ent.EmailOrderFieldSentOrder}))
}

// matching is the condition on emails whose text matches every word: the
// FTS5 index in SQLite, case-insensitive substrings of subject and text on
// PostgreSQL. No words match nothing.
func (ix *Index) matching(words []string) predicate.Email {
	if len(words) == 0 {
		return predicate.Email(func(s *entsql.Selector) { s.Where(entsql.False()) })
	}
	if ix.postgres {
		each := make([]predicate.Email, len(words))
		for i, w := range words {
			each[i] = email.Or(email.SubjectContainsFold(w), email.TextContainsFold(w))
		}
		return email.And(each...)
	}
	// Each word becomes a quoted prefix term: user input is never FTS syntax.
	q := make([]string, len(words))
	for i, w := range words {
		q[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"*`
	}
	match := strings.Join(q, " ")
	return predicate.Email(func(s *entsql.Selector) {
		s.Where(entsql.In(s.C(email.FieldID),
			entsql.Select("rowid").From(entsql.Table("email_search")).Where(entsql.ExprP("email_search MATCH ?", match))))
	})
}

// terms splits a query into words (letters and digits), dropping the rest.
func terms(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '@' && r != '.' && r != '-' && r != '_'
	})
}

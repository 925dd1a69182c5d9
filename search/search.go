// Package search is the full-text index of emails: SQLite FTS5 in the
// embedded store (kept in the same transactions as the emails), a plain
// ILIKE scan on PostgreSQL until it gets its own index.
package search

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"unicode"
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

// New prepares the index in db; dialect is "sqlite3" or "postgres".
func New(ctx context.Context, db *sql.DB, dialect string) (*Index, error) {
	ix := &Index{db: db, postgres: dialect == "postgres"}
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

// Find returns the IDs of the emails matching every word of text, best first,
// at most limit. The caller narrows them to what the viewer may read.
func (ix *Index) Find(ctx context.Context, text string, limit int) ([]int, error) {
	words := terms(text)
	if len(words) == 0 {
		return nil, nil
	}
	var rows *sql.Rows
	var err error
	if ix.postgres {
		where, args := []string{}, []any{}
		for i, w := range words {
			where = append(where, fmt.Sprintf("(subject ILIKE $%d OR text ILIKE $%d)", i+1, i+1))
			args = append(args, "%"+w+"%")
		}
		rows, err = ix.db.QueryContext(ctx, `SELECT id FROM emails WHERE `+strings.Join(where, " AND ")+
			fmt.Sprintf(" ORDER BY sent_order DESC, id DESC LIMIT %d", limit), args...)
	} else {
		// Each word becomes a quoted prefix term: user input is never FTS syntax.
		q := make([]string, len(words))
		for i, w := range words {
			q[i] = `"` + strings.ReplaceAll(w, `"`, `""`) + `"*`
		}
		rows, err = ix.db.QueryContext(ctx, `SELECT rowid FROM email_search WHERE email_search MATCH ? ORDER BY rank, rowid LIMIT ?`,
			strings.Join(q, " "), limit)
	}
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	defer rows.Close()
	var ids []int
	for rows.Next() {
		var id int
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// terms splits a query into words (letters and digits), dropping the rest.
func terms(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r) && r != '@' && r != '.' && r != '-' && r != '_'
	})
}

package search

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// SQLite: a contentless FTS5 table whose rowid is the email's id. The
// columns hold the words fold.go made (so the tokenizer only splits on
// spaces again); meta holds "all", "f<folder id>" and "att" (has
// attachments), so the folder filter is one more term of the MATCH and
// costs no row lookups: counting stays a walk of the index's lists.
//
// Rank is FTS5's bm25 with the column weights below. bm25 costs a lookup
// per matching row (its length) and a walk of every phrase of the MATCH
// (for its frequency), so ranking leaves the meta terms out (the filters
// join email_search_doc then) and only ranks up to rankLimit matches:
// beyond that a word is in most emails, rank says little, and the page is
// the newest matches, read from the end of the index's lists and stopped
// after one page. A common word then costs its count, as a rare one does.
const sqliteSchema = `
CREATE VIRTUAL TABLE IF NOT EXISTS email_fts USING fts5(subject, sender, recipients, body, attachments, meta,
	content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0');
CREATE TABLE IF NOT EXISTS email_search_doc (email_id INTEGER PRIMARY KEY, folder_id INTEGER NOT NULL, sent_at INTEGER,
	has_attachment INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS email_search_doc_folder ON email_search_doc (folder_id);
CREATE TABLE IF NOT EXISTS email_search_part (email_id INTEGER NOT NULL, position INTEGER NOT NULL,
	name TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (email_id, position));
CREATE INDEX IF NOT EXISTS emails_trashed_for_search ON emails (id) WHERE trashed_at IS NOT NULL;
`

// bm25 weights: subject, sender, recipients, body, attachments, meta.
const sqliteRank = `bm25(email_fts, 8.0, 4.0, 2.0, 1.0, 1.0, 0.0)`

// Above this many folders the folder filter joins email_search_doc instead
// of adding one MATCH term per folder.
const maxFolderTerms = 64

// RankLimit is the most matches ranked by relevance; more are shown newest first.
const RankLimit = 1000

func (ix *Index) setupSQLite(ctx context.Context) error {
	if _, err := ix.db.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS search_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create search index: %w", err)
	}
	version, err := ix.storedVersion(ctx)
	if err != nil {
		return err
	}
	tx, err := ix.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if version != Version {
		// email_search is version 1's table (subject, sender, body; no attachments, no folding in Go).
		for _, t := range []string{"email_search", "email_fts", "email_search_doc", "email_search_part"} {
			if _, err := tx.ExecContext(ctx, `DROP TABLE IF EXISTS `+t); err != nil {
				return fmt.Errorf("drop old search index %s: %w", t, err)
			}
		}
		ix.Rebuilt = true
	}
	if _, err := tx.ExecContext(ctx, sqliteSchema); err != nil {
		return fmt.Errorf("create search index (FTS5; build with -tags sqlite_fts5): %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO search_meta (name, value) VALUES ('version', ?)
		ON CONFLICT (name) DO UPDATE SET value = excluded.value`, strconv.Itoa(Version)); err != nil {
		return err
	}
	return tx.Commit()
}

// storedVersion is the index version recorded in search_meta, 0 when none.
func (ix *Index) storedVersion(ctx context.Context) (int, error) {
	var v string
	err := ix.db.QueryRowContext(ctx, ix.rebind(`SELECT value FROM search_meta WHERE name = ?`), "version").Scan(&v)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read search index version: %w", err)
	}
	n, _ := strconv.Atoi(v)
	return n, nil
}

// columns are the indexed words of d, in the order of the FTS5 columns
// (without meta) and of the PostgreSQL weights A, B, C, D, D.
func (d Doc) columns() [5]string {
	if d.prepared != nil {
		return d.prepared.columns
	}
	var att strings.Builder
	left := maxAttachmentWords
	for _, p := range d.Parts {
		for _, s := range []string{p.Name, p.Text} {
			w, n := words(s, left)
			left -= n
			att.WriteString(w)
			att.WriteByte(' ')
		}
	}
	subject, _ := words(d.Subject, maxFieldWords)
	sender, _ := words(d.Sender, maxFieldWords)
	recipients, _ := words(d.Recipients, maxFieldWords)
	body, _ := words(d.Body, maxBodyWords)
	return [5]string{subject, sender, recipients, body, strings.TrimSpace(att.String())}
}

func (ix *Index) addSQLite(ctx context.Context, tx Execer, docs []Doc) error {
	fts := make([]any, 0, 7*len(docs))
	meta := make([]any, 0, 4*len(docs))
	for _, d := range docs {
		c := d.columns()
		m := "all f" + strconv.Itoa(d.FolderID)
		if len(d.Parts) > 0 {
			m += " att"
		}
		fts = append(fts, d.ID, c[0], c[1], c[2], c[3], c[4], m)
		var sent any
		if d.SentAt != nil {
			sent = d.SentAt.Unix()
		}
		meta = append(meta, d.ID, d.FolderID, sent, len(d.Parts) > 0)
	}
	if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO email_fts (rowid, subject, sender, recipients, body, attachments, meta)
		VALUES `+values(len(docs), 7), fts...); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO email_search_doc (email_id, folder_id, sent_at, has_attachment)
		VALUES `+values(len(docs), 4), meta...)
	return err
}

// ftsColumns are the FTS5 columns a term of each field is looked for in.
var ftsColumns = map[Field]string{
	AnyField:     "{subject sender recipients body attachments}",
	SubjectField: "subject",
	FromField:    "sender",
	ToField:      "recipients",
}

// ftsQuoted is s as an FTS5 string: every token of user text is quoted, so
// none is ever an operator, a column name or a special character.
func ftsQuoted(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

func ftsTerm(t Term) string {
	quoted := make([]string, len(t.Tokens))
	for i, tok := range t.Tokens {
		quoted[i] = ftsQuoted(tok)
	}
	phrase := strings.Join(quoted, " + ")
	if t.Prefix {
		phrase += " *"
	}
	return ftsColumns[t.Field] + " : " + phrase
}

// ftsMatch compiles q to an FTS5 MATCH expression; with meta, the
// attachment and folder filters (folders, when not nil) are terms of it too.
func ftsMatch(q *Query, folders []int, meta bool) string {
	var and []string
	for _, t := range q.Positive() {
		and = append(and, "("+ftsTerm(t)+")")
	}
	if !meta {
		folders = nil
	}
	if meta && q.HasAttachment {
		and = append(and, `(meta : "att")`)
	}
	if folders != nil {
		fs := make([]string, len(folders))
		for i, f := range folders {
			fs[i] = `"f` + strconv.Itoa(f) + `"`
		}
		and = append(and, "(meta : ("+strings.Join(fs, " OR ")+"))")
	}
	if len(and) == 0 {
		and = append(and, `(meta : "all")`)
	}
	expr := strings.Join(and, " AND ")
	for _, t := range q.Terms {
		if t.Negated {
			expr = "(" + expr + ") NOT (" + ftsTerm(t) + ")"
		}
	}
	return expr
}

func (ix *Index) searchSQLite(ctx context.Context, p *plan) ([]hit, int, error) {
	// The count: meta terms filter inside the MATCH.
	folderTerms := p.folders
	if len(p.folders) > maxFolderTerms {
		folderTerms = nil
	}
	// The trash check costs a probe per match: left out when nothing is in the trash.
	var trashed int
	if err := ix.db.QueryRowContext(ctx, `SELECT count(*) FROM (SELECT id FROM emails WHERE trashed_at IS NOT NULL LIMIT 1)`).Scan(&trashed); err != nil {
		return nil, 0, err
	}
	p.noTrash = trashed == 0
	filtered := sqliteFilter{match: ftsMatch(p.q, folderTerms, true), dates: true, folders: len(p.folders) > maxFolderTerms}
	from, cond, args := filtered.sql(p)
	var total int
	if err := ix.db.QueryRowContext(ctx, `SELECT count(*) FROM `+from+` WHERE `+cond, args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	rank := "0.0"
	if len(p.q.Positive()) > 0 && total <= RankLimit {
		// Ranked: the words alone in the MATCH, the filters on email_search_doc.
		ranked := sqliteFilter{match: ftsMatch(p.q, nil, false), dates: true, folders: p.folders != nil, attachment: p.q.HasAttachment}
		from, cond, args = ranked.sql(p)
		rank = sqliteRank
	}
	if p.after != nil {
		cond += ` AND (` + rank + ` > ? OR (` + rank + ` = ? AND email_fts.rowid < ?))`
		args = append(args, p.after.rank, p.after.rank, p.after.id)
	}
	args = append(args, p.limit+1)
	rows, err := ix.db.QueryContext(ctx, `SELECT email_fts.rowid, `+rank+` FROM `+from+` WHERE `+cond+
		` ORDER BY 2, 1 DESC LIMIT ?`, args...)
	hits, err := scanHits(rows, err)
	return hits, total, err
}

// sqliteFilter is one way of writing the query's conditions: a MATCH, and
// which filters go to email_search_doc instead.
type sqliteFilter struct {
	match                      string
	dates, folders, attachment bool
}

func (f sqliteFilter) sql(p *plan) (from, cond string, args []any) {
	from = `email_fts`
	where := []string{`email_fts MATCH ?`}
	args = []any{f.match}
	var doc []string
	if f.dates && p.q.Before != nil {
		doc, args = append(doc, `d.sent_at < ?`), append(args, p.q.Before.Unix())
	}
	if f.dates && p.q.After != nil {
		doc, args = append(doc, `d.sent_at >= ?`), append(args, p.q.After.Unix())
	}
	if f.folders && p.folders != nil {
		doc = append(doc, `d.folder_id IN (`+strings.TrimSuffix(strings.Repeat("?,", len(p.folders)), ",")+`)`)
		for _, id := range p.folders {
			args = append(args, id)
		}
	}
	if f.attachment {
		doc = append(doc, `d.has_attachment`)
	}
	if len(doc) > 0 {
		from += ` JOIN email_search_doc d ON d.email_id = email_fts.rowid`
		where = append(where, doc...)
	}
	if !p.noTrash {
		where = append(where, `email_fts.rowid NOT IN (SELECT id FROM emails WHERE trashed_at IS NOT NULL)`)
	}
	return from, strings.Join(where, " AND "), args
}

// scanHits reads the (email ID, rank) rows of a page query of either
// database.
func scanHits(rows *sql.Rows, err error) ([]hit, error) {
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var hits []hit
	for rows.Next() {
		var h hit
		if err := rows.Scan(&h.id, &h.rank); err != nil {
			return nil, err
		}
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

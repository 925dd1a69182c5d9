package search

import (
	"context"
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// PostgreSQL: the same words as SQLite (fold.go), written as a tsvector
// literal with positions and weights (A subject, B sender, C recipients,
// D body and attachments) and matched by a tsquery literal, so PostgreSQL's
// own parser, stemmer and stop words never change what a query finds —
// unaccent is therefore not needed. A GIN index serves @@; the folder, date
// and attachment filters are columns of the same row.
const postgresSchema = `
CREATE TABLE IF NOT EXISTS search_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS email_search_doc (email_id BIGINT PRIMARY KEY, folder_id BIGINT NOT NULL,
	sent_at TIMESTAMPTZ, has_attachment BOOLEAN NOT NULL DEFAULT FALSE, doc TSVECTOR NOT NULL);
CREATE INDEX IF NOT EXISTS email_search_doc_words ON email_search_doc USING GIN (doc);
CREATE INDEX IF NOT EXISTS email_search_doc_folder ON email_search_doc (folder_id);
CREATE TABLE IF NOT EXISTS email_search_part (email_id BIGINT NOT NULL, position INTEGER NOT NULL,
	name TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY (email_id, position));
CREATE INDEX IF NOT EXISTS emails_trashed_for_search ON emails (id) WHERE trashed_at IS NOT NULL;
`

func (ix *Index) setupPostgres(ctx context.Context) error {
	tx, err := ix.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	// Instances of a cluster start together: one sets the index up at a time.
	if _, err := tx.ExecContext(ctx, `SELECT pg_advisory_xact_lock(hashtext('mailroom search index'))`); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS search_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)`); err != nil {
		return fmt.Errorf("create search index: %w", err)
	}
	var v string
	_ = tx.QueryRowContext(ctx, `SELECT value FROM search_meta WHERE name = 'version'`).Scan(&v)
	if v != strconv.Itoa(Version) {
		for _, t := range []string{"email_search_doc", "email_search_part"} {
			if _, err := tx.ExecContext(ctx, `DROP TABLE IF EXISTS `+t); err != nil {
				return fmt.Errorf("drop old search index %s: %w", t, err)
			}
		}
		ix.Rebuilt = true
	}
	if _, err := tx.ExecContext(ctx, postgresSchema); err != nil {
		return fmt.Errorf("create search index: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO search_meta (name, value) VALUES ('version', $1)
		ON CONFLICT (name) DO UPDATE SET value = excluded.value`, strconv.Itoa(Version)); err != nil {
		return err
	}
	return tx.Commit()
}

// PostgreSQL keeps positions up to 16383 and 255 of them per word.
const (
	pgMaxPosition     = 16383
	pgMaxWordPosition = 255
)

// tsvector writes the words of d as a tsvector literal.
func (d Doc) tsvector() string {
	type entry struct {
		pos    []string
		weight byte
	}
	lex := map[string]*entry{}
	var order []string
	pos := 0
	for i, col := range d.columns() {
		weight := "ABCDD"[i]
		for _, w := range strings.Fields(col) {
			pos = min(pos+1, pgMaxPosition)
			e := lex[w]
			if e == nil {
				e = &entry{}
				lex[w] = e
				order = append(order, w)
			}
			if len(e.pos) < pgMaxWordPosition {
				e.pos = append(e.pos, strconv.Itoa(pos)+string(weight))
			}
		}
		pos = min(pos+1, pgMaxPosition) // no phrase across two fields
	}
	slices.Sort(order)
	var b strings.Builder
	for _, w := range order {
		b.WriteString(pgQuoted(w))
		b.WriteByte(':')
		b.WriteString(strings.Join(lex[w].pos, ","))
		b.WriteByte(' ')
	}
	return b.String()
}

// pgQuoted is s as a lexeme of a tsvector or tsquery literal: quoted, with
// quotes and backslashes escaped, so user text is never an operator.
func pgQuoted(s string) string {
	return `'` + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), `'`, `''`) + `'`
}

func (ix *Index) addPostgres(ctx context.Context, tx Execer, docs []Doc) error {
	args := make([]any, 0, 5*len(docs))
	for _, d := range docs {
		tsv := ""
		if d.prepared != nil && d.prepared.tsvector != "" {
			tsv = d.prepared.tsvector
		} else {
			tsv = d.tsvector()
		}
		args = append(args, d.ID, d.FolderID, d.SentAt, len(d.Parts) > 0, tsv)
	}
	row := "(?, ?, ?, ?, ?::tsvector)"
	_, err := tx.ExecContext(ctx, ix.rebind(`INSERT INTO email_search_doc (email_id, folder_id, sent_at, has_attachment, doc)
		VALUES `+row+strings.Repeat(", "+row, len(docs)-1)+`
		ON CONFLICT (email_id) DO UPDATE SET folder_id = excluded.folder_id, sent_at = excluded.sent_at,
			has_attachment = excluded.has_attachment, doc = excluded.doc`), args...)
	return err
}

// tsWeights restricts a term to its field's weight.
var tsWeights = map[Field]string{AnyField: "", SubjectField: "A", FromField: "B", ToField: "C"}

func tsTerm(t Term) string {
	parts := make([]string, len(t.Tokens))
	for i, tok := range t.Tokens {
		suffix := tsWeights[t.Field]
		if t.Prefix && i == len(t.Tokens)-1 {
			suffix = "*" + suffix
		}
		parts[i] = pgQuoted(tok)
		if suffix != "" {
			parts[i] += ":" + suffix
		}
	}
	return "(" + strings.Join(parts, " <-> ") + ")"
}

// tsQuery compiles the words of q to a tsquery literal; "" when q has no words.
func tsQuery(q *Query) string {
	var and []string
	for _, t := range q.Terms {
		if t.Negated {
			and = append(and, "!"+tsTerm(t))
		} else {
			and = append(and, tsTerm(t))
		}
	}
	return strings.Join(and, " & ")
}

// pgRank (of the tsquery parameter %s): lower is better, as bm25 on SQLite.
// ts_rank's weights are {D, C, B, A}.
const pgRank = `(-ts_rank('{0.1, 0.2, 0.4, 0.8}', d.doc, %s::tsquery))::float8`

func (ix *Index) searchPostgres(ctx context.Context, p *plan) ([]hit, int, error) {
	var args []any
	arg := func(v any) string { args = append(args, v); return "$" + strconv.Itoa(len(args)) }
	var where []string
	rank := `0::float8` // filters alone, or more than RankLimit matches: newest first (as on SQLite)
	ranked := ""
	if tsq := tsQuery(p.q); tsq != "" {
		ref := arg(tsq)
		where = append(where, `d.doc @@ `+ref+`::tsquery`)
		if len(p.q.Positive()) > 0 {
			ranked = fmt.Sprintf(pgRank, ref)
		}
	}
	if p.folders != nil {
		ids := make([]int64, len(p.folders))
		for i, f := range p.folders {
			ids[i] = int64(f)
		}
		where = append(where, `d.folder_id = ANY(`+arg(ids)+`)`)
	}
	if p.q.HasAttachment {
		where = append(where, `d.has_attachment`)
	}
	if p.q.Before != nil {
		where = append(where, `d.sent_at < `+arg(*p.q.Before))
	}
	if p.q.After != nil {
		where = append(where, `d.sent_at >= `+arg(*p.q.After))
	}
	where = append(where, `NOT EXISTS (SELECT 1 FROM emails e WHERE e.id = d.email_id AND e.trashed_at IS NOT NULL)`)
	cond := strings.Join(where, " AND ")
	var total int
	if err := ix.db.QueryRowContext(ctx, `SELECT count(*) FROM email_search_doc d WHERE `+cond, args...).Scan(&total); err != nil {
		return nil, 0, err
	}
	if ranked != "" && total <= RankLimit {
		rank = ranked
	}
	if p.after != nil {
		r, id := arg(p.after.rank), arg(p.after.id)
		cond += ` AND (` + rank + ` > ` + r + ` OR (` + rank + ` = ` + r + ` AND d.email_id < ` + id + `))`
	}
	limit := arg(p.limit + 1)
	rows, err := ix.db.QueryContext(ctx, `SELECT d.email_id, `+rank+` FROM email_search_doc d WHERE `+cond+
		` ORDER BY 2, 1 DESC LIMIT `+limit, args...)
	hits, err := scanHits(rows, err)
	return hits, total, err
}

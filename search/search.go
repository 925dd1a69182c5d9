// Package search is the full-text index of emails and its query language.
//
// Words are made in Go (fold.go) for both databases, so SQLite and
// PostgreSQL find the same emails for the same query: on SQLite they go into
// a contentless FTS5 table (sqlite.go), on PostgreSQL into a tsvector with a
// GIN index (postgres.go). Beside the words, email_search_doc says which
// emails are indexed (the index health per folder) and email_search_part
// keeps the text found in attachments, for snippets. The index is written
// in the ingest transaction (Add) and left by purges (Remove); Search
// filters by what the viewer may read and by the trash inside its one
// query, before the page's limit, and counts exactly.
package search

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"

	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/email"
	"mailroom/ent/emailfolder"
	"mailroom/ent/workspace"
	"mailroom/mail"
	"mailroom/store"
)

// Execer runs statements: a *sql.DB, or an ent transaction (ent.Tx has ExecContext).
type Execer interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
}

// Version of the index layout and of the words in it; an index built by
// another version is emptied at start and filled again (Backfill).
const Version = 2

// Index is the full-text index.
type Index struct {
	db       *sql.DB
	postgres bool
	// Rebuilt is true when New found an index of another version (or none)
	// and emptied it: every email needs indexing again (Backfill).
	Rebuilt bool
	// PDF reads the text of PDF attachments, at ingest and in Backfill;
	// nil indexes PDFs by their names only.
	PDF *PDFReader
}

// Part is the searchable text of one attachment.
type Part struct {
	Position int    // the attachment's position in the email
	Name     string // its file name
	Text     string // the text found in it; "" when none was extracted
}

// Doc is what is indexed of an email.
type Doc struct {
	ID, FolderID int
	Subject      string
	Sender       string // name and address of From
	Recipients   string // names and addresses of To and Cc
	Body         string
	SentAt       *time.Time
	Parts        []Part // one per attachment, in order

	// prepared holds the words (and on PostgreSQL the tsvector) Prepare
	// made ahead of Add; nil: Add makes them.
	prepared *prepared
}

type prepared struct {
	columns  [5]string
	tsvector string
}

// Prepare makes the words of d (on PostgreSQL its tsvector too) ahead of
// Add, outside the transaction: ingest calls it on its parse workers, so
// the one goroutine that writes batches does not fold text. d's texts must
// not change afterwards; its ID, folder and date may.
func (ix *Index) Prepare(d *Doc) {
	if ix == nil {
		return
	}
	d.prepared = &prepared{columns: d.columns()}
	if ix.postgres {
		d.prepared.tsvector = d.tsvector()
	}
}

// DocOf is the document of a stored email and the text of its attachments
// (parts by attachment position; names are taken from the email's
// attachments when loaded, else from parts).
func DocOf(e *ent.Email, parts []Part) Doc {
	d := Doc{ID: e.ID, FolderID: e.FolderID, Subject: e.Subject, Recipients: addresses(e.To) + addresses(e.Cc),
		Body: e.Text, SentAt: e.SentAt, Parts: parts}
	if e.From != nil {
		d.Sender = addresses([]mail.Address{*e.From})
	}
	return d
}

func addresses(as []mail.Address) string {
	var b strings.Builder
	for _, a := range as {
		b.WriteString(a.Name + " " + a.Address + " ")
	}
	return b.String()
}

// Limits of what one email puts in the index (words), the same on both databases.
const (
	maxBodyWords       = 40000
	maxAttachmentWords = 40000
	maxFieldWords      = 2000 // subject, sender, recipients
)

// New prepares the index in db, whose dialect store.DialectOf told.
func New(ctx context.Context, db *sql.DB, dialect store.Dialect) (*Index, error) {
	ix := &Index{db: db, postgres: dialect == store.Postgres}
	var err error
	if ix.postgres {
		err = ix.setupPostgres(ctx)
	} else {
		err = ix.setupSQLite(ctx)
	}
	if err != nil {
		return nil, err
	}
	return ix, nil
}

// Add indexes emails, within the caller's transaction: a few statements
// per chunk of documents, not several per email (each statement is
// prepared anew by the drivers).
func (ix *Index) Add(ctx context.Context, tx Execer, docs []Doc) error {
	if ix == nil || len(docs) == 0 {
		return nil
	}
	docs = lastOfEach(docs)
	for chunk := range slices.Chunk(docs, store.ChunkSize/8) {
		var err error
		if ix.postgres {
			err = ix.addPostgres(ctx, tx, chunk)
		} else {
			err = ix.addSQLite(ctx, tx, chunk)
		}
		if err != nil {
			return fmt.Errorf("index emails %d…%d: %w", chunk[0].ID, chunk[len(chunk)-1].ID, err)
		}
		ids := make([]any, len(chunk))
		for i, d := range chunk {
			ids[i] = d.ID
		}
		if _, err := tx.ExecContext(ctx, ix.rebind(`DELETE FROM email_search_part WHERE email_id IN (?`+strings.Repeat(",?", len(ids)-1)+`)`), ids...); err != nil {
			return fmt.Errorf("index emails %d…%d: %w", chunk[0].ID, chunk[len(chunk)-1].ID, err)
		}
	}
	var rows [][]any
	for _, d := range docs {
		for _, p := range d.Parts {
			if p.Text != "" {
				rows = append(rows, []any{d.ID, p.Position, p.Name, p.Text})
			}
		}
	}
	for chunk := range slices.Chunk(rows, store.ChunkSize/4) {
		if _, err := tx.ExecContext(ctx, ix.rebind(`INSERT INTO email_search_part(email_id, position, name, text) VALUES `+values(len(chunk), 4)), flat(chunk)...); err != nil {
			return fmt.Errorf("index attachment text of emails %v…: %w", chunk[0][0], err)
		}
	}
	return nil
}

// lastOfEach keeps the last document of each email, as adding them one
// after the other would leave it (one statement may not upsert a row twice
// on PostgreSQL).
func lastOfEach(docs []Doc) []Doc {
	last := make(map[int]int, len(docs))
	for i, d := range docs {
		last[d.ID] = i
	}
	if len(last) == len(docs) {
		return docs
	}
	out := make([]Doc, 0, len(last))
	for i, d := range docs {
		if last[d.ID] == i {
			out = append(out, d)
		}
	}
	return out
}

// values is the VALUES list of rows rows of n placeholders each.
func values(rows, n int) string {
	row := "(?" + strings.Repeat(",?", n-1) + ")"
	return row + strings.Repeat(","+row, rows-1)
}

func flat(rows [][]any) []any {
	var out []any
	for _, r := range rows {
		out = append(out, r...)
	}
	return out
}

// Remove drops emails from the index, within the caller's transaction.
func (ix *Index) Remove(ctx context.Context, tx Execer, ids []int) error {
	if ix == nil || len(ids) == 0 {
		return nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	in := `(?` + strings.Repeat(",?", len(ids)-1) + `)`
	stmts := []string{`DELETE FROM email_search_doc WHERE email_id IN ` + in, `DELETE FROM email_search_part WHERE email_id IN ` + in}
	if !ix.postgres {
		stmts = append(stmts, `DELETE FROM email_fts WHERE rowid IN `+in)
	}
	for _, s := range stmts {
		if _, err := tx.ExecContext(ctx, ix.rebind(s), args...); err != nil {
			return fmt.Errorf("remove emails from the search index: %w", err)
		}
	}
	return nil
}

// rebind turns ? placeholders into PostgreSQL's $n.
func (ix *Index) rebind(q string) string {
	if !ix.postgres {
		return q
	}
	var b strings.Builder
	n := 0
	for _, c := range q {
		if c == '?' {
			n++
			fmt.Fprintf(&b, "$%d", n)
			continue
		}
		b.WriteRune(c)
	}
	return b.String()
}

// hit is one email found, with its rank (lower is better).
type hit struct {
	id   int
	rank float64
}

// plan is a parsed query bound to the folders it may look in.
type plan struct {
	q       *Query
	folders []int // the folders searched; nil means every folder
	after   *hit  // keyset: the last hit of the previous page
	limit   int
	noTrash bool // no email is in the trash (SQLite leaves the check out)
}

// DefaultPageSize is the page when first is not given (graph's page limits bound first).
const DefaultPageSize = 20

// Search finds the emails matching the query among those the viewer of ctx
// may read (optionally in one folder), outside the trash — the email, its
// folder and its workspace — best match first, one page at a time (keyset
// on rank and id). Every condition is part of the one index query, before
// the page's limit, so totalCount counts exactly the readable matches.
// A malformed query is a *QueryError.
func (ix *Index) Search(ctx context.Context, client *ent.Client, text string, folderID *int, first *int, after *entgql.Cursor[int]) (*ent.EmailConnection, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, errors.New("search needs a signed-in user")
	}
	q, err := ParseQuery(text)
	if err != nil {
		return nil, err
	}
	p := &plan{q: q, limit: DefaultPageSize}
	if first != nil {
		p.limit = max(*first, 0)
	}
	if after != nil {
		var rank float64
		switch v := after.Value.(type) {
		case float64:
			rank = v
		case nil: // the cursor encoding leaves out a rank of 0 (newest-first pages)
		default:
			return nil, &QueryError{"the after cursor does not come from a search"}
		}
		p.after = &hit{id: after.ID, rank: rank}
	}
	conn := &ent.EmailConnection{Edges: []*ent.EmailEdge{}}
	folders, none, err := ix.folders(ctx, client, v, q, folderID)
	if err != nil || none {
		return conn, err
	}
	p.folders = folders
	var hits []hit
	var total int
	if ix.postgres {
		hits, total, err = ix.searchPostgres(ctx, p)
	} else {
		hits, total, err = ix.searchSQLite(ctx, p)
	}
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", text, err)
	}
	conn.TotalCount = total
	conn.PageInfo.HasPreviousPage = after != nil
	if len(hits) > p.limit {
		hits = hits[:p.limit]
		conn.PageInfo.HasNextPage = true
	}
	if len(hits) == 0 {
		return conn, nil
	}
	return ix.page(ctx, client, conn, hits)
}

// page loads the emails of hits in their order, with what the GraphQL
// query selects of them (entgql's field collection on edges.node). It reads
// as the server: the hits are already limited to the viewer's folders by the
// same decision the privacy rules make (viewer.ReadableFolders), and the
// rules' folder filter beside "id IN (…)" made SQLite walk the whole folder
// (10 ms of the 11 a rare word cost at 100,000 emails).
func (ix *Index) page(ctx context.Context, client *ent.Client, conn *ent.EmailConnection, hits []hit) (*ent.EmailConnection, error) {
	ids := make([]int, len(hits))
	for i, h := range hits {
		ids[i] = h.id
	}
	q, err := client.Email.Query().Where(email.IDIn(ids...)).CollectFields(nodeContext(ctx))
	if err != nil {
		return nil, err
	}
	loaded, err := q.All(viewer.SystemContext(ctx))
	if err != nil {
		return nil, err
	}
	byID := make(map[int]*ent.Email, len(loaded))
	for _, e := range loaded {
		byID[e.ID] = e
	}
	for _, h := range hits {
		e := byID[h.id]
		if e == nil {
			continue // purged since the index answered
		}
		conn.Edges = append(conn.Edges, &ent.EmailEdge{Node: e, Cursor: entgql.Cursor[int]{ID: h.id, Value: h.rank}})
	}
	if len(conn.Edges) > 0 {
		conn.PageInfo.StartCursor = &conn.Edges[0].Cursor
		conn.PageInfo.EndCursor = &conn.Edges[len(conn.Edges)-1].Cursor
	}
	return conn, nil
}

// nodeContext is ctx as seen from the connection's edges.node field, where
// entgql's CollectFields finds the email's selections; ctx itself outside
// GraphQL or when no node is selected.
func nodeContext(ctx context.Context) context.Context {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return ctx
	}
	oc := graphql.GetOperationContext(ctx)
	for _, edges := range graphql.CollectFields(oc, fc.Field.Selections, nil) {
		if edges.Name != "edges" {
			continue
		}
		for _, node := range graphql.CollectFields(oc, edges.Selections, nil) {
			if node.Name == "node" {
				return graphql.WithFieldContext(ctx, &graphql.FieldContext{Object: "EmailEdge", Field: node})
			}
		}
	}
	return ctx
}

// folders decides where the query looks: the folders the viewer may read,
// outside the trash (with their workspace), narrowed to folderID and to the
// in: titles. nil means every folder; none is true when nothing is left.
func (ix *Index) folders(ctx context.Context, client *ent.Client, v *viewer.Viewer, q *Query, folderID *int) (ids []int, none bool, err error) {
	readable, all, err := v.ReadableFolders(ctx)
	if err != nil {
		return nil, false, err
	}
	sys := viewer.SystemContext(ctx) // the filter is ours: readable is the viewer's decision
	fq := client.EmailFolder.Query().Where(emailfolder.TrashedAtIsNil(), emailfolder.HasWorkspaceWith(workspace.TrashedAtIsNil()))
	if !all {
		fq.Where(emailfolder.IDIn(readable...))
	}
	if folderID != nil {
		fq.Where(emailfolder.ID(*folderID))
	}
	folders, err := fq.WithWorkspace(func(w *ent.WorkspaceQuery) { w.Select(workspace.FieldTitle) }).
		Select(emailfolder.FieldID, emailfolder.FieldTitle, emailfolder.FieldWorkspaceID).All(sys)
	if err != nil {
		return nil, false, err
	}
	if len(q.In) > 0 {
		if folders, err = byTitle(folders, q.In); err != nil {
			return nil, false, err
		}
	}
	if len(folders) == 0 {
		return nil, true, nil
	}
	ids = make([]int, len(folders))
	for i, f := range folders {
		ids[i] = f.ID
	}
	if folderID == nil && len(q.In) == 0 {
		// Every folder there is (none in the trash, all readable): no filter,
		// which spares a common word the walk of the folders' lists.
		n, err := client.EmailFolder.Query().Count(sys)
		if err != nil {
			return nil, false, err
		}
		if n == len(folders) {
			return nil, false, nil
		}
	}
	return ids, false, nil
}

// byTitle keeps the folders whose title is one of titles (ignoring case);
// a title no folder has, or that several have, is an error.
func byTitle(folders []*ent.EmailFolder, titles []string) ([]*ent.EmailFolder, error) {
	var out []*ent.EmailFolder
	for _, t := range titles {
		var found []*ent.EmailFolder
		for _, f := range folders {
			if strings.EqualFold(strings.TrimSpace(f.Title), strings.TrimSpace(t)) {
				found = append(found, f)
			}
		}
		switch len(found) {
		case 0:
			return nil, &QueryError{fmt.Sprintf("in:%s: no folder you can search here has this title", quoteIfSpaced(t))}
		case 1:
			out = append(out, found[0])
		default:
			var where []string
			for _, f := range found {
				if f.Edges.Workspace != nil {
					where = append(where, f.Edges.Workspace.Title)
				}
			}
			return nil, &QueryError{fmt.Sprintf("in:%s: %d folders have this title (in workspaces %s); search from the folder's own page instead",
				quoteIfSpaced(t), len(found), strings.Join(where, ", "))}
		}
	}
	return out, nil
}

func quoteIfSpaced(s string) string {
	if strings.ContainsAny(s, " \t") {
		return `"` + s + `"`
	}
	return s
}

// Indexed counts a folder's emails outside the trash that are in the index.
func (ix *Index) Indexed(ctx context.Context, folderID int) (int, error) {
	var n int
	err := ix.db.QueryRowContext(ctx, ix.rebind(`SELECT count(*) FROM email_search_doc d WHERE d.folder_id = ?
		AND d.email_id NOT IN (SELECT id FROM emails WHERE trashed_at IS NOT NULL)`), folderID).Scan(&n)
	return n, err
}

// Total counts a folder's emails outside the trash, the figure Indexed is
// compared with: all of the folder's (an index count) less its trashed ones
// (the partial index of trashed emails), so a big folder costs no row reads.
func (ix *Index) Total(ctx context.Context, folderID int) (int, error) {
	var n int
	err := ix.db.QueryRowContext(ctx, ix.rebind(`SELECT (SELECT count(*) FROM emails WHERE folder_id = ?)
		- (SELECT count(*) FROM emails WHERE trashed_at IS NOT NULL AND folder_id = ?)`), folderID, folderID).Scan(&n)
	return n, err
}

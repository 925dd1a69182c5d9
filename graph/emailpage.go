package graph

import (
	"context"
	"strings"
	"unicode"

	"entgo.io/contrib/entgql"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"mailroom/ent"
	"mailroom/ent/email"
	"mailroom/ent/emailtag"
	"mailroom/store"
)

// folderEmails is one page of a folder's emails, in or outside the trash,
// answered without the two costs that grew with the folder: the count of
// every email on each request (totalCount, and entgql counts for pageInfo
// too) comes from the counts the database maintains (store.FolderCounts)
// whenever no where filter narrows the list, and only the columns the
// selection needs are read, never the bodies of a table page.
func (r *Resolver) folderEmails(ctx context.Context, folderID int, trashed bool, after *entgql.Cursor[int], first *int,
	before *entgql.Cursor[int], last *int, order *ent.EmailOrder, where *ent.EmailWhereInput) (*ent.EmailConnection, error) {
	q := r.Client.Email.Query().Where(email.FolderID(folderID))
	if trashed {
		q.Where(email.TrashedAtNotNil())
	} else {
		q.Where(email.TrashedAtIsNil())
	}
	selectEmailColumns(ctx, q)
	opts := []ent.EmailPaginateOption{ent.WithEmailOrder(order)}
	if where != nil { // a filter: entgql counts what it keeps
		return q.Paginate(ctx, after, first, before, last, append(opts, ent.WithEmailFilter(where.Filter))...)
	}
	return paginateCounted(ctx, q, after, first, before, last, opts, func() (int, error) {
		counts, err := store.FolderCounts(ctx, r.Client, folderID)
		if trashed {
			return counts.Emails - counts.Live, err
		}
		return counts.Live, err
	})
}

// paginateCounted pages q as entgql does, except that totalCount (and the
// count entgql takes for pageInfo) is count's, asked only when the
// selection wants it.
func paginateCounted(ctx context.Context, q *ent.EmailQuery, after *entgql.Cursor[int], first *int,
	before *entgql.Cursor[int], last *int, opts []ent.EmailPaginateOption, count func() (int, error)) (*ent.EmailConnection, error) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return q.Paginate(ctx, after, first, before, last, opts...)
	}
	oc := graphql.GetOperationContext(ctx)
	wantCount, wantEdges := false, false
	kept := ast.SelectionSet{}
	for _, f := range graphql.CollectFields(oc, fc.Field.Selections, nil) {
		switch f.Alias { // entgql looks for its fields by alias
		case "totalCount", "pageInfo":
			wantCount = true
			continue
		case "edges":
			wantEdges = true
		}
		field := *f.Field
		field.SelectionSet = f.Selections
		kept = append(kept, &field)
	}
	if !wantCount {
		return q.Paginate(ctx, after, first, before, last, opts...)
	}
	total, err := count()
	if err != nil {
		return nil, err
	}
	if !wantEdges || (first != nil && *first == 0) || (last != nil && *last == 0) {
		// What entgql answers without a page, from the count.
		conn := &ent.EmailConnection{Edges: []*ent.EmailEdge{}, TotalCount: total}
		conn.PageInfo.HasNextPage = first != nil && total > 0
		conn.PageInfo.HasPreviousPage = last != nil && total > 0
		return conn, nil
	}
	// entgql counts whenever totalCount or pageInfo is asked; a copy of the
	// field without them pages alone (pageInfo is built from the page).
	short := *fc
	short.Field = graphql.CollectedField{Field: fc.Field.Field, Selections: kept}
	pageCtx := graphql.WithFieldContext(ctx, &short)
	short.Parent = fc.Parent
	conn, err := q.Paginate(pageCtx, after, first, before, last, opts...)
	if err != nil {
		return nil, err
	}
	conn.TotalCount = total
	return conn, nil
}

// idOnlyEmailFields are fields of Email resolved by hand from the email's ID
// alone (its attachments, its download URL).
var idOnlyEmailFields = map[string]bool{"id": true, "__typename": true, "attachments": true, "emlURL": true,
	"tags": true, "followed": true} // tags and followed: queried by the email's ID

// selectEmailColumns narrows q to the columns the selected Email fields
// read. entgql's field collection does it for the fields it generates, but
// gives up (loads every column, bodies included) as soon as a field of the
// hand-written schema is asked, as `from` is by every table page. A field
// whose name is a column's (from, to, cc, replyTo, references and the
// generated ones) reads that column, the folder edge its key; a field this
// function does not know leaves q loading everything, as before.
func selectEmailColumns(ctx context.Context, q *ent.EmailQuery) {
	fc := graphql.GetFieldContext(ctx)
	if fc == nil {
		return
	}
	oc := graphql.GetOperationContext(ctx)
	node, ok := childField(oc, fc.Field, "edges", "node")
	if !ok {
		return
	}
	cols := []string{email.FieldID}
	handWritten := false
	for _, f := range graphql.CollectFields(oc, node.Selections, []string{"Email", "Node"}) {
		if f.Name == "tags" {
			// One query for the page's tags, not one per row (Email.tags
			// reads the loaded edge).
			q.WithTags(func(tq *ent.EmailTagQuery) {
				tq.Select(emailtag.FieldEmailID, emailtag.FieldName).Order(ent.Asc(emailtag.FieldName))
			})
		}
		if d := f.Definition; d != nil && d.Position != nil && d.Position.Src != nil && d.Position.Src.Name != entSchemaFile {
			handWritten = true
		}
		switch c := snake(f.Name); {
		case idOnlyEmailFields[f.Name]:
		case f.Name == email.EdgeFolder:
			cols = append(cols, email.FieldFolderID)
		case email.ValidColumn(c):
			cols = append(cols, c)
		default:
			return
		}
	}
	if handWritten { // else entgql selects the same columns itself
		q.Select(cols...)
	}
}

// entSchemaFile is the schema entgql generates; its fields are the ones its
// field collection knows.
const entSchemaFile = "ent.graphqls"

// childField follows path by alias, as entgql does.
func childField(oc *graphql.OperationContext, f graphql.CollectedField, path ...string) (graphql.CollectedField, bool) {
walk:
	for _, name := range path {
		for _, c := range graphql.CollectFields(oc, f.Selections, nil) {
			if c.Alias == name {
				f = c
				continue walk
			}
		}
		return f, false
	}
	return f, true
}

// snake is ent's column name of a GraphQL field name: replyTo → reply_to,
// messageID → message_id, rawSha256 → raw_sha256.
func snake(name string) string {
	var b strings.Builder
	rs := []rune(name)
	for i, r := range rs {
		if unicode.IsUpper(r) {
			// A new word starts at an upper-case letter after a lower-case
			// one or a digit (messageID: one word "ID").
			if i > 0 && (unicode.IsLower(rs[i-1]) || unicode.IsDigit(rs[i-1])) {
				b.WriteByte('_')
			}
			r = unicode.ToLower(r)
		}
		b.WriteRune(r)
	}
	return b.String()
}

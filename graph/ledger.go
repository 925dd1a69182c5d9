package graph

import (
	"context"
	"strconv"

	"entgo.io/contrib/entgql"

	"mailroom/ent"
	"mailroom/ent/email"
	"mailroom/graph/model"
	"mailroom/ingest"
)

// LedgerCSVURL is the download path of a folder's ledger as CSV.
func LedgerCSVURL(folderID int) string { return "/folders/" + strconv.Itoa(folderID) + "/ledger.csv" }

// defaultLedgerPage is a page of the ledger when first is not given.
const defaultLedgerPage = 50

// ledger pages through the folder's ledger as a Relay connection.
func (r *Resolver) ledger(ctx context.Context, folderID int, f ingest.LedgerFilter, first *int, after *entgql.Cursor[int], outcome *ingest.LedgerOutcome) (*model.LedgerEntryConnection, error) {
	n, from := defaultLedgerPage, 0
	if first != nil {
		n = *first
	}
	if after != nil {
		from = after.ID
	}
	f.Outcome = outcome
	page, err := r.Ingest.Ledger(ctx, folderID, f, from, n)
	if err != nil {
		return nil, err
	}
	conn := &model.LedgerEntryConnection{TotalCount: page.TotalCount,
		PageInfo: &entgql.PageInfo[int]{HasNextPage: page.HasNext, HasPreviousPage: after != nil}}
	for _, e := range page.Entries {
		conn.Edges = append(conn.Edges, &model.LedgerEntryEdge{Node: e, Cursor: entgql.Cursor[int]{ID: e.Cursor}})
	}
	if len(conn.Edges) > 0 {
		conn.PageInfo.StartCursor = &conn.Edges[0].Cursor
		conn.PageInfo.EndCursor = &conn.Edges[len(conn.Edges)-1].Cursor
	}
	return conn, nil
}

// visibleEmail loads an email of a ledger entry with the viewer's rights:
// null when it is gone or the viewer may not open it. Only the fields the
// query selects are read (a page of entries need not load every body).
func (r *Resolver) visibleEmail(ctx context.Context, id *int) (*ent.Email, error) {
	if id == nil {
		return nil, nil
	}
	q, err := r.Client.Email.Query().Where(email.ID(*id)).CollectFields(ctx)
	if err != nil {
		return nil, err
	}
	e, err := q.Only(ctx)
	if ent.IsNotFound(err) {
		return nil, nil
	}
	return e, err
}

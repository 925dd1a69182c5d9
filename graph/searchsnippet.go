package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// searchQueryOf is the query text of the search an email was found by: the
// query argument of the Query.search field above it. ok is false outside a
// search (node, a folder's emails), where searchSnippet is null.
func searchQueryOf(ctx context.Context) (query string, ok bool) {
	for fc := graphql.GetFieldContext(ctx); fc != nil; fc = fc.Parent {
		if fc.Object == "Query" && fc.Field.Name == "search" {
			query, ok = fc.Args["query"].(string)
			return query, ok
		}
	}
	return "", false
}

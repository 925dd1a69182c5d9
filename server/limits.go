package server

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/parser"
)

// What one GraphQL request may cost before any resolver runs. The SPA's 37
// documents have at most 97 tokens, 40 fields and a depth of 6 each; the
// playground's introspection query has a depth of 13, fragments expanded.
const (
	// maxQueryBody bounds a POST /query body (JSON; uploads get their own limit).
	maxQueryBody = 1 << 20
	// queryTokenLimit stops the parser early, so a megabyte of
	// `{__typename __typename …}` is refused before validation, whose
	// overlapping-fields rule is quadratic in the number of fields.
	queryTokenLimit = 5000
	// maxQueryDepth and maxQueryFields bound the selection tree (aliases and
	// fragments expanded). maxQueryFields also bounds the fields written in
	// the document, checked before validation: 500 identical fields cost the
	// overlapping-fields rule ~50 ms, 5,000 cost it 5 s.
	maxQueryDepth  = 15
	maxQueryFields = 500
)

// The query cache keeps the parsed and validated documents of the texts
// clients send again and again (the SPA has a few dozen), so a request for
// one is neither parsed nor validated again. Only short texts are kept, so
// a client sending a stream of distinct large documents cannot make it hold
// much: at most queryCacheSize documents of queryCacheMaxText bytes.
const (
	queryCacheSize    = 256
	queryCacheMaxText = 8 << 10
)

// queryCache is gqlgen's LRU, refusing long texts.
type queryCache struct{ lru *lru.LRU[*ast.QueryDocument] }

func newQueryCache() queryCache {
	return queryCache{lru.New[*ast.QueryDocument](queryCacheSize)}
}

func (c queryCache) Get(ctx context.Context, query string) (*ast.QueryDocument, bool) {
	if len(query) > queryCacheMaxText {
		return nil, false
	}
	return c.lru.Get(ctx, query)
}

func (c queryCache) Add(ctx context.Context, query string, doc *ast.QueryDocument) {
	if len(query) <= queryCacheMaxText {
		c.lru.Add(ctx, query, doc)
	}
}

// guarded hands its transport an executor that refuses documents with more
// than maxQueryFields fields before gqlgen validates them.
type guarded struct {
	graphql.Transport
	cache queryCache
}

func (g guarded) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	g.Transport.Do(w, r, fieldCountGuard{exec, g.cache})
}

type fieldCountGuard struct {
	graphql.GraphExecutor
	cache queryCache
}

func (g fieldCountGuard) CreateOperationContext(ctx context.Context, params *graphql.RawParams) (*graphql.OperationContext, gqlerror.List) {
	if _, ok := g.cache.Get(ctx, params.Query); ok { // passed this guard and validation before
		return g.GraphExecutor.CreateOperationContext(ctx, params)
	}
	// Parsing is linear and bounded by the token limit; a document that does
	// not parse goes on, for gqlgen to explain why.
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: params.Query}, queryTokenLimit)
	if err == nil && countFields(doc) > maxQueryFields {
		oc := &graphql.OperationContext{RawQuery: params.Query, Variables: params.Variables, OperationName: params.OperationName}
		return oc, gqlerror.List{shapeError(fmt.Sprintf("the query selects more than %d fields", maxQueryFields))}
	}
	return g.GraphExecutor.CreateOperationContext(ctx, params)
}

// countFields counts the fields written in doc, each fragment once.
func countFields(doc *ast.QueryDocument) int {
	n := 0
	var count func(ast.SelectionSet)
	count = func(set ast.SelectionSet) {
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				n++
				count(s.SelectionSet)
			case *ast.InlineFragment:
				count(s.SelectionSet)
			}
		}
	}
	for _, op := range doc.Operations {
		count(op.SelectionSet)
	}
	for _, f := range doc.Fragments {
		count(f.SelectionSet)
	}
	return n
}

// limitQueryBody answers 413 to a POST body over maxQueryBody, whether it
// announces its length or not (chunked), before gqlgen reads it: gqlgen
// alone would answer 200 with an error after reading what it was sent.
func limitQueryBody(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.Body == nil || isMultipart(r) { // uploads: limitUploads
			next.ServeHTTP(w, r)
			return
		}
		tooLarge := func() {
			// Do not read the rest: close the connection instead.
			w.Header().Set("Connection", "close")
			writeHTTPError(w, http.StatusRequestEntityTooLarge, CodeBadUserInput,
				fmt.Sprintf("the request body is larger than %d KiB", maxQueryBody>>10))
		}
		if r.ContentLength > maxQueryBody {
			tooLarge()
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, maxQueryBody+1))
		if err != nil {
			writeHTTPError(w, http.StatusBadRequest, CodeBadUserInput, "the request body could not be read")
			return
		}
		if len(body) > maxQueryBody {
			tooLarge()
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

// writeHTTPError answers with a GraphQL-shaped error outside gqlgen.
func writeHTTPError(w http.ResponseWriter, status int, code, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{"errors": []any{map[string]any{
		"message": msg, "extensions": map[string]any{"code": code}}}})
}

// postJSON is gqlgen's POST transport, except that a body that is not a
// GraphQL request is refused in a few words: gqlgen's own error quotes the
// whole body back.
type postJSON struct{ transport.POST }

func (p postJSON) Do(w http.ResponseWriter, r *http.Request, exec graphql.GraphExecutor) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		writeHTTPError(w, http.StatusBadRequest, CodeBadUserInput, "the request body could not be read")
		return
	}
	var params graphql.RawParams
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber() // as gqlgen decodes it
	if err := dec.Decode(&params); err != nil {
		msg := "the request body is not a GraphQL request in JSON"
		var se *json.SyntaxError
		if errors.As(err, &se) {
			msg += fmt.Sprintf(" (syntax error at byte %d)", se.Offset)
		}
		writeHTTPError(w, http.StatusBadRequest, CodeBadUserInput, msg)
		return
	}
	r.Body = io.NopCloser(bytes.NewReader(body))
	p.POST.Do(w, r, exec)
}

// queryShape refuses documents deeper than maxDepth or selecting more than
// maxFields fields, fragments expanded (validation has already refused
// fragment cycles; counting stops at the first field over the limit, so
// fragments that multiply each other cannot make the walk itself costly).
type queryShape struct{ maxDepth, maxFields int }

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = queryShape{}

func (queryShape) ExtensionName() string                   { return "QueryShape" }
func (queryShape) Validate(graphql.ExecutableSchema) error { return nil }
func (q queryShape) MutateOperationContext(_ context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	fields := 0
	var walk func(set ast.SelectionSet, depth int) *gqlerror.Error
	walk = func(set ast.SelectionSet, depth int) *gqlerror.Error {
		for _, sel := range set {
			var sub ast.SelectionSet
			next := depth
			switch s := sel.(type) {
			case *ast.Field:
				fields++
				if fields > q.maxFields {
					return shapeError(fmt.Sprintf("the query selects more than %d fields", q.maxFields))
				}
				next = depth + 1
				if next > q.maxDepth {
					return shapeError(fmt.Sprintf("the query is nested deeper than %d levels", q.maxDepth))
				}
				sub = s.SelectionSet
			case *ast.InlineFragment:
				sub = s.SelectionSet
			case *ast.FragmentSpread:
				if f := oc.Doc.Fragments.ForName(s.Name); f != nil {
					sub = f.SelectionSet
				}
			}
			if err := walk(sub, next); err != nil {
				return err
			}
		}
		return nil
	}
	return walk(oc.Operation.SelectionSet, 0)
}

func shapeError(msg string) *gqlerror.Error {
	err := &gqlerror.Error{Message: msg}
	errcode.Set(err, errcode.ValidationFailed)
	return err
}

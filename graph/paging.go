package graph

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"mailroom/thread"
)

// Page sizes of every connection (a field whose type ends in "Connection"
// and that takes first/last): a request without first or last gets
// DefaultPageSize items, and more than MaxPageSize is refused.
const (
	DefaultPageSize = 50
	MaxPageSize     = 500
)

// MaxComplexity bounds what one operation may cost. A connection costs its
// page size times what one item costs (see pagedComplexity), so one full
// page of 500 emails with some forty fields fits, and pages nested in pages
// do not.
const MaxComplexity = 20000

// PageSizeError refuses a page larger than MaxPageSize.
type PageSizeError struct {
	Field string // "first" or "last"
	Size  int
}

func (e *PageSizeError) Error() string {
	return fmt.Sprintf("%s: at most %d items per page (asked for %d); page with after/before", e.Field, MaxPageSize, e.Size)
}

// PageLimits is the gqlgen extension that applies the page sizes to every
// connection of an operation before it runs. It writes the default first
// into the operation itself, not only into the resolver's arguments, because
// entgql's field collection reads the arguments from the operation to
// eager-load edges.
type PageLimits struct{}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = PageLimits{}

func (PageLimits) ExtensionName() string                          { return "PageLimits" }
func (PageLimits) Validate(schema graphql.ExecutableSchema) error { return nil }

// MutateOperationContext runs after validation (every field has its
// definition) and before complexity is computed, when added before it.
// The document may be the query cache's, shared by every request that sends
// the same text, and whether a page needs the default can depend on the
// variables: a request that needs one gets its own copy of the document to
// write it into, and the cached document is only ever read.
func (PageLimits) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	needs, err := limitPages(oc.Operation.SelectionSet, oc.Variables, false, map[*ast.FragmentDefinition]bool{})
	if err == nil && needs {
		if own := copyOperation(oc); own != nil {
			_, err = limitPages(oc.Operation.SelectionSet, oc.Variables, true, map[*ast.FragmentDefinition]bool{})
		}
	}
	if err != nil {
		return &gqlerror.Error{Message: err.Error(), Err: err}
	}
	return nil
}

// limitPages checks the page size of every connection under set and tells
// whether one needs the default first; with write, it also writes it.
func limitPages(set ast.SelectionSet, vars map[string]any, write bool, seen map[*ast.FragmentDefinition]bool) (bool, error) {
	needs := false
	for _, sel := range set {
		var sub ast.SelectionSet
		switch s := sel.(type) {
		case *ast.Field:
			if isConnection(s.Definition) {
				missing, err := limitPage(s, vars, write)
				if err != nil {
					return false, err
				}
				needs = needs || missing
			}
			sub = s.SelectionSet
		case *ast.InlineFragment:
			sub = s.SelectionSet
		case *ast.FragmentSpread:
			if s.Definition == nil || seen[s.Definition] {
				continue
			}
			seen[s.Definition] = true
			sub = s.Definition.SelectionSet
		}
		missing, err := limitPages(sub, vars, write, seen)
		if err != nil {
			return false, err
		}
		needs = needs || missing
	}
	return needs, nil
}

// limitPage refuses a page over MaxPageSize and tells whether f has no
// first or last; with write, it gives f the default first.
func limitPage(f *ast.Field, vars map[string]any, write bool) (bool, error) {
	args := f.ArgumentMap(vars)
	given := false
	for _, name := range []string{"first", "last"} {
		v, ok := args[name]
		if !ok || v == nil {
			continue
		}
		given = true
		n, err := graphql.UnmarshalInt(v)
		if err != nil {
			return false, fmt.Errorf("%s: %w", name, err)
		}
		if n > MaxPageSize {
			return false, &PageSizeError{Field: name, Size: n}
		}
	}
	if !given && write {
		// A missing argument, or a variable given no value: both mean "no
		// first", so the default replaces the argument.
		args := f.Arguments[:0:0]
		for _, a := range f.Arguments {
			if a.Name != "first" && a.Name != "last" {
				args = append(args, a)
			}
		}
		f.Arguments = append(args, &ast.Argument{Name: "first", Position: f.Position,
			Value: &ast.Value{Kind: ast.IntValue, Raw: fmt.Sprint(DefaultPageSize), Position: f.Position}})
	}
	return !given, nil
}

// isConnection tells a paged field: its type is a Relay connection and it
// takes first.
func isConnection(def *ast.FieldDefinition) bool {
	return def != nil && strings.HasSuffix(def.Type.Name(), "Connection") && def.Arguments.ForName("first") != nil
}

// pagedComplexity counts a connection as its page size times its items, for
// every connection of the schema; other fields keep gqlgen's count (one plus
// their children).
type pagedComplexity struct {
	graphql.ExecutableSchema
	connections map[string]map[string]bool // type → connection fields
}

func withPagedComplexity(es graphql.ExecutableSchema) graphql.ExecutableSchema {
	p := pagedComplexity{ExecutableSchema: es, connections: map[string]map[string]bool{}}
	for name, def := range es.Schema().Types {
		for _, f := range def.Fields {
			if isConnection(f) {
				if p.connections[name] == nil {
					p.connections[name] = map[string]bool{}
				}
				p.connections[name][f.Name] = true
			}
		}
	}
	return p
}

// boundedLists are list fields that are no connection but can be long:
// each counts as its most items times one item, like a full page, so that
// nesting them (a thread's emails' threads…) is refused.
var boundedLists = map[string]map[string]int{"Email": {"thread": thread.MaxListed}}

func (p pagedComplexity) Complexity(ctx context.Context, typeName, field string, childComplexity int, args map[string]any) (int, bool) {
	if n, ok := boundedLists[typeName][field]; ok {
		return 1 + n*childComplexity, true
	}
	if !p.connections[typeName][field] {
		return p.ExecutableSchema.Complexity(ctx, typeName, field, childComplexity, args)
	}
	size := DefaultPageSize
	for _, name := range []string{"first", "last"} {
		if v, ok := args[name]; ok && v != nil {
			if n, err := graphql.UnmarshalInt(v); err == nil {
				size = min(max(n, 0), MaxPageSize)
			}
		}
	}
	return 1 + size*childComplexity, true
}

package graph

import (
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// copyOperation gives oc a document of its own: its operations and
// fragments with every selection copied down to the fields, so that
// writing a field's arguments touches nothing another request reads (the
// query cache hands the same parsed document to every request with the
// same text). What the copy shares with the original — definitions,
// argument values, positions — is never written. It returns nil, changing
// nothing, when oc's operation is not in its document.
func copyOperation(oc *graphql.OperationContext) *ast.QueryDocument {
	if oc.Doc == nil {
		return nil
	}
	at := -1
	for i, op := range oc.Doc.Operations {
		if op == oc.Operation {
			at = i
		}
	}
	if at < 0 {
		return nil
	}
	frags := make(map[*ast.FragmentDefinition]*ast.FragmentDefinition, len(oc.Doc.Fragments))
	doc := &ast.QueryDocument{Position: oc.Doc.Position, Comment: oc.Doc.Comment}
	for _, f := range oc.Doc.Fragments {
		c := *f
		frags[f] = &c
		doc.Fragments = append(doc.Fragments, &c)
	}
	for _, f := range doc.Fragments {
		f.SelectionSet = copySelections(f.SelectionSet, frags)
	}
	for _, op := range oc.Doc.Operations {
		c := *op
		c.SelectionSet = copySelections(op.SelectionSet, frags)
		doc.Operations = append(doc.Operations, &c)
	}
	oc.Doc, oc.Operation = doc, doc.Operations[at]
	return doc
}

func copySelections(set ast.SelectionSet, frags map[*ast.FragmentDefinition]*ast.FragmentDefinition) ast.SelectionSet {
	if set == nil {
		return nil
	}
	out := make(ast.SelectionSet, len(set))
	for i, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			c := *s
			c.SelectionSet = copySelections(s.SelectionSet, frags)
			out[i] = &c
		case *ast.InlineFragment:
			c := *s
			c.SelectionSet = copySelections(s.SelectionSet, frags)
			out[i] = &c
		case *ast.FragmentSpread:
			c := *s
			if d, ok := frags[s.Definition]; ok {
				c.Definition = d
			}
			out[i] = &c
		default:
			out[i] = sel
		}
	}
	return out
}

package server

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"strconv"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"mailroom/auth"
	"mailroom/auth/viewer"
)

// uploadOperationError is an upload whose operations the server cannot take:
// an upload is one importEmails mutation (the only field taking files).
type uploadOperationError struct{ msg string }

func (e *uploadOperationError) Error() string { return e.msg }

func badUpload(format string, args ...any) error {
	return &uploadOperationError{fmt.Sprintf(format, args...)}
}

// authorizeUpload reads an upload's first part, its GraphQL operations
// (gqlgen's multipart parser stores every file in a temporary file before
// any resolver runs), and lets the request go on only when it is an
// importEmails into folders the viewer may WRITE. A refused request's
// files are never read. The bytes read here are given back in front of the
// rest of the body, so gqlgen parses the request as sent. A new mutation
// taking an Upload must be allowed here, with its own check.
func (s *server) authorizeUpload(w http.ResponseWriter, r *http.Request, body *uploadBody, boundary string, refuse func() bool) bool {
	var seen bytes.Buffer
	mr := multipart.NewReader(io.TeeReader(body, &seen), boundary)
	part, err := mr.NextPart()
	var ops []byte
	if err == nil && part.FormName() == "operations" {
		ops, err = io.ReadAll(io.LimitReader(part, maxQueryBody+1))
	} else if err == nil {
		err = badUpload("an upload carries its GraphQL operations first")
	}
	if err == nil && len(ops) > maxQueryBody {
		body.err = errUploadShape
	}
	if body.err != nil && refuse() { // a limit of uploadBody, said as it says it
		return false
	}
	if err == nil {
		err = s.mayImport(r, ops)
	}
	if err != nil {
		w.Header().Set("Connection", "close") // the files are not read
		var ue *uploadOperationError
		switch {
		case errors.As(err, &ue):
			writeHTTPError(w, http.StatusBadRequest, CodeBadUserInput, ue.Error())
		default:
			code, msg := classify(r.Context(), err)
			status := map[string]int{CodeForbidden: http.StatusForbidden, CodeNotFound: http.StatusNotFound,
				CodeUnauthenticated: http.StatusUnauthorized}[code]
			if status == 0 {
				status, code, msg = http.StatusBadRequest, CodeBadUserInput, "the upload could not be read"
			}
			writeHTTPError(w, status, code, msg)
		}
		return false
	}
	r.Body = replayedBody{io.MultiReader(bytes.NewReader(seen.Bytes()), body), body}
	return true
}

type replayedBody struct {
	io.Reader
	io.Closer
}

// mayImport checks the operations of an upload: one mutation whose fields
// taking files are importEmails, each into a folder the viewer may WRITE.
func (s *server) mayImport(r *http.Request, ops []byte) error {
	var req struct {
		Query         string                     `json:"query"`
		OperationName string                     `json:"operationName"`
		Variables     map[string]json.RawMessage `json:"variables"`
	}
	if err := json.Unmarshal(ops, &req); err != nil {
		return badUpload("the upload's operations are not one GraphQL request in JSON")
	}
	folders, err := importFolders(req.Query, req.OperationName, req.Variables)
	if err != nil {
		return err
	}
	for _, id := range folders {
		if err := auth.Require(r.Context(), auth.Target{FolderID: id}, viewer.Write); err != nil {
			return err
		}
	}
	return nil
}

// importFolders lists the folders the operation's importEmails fields
// import into; an operation that is not a mutation of importEmails only is
// refused.
func importFolders(query, name string, vars map[string]json.RawMessage) ([]int, error) {
	doc, err := parser.ParseQuery(&ast.Source{Input: query})
	if err != nil {
		return nil, badUpload("the upload's query does not parse: %s", err.Error())
	}
	var op *ast.OperationDefinition
	switch {
	case name != "":
		op = doc.Operations.ForName(name)
	case len(doc.Operations) == 1:
		op = doc.Operations[0]
	}
	if op == nil {
		return nil, badUpload("the upload's operation is not named, or not found")
	}
	if op.Operation != ast.Mutation {
		return nil, badUpload("files are uploaded to the importEmails mutation only")
	}
	var folders []int
	seen := map[string]bool{}
	var walk func(set ast.SelectionSet) error
	walk = func(set ast.SelectionSet) error {
		for _, sel := range set {
			switch sel := sel.(type) {
			case *ast.Field:
				if sel.Name != "importEmails" {
					return badUpload("files are uploaded to the importEmails mutation only, not with %s", sel.Name)
				}
				id, err := folderArgument(op, sel, vars)
				if err != nil {
					return err
				}
				folders = append(folders, id)
			case *ast.InlineFragment:
				if err := walk(sel.SelectionSet); err != nil {
					return err
				}
			case *ast.FragmentSpread:
				f := doc.Fragments.ForName(sel.Name)
				if f == nil || seen[sel.Name] {
					return badUpload("the upload's query spreads an unknown or cyclic fragment")
				}
				seen[sel.Name] = true
				if err := walk(f.SelectionSet); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if err := walk(op.SelectionSet); err != nil {
		return nil, err
	}
	if len(folders) == 0 {
		return nil, badUpload("files are uploaded to the importEmails mutation only")
	}
	return folders, nil
}

// folderArgument is the folder ID an importEmails field names, literally
// or through a variable (given, or its default).
func folderArgument(op *ast.OperationDefinition, f *ast.Field, vars map[string]json.RawMessage) (int, error) {
	arg := f.Arguments.ForName("folderID")
	if arg == nil || arg.Value == nil {
		return 0, badUpload("importEmails needs a folderID")
	}
	raw := arg.Value.Raw
	if arg.Value.Kind == ast.Variable {
		v, ok := vars[arg.Value.Raw]
		switch {
		case ok:
			var s string
			if json.Unmarshal(v, &s) != nil {
				s = string(v) // a number
			}
			raw = s
		case op.VariableDefinitions.ForName(arg.Value.Raw) != nil && op.VariableDefinitions.ForName(arg.Value.Raw).DefaultValue != nil:
			raw = op.VariableDefinitions.ForName(arg.Value.Raw).DefaultValue.Raw
		default:
			return 0, badUpload("importEmails needs a folderID")
		}
	}
	id, err := strconv.Atoi(raw)
	if err != nil {
		return 0, badUpload("importEmails's folderID %q is not a folder ID", raw)
	}
	return id, nil
}

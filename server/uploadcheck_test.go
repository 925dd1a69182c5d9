package server

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"mailroom/auth/viewer"
	"mailroom/ent/email"
)

// countingReader counts the bytes the HTTP client took from a request body.
type countingReader struct {
	r io.Reader
	n atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// zeros is an endless source of a repeated line, for large bodies built on the fly.
type zeros struct{}

func (zeros) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = "0123456789abcdef\n"[i%17]
	}
	return len(p), nil
}

// streamedImport is an importEmails request for one file of size bytes,
// written as it is sent, with operations as given.
func streamedImport(operations string, size int64) (string, io.Reader) {
	var head bytes.Buffer
	mw := multipart.NewWriter(&head)
	mw.WriteField("operations", operations)
	mw.WriteField("map", `{"0":["variables.files.0"]}`)
	mw.CreateFormFile("0", "big.mbox")
	tail := "\r\n--" + mw.Boundary() + "--\r\n"
	return mw.FormDataContentType(), io.MultiReader(&head, strings.NewReader("From a@b Thu Jan  1 00:00:00 2025\nSubject: big\nMessage-ID: <big@x>\n\n"),
		io.LimitReader(zeros{}, size), strings.NewReader(tail))
}

func importOperations(query string, vars map[string]any) string {
	b, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	return string(b)
}

// The attack: a user who may only READ a folder posts a 50 MB import into
// it. The refusal comes before the files are read: nothing reaches the
// temporary directory and the client has sent only what the connection
// buffers hold. Uploads that are not an importEmails, or that reach the
// folder through a literal, an alias or a fragment, are checked the same.
func TestUploadIsAuthorizedBeforeItIsRead(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp) // where gqlgen's multipart parser puts files
	e := newAPI(t)
	admin := e.login()
	dst := e.emptyFolder(admin, "Target")
	uid, reader := e.newUser(admin, "reader", false)
	if r := e.gql(admin, `mutation($t:ID!,$p:ID!){setPermission(targetID:$t,principalID:$p,permission:READ){id}}`,
		map[string]any{"t": dst, "p": uid}); len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	_, stranger := e.newUser(admin, "stranger", false)
	count := func() int {
		var id int
		fmt.Sscan(dst, &id)
		return e.client.Email.Query().Where(email.FolderID(id)).CountX(viewer.SystemContext(t.Context()))
	}
	send := func(tok, operations string, size int64) (int, string, int64) {
		t.Helper()
		ctype, body := streamedImport(operations, size)
		cr := &countingReader{r: body}
		req, _ := http.NewRequest("POST", e.srv.URL+"/query", cr)
		req.Header.Set("Content-Type", ctype)
		req.Header.Set("Authorization", "Bearer "+tok)
		res, err := http.DefaultClient.Do(req)
		if err != nil { // the server may close before the client has written it all
			return 0, err.Error(), cr.n.Load()
		}
		defer res.Body.Close()
		msg, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(msg), cr.n.Load()
	}
	// tmpPeak watches the temporary directory while a request runs (gqlgen
	// removes its files when the request ends) and says the most bytes seen there.
	tmpPeak := func(during func()) int64 {
		var peak atomic.Int64
		stop, stopped := make(chan struct{}), make(chan struct{})
		go func() {
			defer close(stopped)
			for {
				var n int64
				entries, _ := os.ReadDir(tmp)
				for _, en := range entries {
					if info, err := en.Info(); err == nil {
						n += info.Size()
					}
				}
				peak.Store(max(peak.Load(), n))
				select {
				case <-stop:
					return
				case <-time.After(2 * time.Millisecond):
				}
			}
		}()
		during()
		close(stop)
		<-stopped
		return peak.Load()
	}
	const fifty = 50 << 20
	byVariable := importOperations(importMutation, map[string]any{"f": dst, "files": []any{nil}})
	for _, c := range []struct {
		name, tok, operations string
		status                int
		says                  string
	}{
		{"reader", reader, byVariable, 403, "FORBIDDEN"},
		{"stranger", stranger, byVariable, 404, "NOT_FOUND"},
		{"literal", reader, importOperations(`mutation($files:[Upload!]!){importEmails(folderID:"`+dst+`",files:$files){imported}}`,
			map[string]any{"files": []any{nil}}), 403, "FORBIDDEN"},
		{"alias and fragment", reader, importOperations(`mutation($f:ID!,$files:[Upload!]!){...F} fragment F on Mutation {x: importEmails(folderID:$f,files:$files){imported}}`,
			map[string]any{"f": dst, "files": []any{nil}}), 403, "FORBIDDEN"},
		{"default variable", reader, importOperations(`mutation($f:ID! = "`+dst+`",$files:[Upload!]!){importEmails(folderID:$f,files:$files){imported}}`,
			map[string]any{"files": []any{nil}}), 403, "FORBIDDEN"},
		{"not an import", admin, importOperations(`mutation($files:[Upload!]!){logout}`, map[string]any{"files": []any{nil}}), 400, "importEmails mutation only"},
		{"a query", admin, importOperations(`query($files:[Upload!]!){__typename}`, map[string]any{"files": []any{nil}}), 400, "importEmails mutation only"},
		{"import beside another field", admin, importOperations(`mutation($f:ID!,$files:[Upload!]!){importEmails(folderID:$f,files:$files){imported} logout}`,
			map[string]any{"f": dst, "files": []any{nil}}), 400, "not with logout"},
		{"no query", admin, `{"variables":{}}`, 400, "not named, or not found"},
		{"broken query", admin, `{"query":"mutation {"}`, 400, "does not parse"},
		{"batch", admin, `[` + byVariable + `]`, 400, "not one GraphQL request"},
	} {
		t.Run(c.name, func(t *testing.T) {
			var status int
			var msg string
			var sent int64
			inTmp := tmpPeak(func() { status, msg, sent = send(c.tok, c.operations, fifty) })
			if status != c.status || !strings.Contains(msg, c.says) {
				t.Errorf("%d %s, want %d %s", status, msg, c.status, c.says)
			}
			if sent > 8<<20 {
				t.Errorf("the client sent %d MiB of 50 before the refusal", sent>>20)
			}
			if inTmp != 0 {
				t.Errorf("%d bytes reached the temporary directory", inTmp)
			}
			if n := count(); n != 0 {
				t.Errorf("%d emails imported", n)
			}
		})
	}
	// A writer's import of the same shape still goes through, read whole;
	// sent chunked (no length), its file goes to a temporary file, not to
	// memory (gqlgen took an unknown length for a short request).
	var status int
	var msg string
	var sent int64
	inTmp := tmpPeak(func() { status, msg, sent = send(admin, byVariable, 8<<20) })
	t.Logf("a writer's import of 8 MiB: %d MiB in the temporary directory at most", inTmp>>20)
	if status != 200 || !strings.Contains(msg, `"imported":1`) || sent < 8<<20 || inTmp == 0 || count() != 1 {
		t.Fatalf("the writer's import: %d %s (%d bytes sent, %d emails)", status, msg, sent, count())
	}
}

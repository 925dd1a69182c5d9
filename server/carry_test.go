package server

import (
	"archive/zip"
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/email"
	"mailroom/ent/ledgerentry"
)

const importMutation = `mutation($f:ID!,$files:[Upload!]!){importEmails(folderID:$f,files:$files){imported duplicates failed remaining error}}`

type upFile struct{ name, body string }

// multipartImport builds an importEmails request as the
// graphql-multipart-request-spec says.
func multipartImport(t testing.TB, folderID string, files ...upFile) (string, *bytes.Buffer) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	nulls := make([]any, len(files))
	ops, _ := json.Marshal(map[string]any{"query": importMutation, "variables": map[string]any{"f": folderID, "files": nulls}})
	mw.WriteField("operations", string(ops))
	m := map[string][]string{}
	for i := range files {
		m[fmt.Sprint(i)] = []string{fmt.Sprintf("variables.files.%d", i)}
	}
	mj, _ := json.Marshal(m)
	mw.WriteField("map", string(mj))
	for i, f := range files {
		w, _ := mw.CreateFormFile(fmt.Sprint(i), f.name)
		io.WriteString(w, f.body)
	}
	mw.Close()
	return mw.FormDataContentType(), &buf
}

// importFiles posts an import with the bearer token and returns its report.
func (e *apiEnv) importFiles(tok, folderID string, files ...upFile) (int, map[string]any, string) {
	e.t.Helper()
	ctype, body := multipartImport(e.t, folderID, files...)
	req, _ := http.NewRequest("POST", e.srv.URL+"/query", body)
	req.Header.Set("Content-Type", ctype)
	req.Header.Set("Authorization", "Bearer "+tok)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	raw, _ := io.ReadAll(res.Body)
	var r gqlResp
	json.Unmarshal(raw, &r)
	rep, _ := r.Data["importEmails"].(map[string]any)
	return res.StatusCode, rep, string(raw)
}

func (e *apiEnv) download(tok, path string) (*http.Response, []byte) {
	e.t.Helper()
	req, _ := http.NewRequest("GET", e.srv.URL+path, nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		e.t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		e.t.Fatal(err)
	}
	return res, b
}

// emptyFolder creates a folder that is never fetched (its server is the
// memory one, but nothing checks it), for imports.
func (e *apiEnv) emptyFolder(tok, title string) string {
	e.t.Helper()
	ws := e.gql(tok, `mutation{createWorkspace(input:{title:"Imports"}){id}}`, nil).Data["createWorkspace"].(map[string]any)["id"]
	in := map[string]any{"workspaceID": ws, "title": title, "email": "nobody@example.com", "password": "x",
		"protocol": "IMAPS", "host": "mail.example.com", "fetchIntervalMinutes": 0}
	r := e.gql(tok, createFolder, map[string]any{"i": in})
	if len(r.Errors) > 0 {
		e.t.Fatalf("create folder: %v", r.Errors)
	}
	return r.Data["createEmailFolder"].(map[string]any)["id"].(string)
}

// originals maps the Message-ID of each email of a folder to the sha256 of
// its stored bytes, computed from the blob store.
func (e *apiEnv) originals(folderID string) map[string]string {
	e.t.Helper()
	var id int
	fmt.Sscan(folderID, &id)
	ctx := viewer.SystemContext(e.t.Context())
	emails := e.client.Email.Query().Where(email.FolderID(id)).AllX(ctx)
	out := map[string]string{}
	for _, m := range emails {
		f, err := e.blobs.Open(m.RawSha256)
		if err != nil {
			e.t.Fatal(err)
		}
		h := sha256.New()
		io.Copy(h, f)
		f.Close()
		out[m.MessageID] = hex.EncodeToString(h.Sum(nil))
	}
	return out
}

const fromLines = "From: Ann <ann@example.com>\r\nTo: bob@example.com\r\nSubject: From lines\r\nMessage-ID: <from@x>\r\n" +
	"Date: Wed, 03 Sep 2025 08:00:00 +0000\r\n\r\nFrom the start of a line\r\n>From a quoted one\r\n\r\nFrom after a blank line\r\n"

// Export a folder as mbox, import it into a new folder: the same
// Message-IDs with byte-identical originals; a second import finds them all
// duplicates. The zip export carries the same bytes and a manifest of sums.
// On SQLite and PostgreSQL.
func TestExportImportRoundTrip(t *testing.T) { onStores(t, testExportImportRoundTrip) }

func testExportImportRoundTrip(t *testing.T, e *apiEnv) {
	tok := e.login()
	e.appendMem(fromLines)
	src := e.memFolder(tok)
	if r := e.gql(tok, `mutation($f:ID!){fetchEmails(folderID:$f){imported}}`, map[string]any{"f": src}); len(r.Errors) > 0 ||
		r.Data["fetchEmails"].(map[string]any)["imported"] != 3.0 {
		t.Fatalf("fetch: %+v", r)
	}
	res, mboxBytes := e.download(tok, "/folders/"+src+"/export.mbox")
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "application/mbox" ||
		!strings.HasPrefix(res.Header.Get("Content-Disposition"), "attachment") || res.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Fatalf("export: %d %v", res.StatusCode, res.Header)
	}
	if !bytes.Contains(mboxBytes, []byte("\n>From the start of a line\r\n>>From a quoted one\r\n")) {
		t.Errorf("From lines not quoted (mboxrd):\n%s", mboxBytes)
	}
	if n := bytes.Count(mboxBytes, []byte("\nFrom ")) + 1; n != 3 {
		t.Errorf("%d separator lines, want 3", n)
	}

	dst := e.emptyFolder(tok, "Restored")
	status, rep, body := e.importFiles(tok, dst, upFile{"Bob.mbox", string(mboxBytes)})
	if status != 200 || rep == nil || rep["imported"] != 3.0 || rep["duplicates"] != 0.0 || rep["failed"] != 0.0 || rep["error"] != nil {
		t.Fatalf("import: %d %s", status, body)
	}
	want, got := e.originals(src), e.originals(dst)
	if len(want) != 3 || fmt.Sprint(want) != fmt.Sprint(got) {
		t.Errorf("originals differ:\nsource   %v\nimported %v", want, got)
	}
	// Again: every message is a duplicate, recorded in the ledger with the upload as its source.
	_, rep, body = e.importFiles(tok, dst, upFile{"Bob.mbox", string(mboxBytes)})
	if rep == nil || rep["imported"] != 0.0 || rep["duplicates"] != 3.0 {
		t.Fatalf("second import: %s", body)
	}
	ctx := viewer.SystemContext(t.Context())
	var dstID int
	fmt.Sscan(dst, &dstID)
	rows := e.client.LedgerEntry.Query().Where(ledgerentry.FolderID(dstID)).Order(ent.Asc(ledgerentry.FieldID)).AllX(ctx)
	if len(rows) != 6 || !strings.HasPrefix(rows[0].ServerUID, "upload:") || !strings.HasSuffix(rows[0].ServerUID, "/Bob.mbox#1") ||
		rows[5].Outcome != ledgerentry.OutcomeDUPLICATE {
		t.Errorf("ledger: %d rows, first %q", len(rows), rows[0].ServerUID)
	}
	runs := e.client.FetchRun.Query().Where().AllX(ctx)
	if !slices.ContainsFunc(runs, func(r *ent.FetchRun) bool { return r.Trigger == "IMPORT" && r.Imported == 3 && r.FinishedAt != nil }) {
		t.Errorf("no finished IMPORT run with 3 imported")
	}

	// A single .eml, its original bytes exactly.
	one := "Subject: single\r\nMessage-ID: <single@x>\r\n\r\nno final line break"
	if _, rep, body := e.importFiles(tok, dst, upFile{"single.eml", one}); rep == nil || rep["imported"] != 1.0 {
		t.Fatalf("eml import: %s", body)
	}
	sum := sha256.Sum256([]byte(one))
	if e.originals(dst)["single@x"] != hex.EncodeToString(sum[:]) {
		t.Error("the .eml was not stored byte for byte")
	}

	// The zip of two emails: entries named <id>-<subject>.eml and a manifest.
	r := e.gql(tok, `query($f:ID!){node(id:$f){... on EmailFolder{emails(first:10){edges{node{id subject}}}}}}`, map[string]any{"f": src})
	var ids []string
	for _, ed := range r.Data["node"].(map[string]any)["emails"].(map[string]any)["edges"].([]any) {
		ids = append(ids, ed.(map[string]any)["node"].(map[string]any)["id"].(string))
	}
	res, zipBytes := e.download(tok, "/emails/export.zip?ids="+strings.Join(ids, ","))
	if res.StatusCode != 200 || res.Header.Get("Content-Type") != "application/zip" || res.Header.Get("X-Content-Type-Options") != "nosniff" {
		t.Fatalf("zip: %d %v", res.StatusCode, res.Header)
	}
	zr, err := zip.NewReader(bytes.NewReader(zipBytes), int64(len(zipBytes)))
	if err != nil {
		t.Fatal(err)
	}
	sums := map[string]string{}
	var manifest [][]string
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		if f.Name == "manifest.csv" {
			manifest, _ = csv.NewReader(bytes.NewReader(b)).ReadAll()
			continue
		}
		s := sha256.Sum256(b)
		sums[f.Name] = hex.EncodeToString(s[:])
	}
	if len(sums) != 3 || len(manifest) != 4 {
		t.Fatalf("zip entries %v, manifest %v", sums, manifest)
	}
	for _, row := range manifest[1:] {
		if sums[row[0]] != row[3] || !slices.Contains(ids, row[1]) || !strings.HasPrefix(row[0], row[1]+"-") {
			t.Errorf("manifest row %v does not match the entry (%s)", row, sums[row[0]])
		}
	}
	if !slicesHasKeySuffix(sums, "-From-lines.eml") {
		t.Errorf("entry names: %v", sums)
	}
	// Too many ids, a malformed one, and one the viewer cannot read.
	many := ""
	for i := 0; i <= MaxExportIDs; i++ {
		many += fmt.Sprintf("%d,", i+1)
	}
	if res, _ := e.download(tok, "/emails/export.zip?ids="+many); res.StatusCode != 400 {
		t.Errorf("%d ids: %d", MaxExportIDs+1, res.StatusCode)
	}
	if res, _ := e.download(tok, "/emails/export.zip?ids=abc"); res.StatusCode != 400 {
		t.Errorf("malformed id: %d", res.StatusCode)
	}
	if res, _ := e.download(tok, "/emails/export.zip?ids="+ids[0]+",999999"); res.StatusCode != 404 {
		t.Errorf("unknown id: %d", res.StatusCode)
	}
}

func slicesHasKeySuffix(m map[string]string, suffix string) bool {
	for k := range m {
		if strings.HasSuffix(k, suffix) {
			return true
		}
	}
	return false
}

// A broken mbox imports what it can and reports the rest: data before the
// first From line, an empty message, a file that is no mbox at all.
func TestImportBrokenMbox(t *testing.T) {
	e := newAPI(t)
	tok := e.login()
	dst := e.emptyFolder(tok, "Broken")
	good := "Subject: good\r\nMessage-ID: <good@x>\r\n\r\nfine\r\n"
	broken := "this is not a message\r\n\r\nFrom a@x Mon Sep  1 10:00:00 2025\n" + good + "\nFrom b@x Mon Sep  1 10:00:00 2025\n"
	_, rep, body := e.importFiles(tok, dst, upFile{"broken.mbox", broken}, upFile{"notes.mbox", "just some text\n"})
	if rep == nil || rep["imported"] != 1.0 || rep["failed"] != 3.0 {
		t.Fatalf("broken import: %s", body)
	}
	ctx := viewer.SystemContext(t.Context())
	var id int
	fmt.Sscan(dst, &id)
	failed := e.client.LedgerEntry.Query().Where(ledgerentry.FolderID(id), ledgerentry.OutcomeEQ(ledgerentry.OutcomeFAILED)).AllX(ctx)
	var reasons []string
	for _, f := range failed {
		reasons = append(reasons, f.ServerUID+": "+f.Error)
	}
	joined := strings.Join(reasons, "\n")
	for _, want := range []string{"broken.mbox: 21 bytes before the first", "broken.mbox#2: empty message", "notes.mbox: not an mbox"} {
		if !strings.Contains(joined, want) {
			t.Errorf("ledger lacks %q:\n%s", want, joined)
		}
	}
}

// Past --max-upload-size an upload gets 413 in words, whether it announces
// its length or not; the 1 MiB limit of JSON requests does not apply.
func TestUploadSizeLimit(t *testing.T) {
	e := newAPIWith(t, func(c *Config) { c.MaxUploadSize = 3 << 20 })
	tok := e.login()
	dst := e.emptyFolder(tok, "Limits")
	big := "Subject: big\r\nMessage-ID: <big@x>\r\n\r\n" + strings.Repeat("0123456789abcdef\r\n", 2<<20/18) // 2 MiB > the JSON limit
	if status, rep, body := e.importFiles(tok, dst, upFile{"big.eml", big}); status != 200 || rep == nil || rep["imported"] != 1.0 {
		t.Fatalf("2 MiB upload under a 3 MiB limit: %d %s", status, body)
	}
	huge := big + strings.Repeat("x", 2<<20)
	for _, chunked := range []bool{false, true} {
		ctype, body := multipartImport(t, dst, upFile{"huge.eml", huge})
		var rd io.Reader = body
		if chunked {
			rd = io.MultiReader(body) // no length: sent chunked
		}
		req, _ := http.NewRequest("POST", e.srv.URL+"/query", rd)
		req.Header.Set("Content-Type", ctype)
		req.Header.Set("Authorization", "Bearer "+tok)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		msg, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(string(msg), "larger than the server's limit of 3 MB") {
			t.Errorf("chunked=%v: %d %s", chunked, res.StatusCode, msg)
		}
	}
	// Operations bigger than the JSON limit, ahead of the files, are refused before gqlgen decodes them.
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	mw.WriteField("operations", `{"query":"`+strings.Repeat(" ", 2<<20)+`{__typename}"}`)
	mw.Close()
	req, _ := http.NewRequest("POST", e.srv.URL+"/query", &buf)
	req.Header.Set("Content-Type", mw.FormDataContentType())
	req.Header.Set("Authorization", "Bearer "+tok)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	msg, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 400 || !strings.Contains(string(msg), "operations and map first") {
		t.Errorf("2 MiB of operations: %d %s", res.StatusCode, msg)
	}
}

// The attack: a page on another site posts a multipart form (no preflight)
// to /query, and the browser adds the session cookie. Without the custom
// header it is refused and nothing is imported; the SPA's request, with it,
// is served.
func TestMultipartImportCSRF(t *testing.T) {
	e := newAPI(t)
	tok := e.login()
	dst := e.emptyFolder(tok, "Target")
	cookie := e.cookieSession()
	post := func(header map[string]string, id string) int {
		ctype, body := multipartImport(t, dst, upFile{"x.eml", "Subject: planted\r\nMessage-ID: <" + id + ">\r\n\r\nspam\r\n"})
		req, _ := http.NewRequest("POST", e.srv.URL+"/query", body)
		req.Header.Set("Content-Type", ctype)
		req.AddCookie(cookie)
		for k, v := range header {
			req.Header.Set(k, v)
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		return res.StatusCode
	}
	count := func() int {
		var id int
		fmt.Sscan(dst, &id)
		return e.client.Email.Query().Where(email.FolderID(id)).CountX(viewer.SystemContext(t.Context()))
	}
	if s := post(map[string]string{"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"}, "a@x"); s != 415 {
		t.Errorf("cross-site form: %d", s)
	}
	if s := post(nil, "b@x"); s != 415 {
		t.Errorf("cookie multipart without %s: %d", CSRFHeader, s)
	}
	if s := post(map[string]string{CSRFHeader: "1", "Origin": "https://evil.example"}, "c@x"); s != 403 {
		t.Errorf("header from another origin: %d", s)
	}
	if n := count(); n != 0 {
		t.Fatalf("%d emails planted", n)
	}
	if s := post(map[string]string{CSRFHeader: "1", "Origin": e.srv.URL, "Sec-Fetch-Site": "same-origin"}, "d@x"); s != 200 || count() != 1 {
		t.Errorf("the SPA's upload: %d, %d emails", s, count())
	}
	// Without any credential an upload is refused before it is read.
	ctype, body := multipartImport(t, dst, upFile{"x.eml", "Subject: anonymous\r\n\r\nx\r\n"})
	req, _ := http.NewRequest("POST", e.srv.URL+"/query", body)
	req.Header.Set("Content-Type", ctype)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != 401 || count() != 1 {
		t.Errorf("anonymous upload: %d", res.StatusCode)
	}
}

// countingWriter counts an export without keeping it.
type countingWriter struct{ n atomic.Int64 }

func (c *countingWriter) Write(p []byte) (int, error) { c.n.Add(int64(len(p))); return len(p), nil }

// The mbox export streams: a folder ten times the size of the memory the
// export may use goes through with the heap staying flat.
func TestExportMboxMemoryIsFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("imports 40 MB")
	}
	e := newAPI(t)
	tok := e.login()
	dst := e.emptyFolder(tok, "Big")
	// 40 messages of 1 MiB each, imported as one mbox of 40 MB.
	var mbox strings.Builder
	line := strings.Repeat("z", 76) + "\r\n"
	for i := range 40 {
		fmt.Fprintf(&mbox, "From a@x Mon Sep  1 10:00:00 2025\nSubject: %d\r\nMessage-ID: <big%d@x>\r\n\r\n%s\n", i, i,
			strings.Repeat(line, (1<<20)/len(line)))
	}
	if _, rep, body := e.importFiles(tok, dst, upFile{"big.mbox", mbox.String()}); rep == nil || rep["imported"] != 40.0 {
		t.Fatalf("import: %s", body)
	}
	mbox.Reset()
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	var peak atomic.Uint64
	stop := make(chan struct{})
	go func() {
		var m runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(2 * time.Millisecond):
				runtime.ReadMemStats(&m)
				if m.HeapInuse > peak.Load() {
					peak.Store(m.HeapInuse)
				}
			}
		}
	}()
	req, _ := http.NewRequest("GET", e.srv.URL+"/folders/"+dst+"/export.mbox", nil)
	req.Header.Set("Authorization", "Bearer "+tok)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var cw countingWriter
	if _, err := io.Copy(&cw, res.Body); err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	close(stop)
	grew := int64(peak.Load()) - int64(base.HeapInuse)
	t.Logf("exported %d MB; heap in use grew by at most %.1f MB", cw.n.Load()>>20, float64(grew)/(1<<20))
	if cw.n.Load() < 40<<20 {
		t.Fatalf("exported %d bytes", cw.n.Load())
	}
	if grew > 8<<20 {
		t.Errorf("heap grew by %d MB exporting %d MB: not streamed", grew>>20, cw.n.Load()>>20)
	}
}

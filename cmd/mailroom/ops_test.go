package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"mailroom/internal/dovecottest"
)

// run runs the binary with args and returns its output and exit status.
func run(t *testing.T, bin string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			return string(out), ee.ExitCode()
		}
		t.Fatalf("%v: %v", args, err)
	}
	return string(out), 0
}

func readManifest(t *testing.T, dir string) map[string]any {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "manifest.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatal(err)
	}
	return m
}

func (p *process) download(token, path string) []byte {
	p.t.Helper()
	req, _ := http.NewRequest("GET", p.url+path, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		p.t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 {
		p.t.Fatalf("GET %s: %d %s", path, res.StatusCode, b)
	}
	return b
}

// TestBackupRestoreVerify runs the commands as an operator does, against a
// server fetching 1,000 messages from Dovecot: `mailroom backup` during the
// fetch, `mailroom restore` into a new directory, `mailroom serve` on it
// (every email of the snapshot there once, every .eml byte-identical to the
// original server's, the sealed password working: the restored server
// fetches the rest and nothing twice), a second backup that copies only the
// new blobs, and `mailroom verify` finding a truncated and a deleted blob.
func TestBackupRestoreVerify(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	dv := dovecottest.Shared(t)
	dv.ResetUser(t, "bench")
	const n = 1000
	// ~16 KB each: the fetch takes seconds, the backup a fraction of one.
	fillBench(t, dv, n, "backup", strings.Repeat("Backups are only as good as their restores. ", 370))
	bin := buildBinary(t)
	data := t.TempDir()
	p := startServer(t, bin, data, "MAILROOM_INGEST_BATCH=10")
	tok := p.login()
	ws := p.must(tok, `mutation{createWorkspace(input:{title:"Backup"}){id}}`, nil)["createWorkspace"].(map[string]any)["id"]
	// LEAVE: Dovecot keeps offering every message, so the restored server
	// must know from its own ledger what it already has.
	f := p.must(tok, `mutation($i:CreateEmailFolderInput!){createEmailFolder(input:$i){id}}`, map[string]any{"i": map[string]any{
		"workspaceID": ws, "title": "Bench", "email": "bench@example.com", "password": "benchpass", "protocol": "IMAPS",
		"host": dv.Host, "port": dv.IMAPSPort, "emailsLimit": n, "trustedCertificate": string(dv.CertPEM),
		"afterImport": "LEAVE", "push": false, "fetchIntervalMinutes": 0}})["createEmailFolder"].(map[string]any)["id"]
	vars := map[string]any{"f": f}
	fetched := make(chan error, 1)
	go func() {
		_, err := p.gql(tok, `mutation($f:ID!){fetchEmails(folderID:$f){imported}}`, vars)
		fetched <- err
	}()
	for deadline := time.Now().Add(60 * time.Second); ; {
		if d, err := p.gql(tok, countQuery, vars); err == nil && count(d) > 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the fetch did not start:\n%s", p.logs)
		}
		time.Sleep(5 * time.Millisecond)
	}
	bk := filepath.Join(t.TempDir(), "backup")
	out, status := run(t, bin, "backup", "--data-dir", data, "--to", bk)
	if status != 0 || !strings.Contains(out, "as secret as the key") {
		t.Fatalf("backup: status %d\n%s", status, out)
	}
	if err := <-fetched; err != nil {
		t.Fatal(err)
	}
	m1 := readManifest(t, bk)
	inBackup := int(m1["emails"].(float64))
	t.Logf("backup during the fetch: %d of %d emails; %s", inBackup, n, strings.TrimSpace(out))
	if inBackup <= 0 || inBackup >= n {
		t.Fatalf("the backup was not taken during the fetch: %d of %d emails\n%s", inBackup, n, p.logs)
	}
	if got := count(p.must(tok, countQuery, vars)); got != n {
		t.Fatalf("original server has %d emails", got)
	}

	// Restore and serve.
	restored := filepath.Join(t.TempDir(), "restored")
	os.WriteFile(filepath.Join(t.TempDir(), "x"), nil, 0o600)
	if out, status := run(t, bin, "restore", "--from", bk, "--data-dir", data); status == 0 || !strings.Contains(out, "not empty") {
		t.Fatalf("restore over the live data directory: status %d\n%s", status, out)
	}
	if out, status := run(t, bin, "restore", "--from", bk, "--data-dir", restored); status != 0 {
		t.Fatalf("restore: status %d\n%s", status, out)
	}
	p2 := startServer(t, bin, restored)
	tok2 := p2.login()
	// Pages of 500, the most a page may hold.
	list := `query($f:ID!,$after:Cursor){node(id:$f){... on EmailFolder{emails(first:500,after:$after){` +
		`pageInfo{hasNextPage endCursor} edges{node{id messageID}}}}}}`
	var edges []any
	for after := any(nil); ; {
		page := p2.must(tok2, list, map[string]any{"f": f, "after": after})["node"].(map[string]any)["emails"].(map[string]any)
		edges = append(edges, page["edges"].([]any)...)
		info := page["pageInfo"].(map[string]any)
		if info["hasNextPage"] != true {
			break
		}
		after = info["endCursor"]
	}
	if len(edges) != inBackup {
		t.Fatalf("restored server lists %d emails, the backup holds %d", len(edges), inBackup)
	}
	seen := map[string]bool{}
	for _, e := range edges {
		node := e.(map[string]any)["node"].(map[string]any)
		id, mid := node["id"].(string), node["messageID"].(string)
		if seen[mid] {
			t.Fatalf("%s restored twice", mid)
		}
		seen[mid] = true
		got, want := p2.download(tok2, "/emails/"+id+".eml"), p.download(tok, "/emails/"+id+".eml")
		if !bytes.Equal(got, want) || !bytes.Contains(got, []byte(mid)) {
			t.Fatalf("email %s (%s): the restored .eml differs from the original", id, mid)
		}
	}
	// The restored server decrypts the mail password with the restored key
	// and fetches what the snapshot lacked, and only that.
	rep := p2.must(tok2, `mutation($f:ID!){fetchEmails(folderID:$f){imported duplicates failed error}}`, vars)["fetchEmails"].(map[string]any)
	if rep["error"] != nil || int(rep["imported"].(float64)) != n-inBackup || rep["duplicates"].(float64) != 0 || rep["failed"].(float64) != 0 {
		t.Fatalf("fetch on the restored server: %v (backup held %d)\n%s", rep, inBackup, p2.logs)
	}
	if got := count(p2.must(tok2, countQuery, vars)); got != n {
		t.Fatalf("restored server has %d emails after its fetch, want %d", got, n)
	}

	// A second backup of the original only adds the blobs of the rest.
	before := countFiles(t, filepath.Join(bk, "blobs"))
	if out, status := run(t, bin, "backup", "--data-dir", data, "--to", bk); status != 0 {
		t.Fatalf("second backup: status %d\n%s", status, out)
	}
	m2 := readManifest(t, bk)
	added := countFiles(t, filepath.Join(bk, "blobs")) - before
	if int(m2["emails"].(float64)) != n || added != n-inBackup || int(m2["newBlobs"].(float64)) != added {
		t.Fatalf("second backup: %v emails, %d blob files added, manifest says %v new; want %d", m2["emails"], added, m2["newBlobs"], n-inBackup)
	}

	// verify, while the restored server runs.
	if out, status := run(t, bin, "verify", "--data-dir", restored); status != 0 || !strings.Contains(out, "present and intact") {
		t.Fatalf("verify of an intact store: status %d\n%s", status, out)
	}
	var victims []string
	filepath.Walk(filepath.Join(restored, "blobs"), func(path string, fi os.FileInfo, err error) error {
		if err == nil && fi.Mode().IsRegular() && len(victims) < 2 && len(fi.Name()) == 64 {
			victims = append(victims, path)
		}
		return nil
	})
	if err := os.Truncate(victims[0], 10); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(victims[1]); err != nil {
		t.Fatal(err)
	}
	out, status = run(t, bin, "verify", "--data-dir", restored)
	if status != 1 || !strings.Contains(out, "1 missing, 1 corrupted") ||
		!strings.Contains(out, filepath.Base(victims[0])) || !strings.Contains(out, filepath.Base(victims[1])) {
		t.Fatalf("verify of a damaged store: status %d\n%s", status, out)
	}
	t.Logf("verify: %s", strings.SplitN(out, "\n", 2)[0])
}

func countFiles(t *testing.T, dir string) int {
	t.Helper()
	n := 0
	filepath.Walk(dir, func(path string, fi os.FileInfo, err error) error {
		if err == nil && fi.Mode().IsRegular() {
			n++
		}
		return nil
	})
	return n
}

package main

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"

	"mailroom/internal/dovecottest"
	"mailroom/internal/pgtest"
	"mailroom/internal/s3test"
)

// runEnv is run with extra environment.
func runEnv(t *testing.T, env []string, bin string, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Env = append(os.Environ(), env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		if ee, ok := err.(*exec.ExitError); ok {
			return string(out), ee.ExitCode()
		}
		t.Fatalf("%v: %v", args, err)
	}
	return string(out), 0
}

func hexSum(b []byte) string { s := sha256.Sum256(b); return hex.EncodeToString(s[:]) }

// mailWith is a message with one attachment of the given bytes.
func mailWith(id, filename string, attachment []byte) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: Ann <ann@example.com>\r\nTo: alice@example.com\r\nSubject: %s\r\nMessage-ID: <%s@s3.example.com>\r\n"+
		"Date: Tue, 02 Sep 2025 08:00:00 +0000\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"+
		"--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--b\r\nContent-Type: application/octet-stream\r\n"+
		"Content-Disposition: attachment; filename=%q\r\nContent-Transfer-Encoding: base64\r\n\r\n", id, id, filename)
	enc := base64.StdEncoding.EncodeToString(attachment)
	for len(enc) > 76 {
		b.WriteString(enc[:76] + "\r\n")
		enc = enc[76:]
	}
	b.WriteString(enc + "\r\n--b--\r\n")
	return b.Bytes()
}

// TestTwoInstancesOnS3 runs two instances of the binary on one PostgreSQL
// and one S3 bucket (SeaweedFS), as docs/scale-out.md sets them up: A
// fetches from Dovecot (a small message and one of 14 MB, which goes up as
// a multipart upload), B serves the .eml and the attachments byte-identical
// (a Range request too); /readyz is ready; `mailroom backup` copies the
// blobs from the bucket into the backup by content address, `mailroom
// restore --blobs s3://…` copies them into another prefix; `mailroom
// verify` finds an object overwritten behind Mailroom's back, a deleted one
// and a stray; the overwritten one is refused on download; a purge from the
// trash removes the objects nothing refers to any more.
func TestTwoInstancesOnS3(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary twice")
	}
	s3 := s3test.Start(t)
	dv := dovecottest.Shared(t)
	dv.ResetUser(t, "alice")
	small := make([]byte, 3000)
	big := make([]byte, 10<<20)
	rand.Read(small)
	rand.Read(big)
	raws := [][]byte{mailWith("small", "small.bin", small), mailWith("big", "big.bin", big)}
	for _, raw := range raws {
		dv.Append(t, "alice", "INBOX", raw)
	}

	dsn := pgtest.DSN(t)
	key := make([]byte, 32)
	rand.Read(key)
	prefix := s3.NewPrefix()
	shared := append([]string{"MAILROOM_DB=" + dsn, "MAILROOM_SECRET_KEY=" + base64.StdEncoding.EncodeToString(key)}, s3.Env(prefix)...)
	bin := buildBinary(t)
	dirA := t.TempDir()
	a := startServer(t, bin, dirA, shared...)
	b := startServer(t, bin, t.TempDir(), shared...)
	tokA, tokB := a.login(), b.login()
	ws := a.must(tokA, `mutation{createWorkspace(input:{title:"S3"}){id}}`, nil)["createWorkspace"].(map[string]any)["id"]
	f := a.must(tokA, `mutation($i:CreateEmailFolderInput!){createEmailFolder(input:$i){id}}`, map[string]any{"i": map[string]any{
		"workspaceID": ws, "title": "Alice", "email": "alice@example.com", "password": dv.Password(t, "alice"), "protocol": "IMAPS",
		"host": dv.Host, "port": dv.IMAPSPort, "fetchIntervalMinutes": 0, "push": false,
		"trustedCertificate": string(dv.CertPEM)}})["createEmailFolder"].(map[string]any)["id"]
	rep := a.must(tokA, `mutation($f:ID!){fetchEmails(folderID:$f){imported failed error}}`, map[string]any{"f": f})["fetchEmails"].(map[string]any)
	if rep["imported"].(float64) != 2 {
		t.Fatalf("fetch on A: %v\n%s", rep, a.logs)
	}
	if _, err := os.Stat(filepath.Join(dirA, "blobs")); !os.IsNotExist(err) {
		t.Fatalf("A made a blob directory beside the bucket: %v", err)
	}

	// B serves what A stored.
	list := b.must(tokB, `query($f:ID!){node(id:$f){... on EmailFolder{emails(first:10){edges{node{id messageID emlURL attachments{id url}}}}}}}`,
		map[string]any{"f": f})["node"].(map[string]any)["emails"].(map[string]any)["edges"].([]any)
	type stored struct{ id, eml, att string }
	got := map[string]stored{}
	for _, e := range list {
		n := e.(map[string]any)["node"].(map[string]any)
		atts := n["attachments"].([]any)
		if len(atts) != 1 {
			t.Fatalf("email %v has %d attachments", n["messageID"], len(atts))
		}
		got[n["messageID"].(string)] = stored{n["id"].(string), n["emlURL"].(string), atts[0].(map[string]any)["url"].(string)}
	}
	smallMail, bigMail := got["small@s3.example.com"], got["big@s3.example.com"]
	if smallMail.eml == "" || bigMail.eml == "" {
		t.Fatalf("emails on B: %v", got)
	}
	for i, m := range []stored{smallMail, bigMail} {
		if eml := b.download(tokB, m.eml); !bytes.Equal(eml, raws[i]) {
			t.Fatalf("%s from B differs from the message on Dovecot (%d bytes, want %d)", m.eml, len(eml), len(raws[i]))
		}
		if att := b.download(tokB, m.att); !bytes.Equal(att, [][]byte{small, big}[i]) {
			t.Fatalf("%s from B differs from the attachment sent", m.att)
		}
	}
	req, _ := http.NewRequest("GET", b.url+bigMail.att, nil)
	req.Header.Set("Authorization", "Bearer "+tokB)
	req.Header.Set("Range", "bytes=9000000-9000099")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	part, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusPartialContent || !bytes.Equal(part, big[9000000:9000100]) {
		t.Fatalf("range of the big attachment: %d, %d bytes", res.StatusCode, len(part))
	}
	for _, p := range []*process{a, b} {
		res, err := http.Get(p.url + "/readyz")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 {
			t.Fatalf("/readyz: %d %s", res.StatusCode, body)
		}
	}

	// The objects are at their content addresses under the prefix.
	admin, ctx := s3.Client(), context.Background()
	objKey := func(sum string) string { return prefix + "/" + sum[:2] + "/" + sum[2:4] + "/" + sum }
	sums := []string{hexSum(raws[0]), hexSum(raws[1]), hexSum(small), hexSum(big)}
	for _, sum := range sums {
		if _, err := admin.StatObject(ctx, s3.Bucket, objKey(sum), minio.StatObjectOptions{}); err != nil {
			t.Fatalf("object %s: %v", objKey(sum), err)
		}
	}

	// backup: from the bucket into the backup directory, by content address.
	env := append([]string{"MAILROOM_SECRET_KEY=" + base64.StdEncoding.EncodeToString(key)}, s3.Env(prefix)...)
	bk := filepath.Join(t.TempDir(), "backup")
	out, status := runEnv(t, env, bin, "backup", "--data-dir", dirA, "--db", dsn, "--to", bk)
	if status != 0 {
		t.Fatalf("backup: status %d\n%s", status, out)
	}
	for i, sum := range sums {
		copied, err := os.ReadFile(filepath.Join(bk, "blobs", sum[:2], sum[2:4], sum))
		if err != nil || hexSum(copied) != sum {
			t.Fatalf("blob %d in the backup: %v", i, err)
		}
	}
	// restore: from the backup into another prefix of the bucket.
	prefix2 := s3.NewPrefix()
	out, status = runEnv(t, env, bin, "restore", "--from", bk, "--data-dir", filepath.Join(t.TempDir(), "restored"), "--blobs", s3.URL(prefix2))
	if status != 0 || !strings.Contains(out, "--blobs "+s3.URL(prefix2)) {
		t.Fatalf("restore into the bucket: status %d\n%s", status, out)
	}
	for i, sum := range sums {
		k := prefix2 + "/" + sum[:2] + "/" + sum[2:4] + "/" + sum
		obj, err := admin.GetObject(ctx, s3.Bucket, k, minio.GetObjectOptions{})
		if err != nil {
			t.Fatal(err)
		}
		restored, err := io.ReadAll(obj)
		obj.Close()
		if err != nil || hexSum(restored) != sum {
			t.Fatalf("blob %d restored into %s: %v", i, k, err)
		}
	}
	if out, status := runEnv(t, env, bin, "verify", "--data-dir", dirA, "--db", dsn); status != 0 || !strings.Contains(out, "4 intact") {
		t.Fatalf("verify of the intact bucket: status %d\n%s", status, out)
	}

	// Behind Mailroom's back: overwrite the small message, delete the big
	// attachment, add a stray at a content address.
	if _, err := admin.PutObject(ctx, s3.Bucket, objKey(sums[0]), bytes.NewReader([]byte("rot")), 3, minio.PutObjectOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := admin.RemoveObject(ctx, s3.Bucket, objKey(sums[3]), minio.RemoveObjectOptions{}); err != nil {
		t.Fatal(err)
	}
	stray := []byte("nothing refers to me")
	if _, err := admin.PutObject(ctx, s3.Bucket, objKey(hexSum(stray)), bytes.NewReader(stray), int64(len(stray)), minio.PutObjectOptions{}); err != nil {
		t.Fatal(err)
	}
	out, status = runEnv(t, env, bin, "verify", "--data-dir", dirA, "--db", dsn)
	if status != 1 || !strings.Contains(out, "1 missing, 1 corrupted; 1 blobs nothing refers to") ||
		!strings.Contains(out, "corrupted    "+sums[0]) || !strings.Contains(out, "missing      "+sums[3]) || !strings.Contains(out, "unreferenced "+hexSum(stray)) {
		t.Fatalf("verify after the damage: status %d\n%s", status, out)
	}
	t.Logf("verify:\n%s", out)
	res, err = http.DefaultClient.Do(func() *http.Request {
		r, _ := http.NewRequest("GET", a.url+smallMail.eml, nil)
		r.Header.Set("Authorization", "Bearer "+tokA)
		return r
	}())
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 500 || !strings.Contains(string(body), "integrity error") {
		t.Fatalf("download of the overwritten object: %d %q", res.StatusCode, body)
	}

	// A purge from the trash on B removes the objects of the email.
	b.must(tokB, `mutation($id:ID!){trashNode(id:$id){id}}`, map[string]any{"id": bigMail.id})
	b.must(tokB, `mutation($id:ID!){deleteNodePermanently(id:$id)}`, map[string]any{"id": bigMail.id})
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		_, err := admin.StatObject(ctx, s3.Bucket, objKey(sums[1]), minio.StatObjectOptions{})
		if minio.ToErrorResponse(err).Code == "NoSuchKey" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the purged email's object is still there: %v\n%s", err, b.logs)
		}
	}
	if _, err := admin.StatObject(ctx, s3.Bucket, objKey(sums[0]), minio.StatObjectOptions{}); err != nil {
		t.Fatalf("the other email's object went too: %v", err)
	}
	for _, text := range []string{a.logs.String(), b.logs.String(), out} {
		if strings.Contains(text, s3.SecretKey) {
			t.Fatalf("the S3 secret is in the logs or the output:\n%s", text)
		}
	}
}

// TestS3StartupErrors: a wrong key, an unknown bucket or an S3 server that
// is not there stop `mailroom serve` at start with a plain error, which
// shows neither the secret nor a stack; not a 500 at the first download.
func TestS3StartupErrors(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs the binary")
	}
	s3 := s3test.Start(t)
	bin := buildBinary(t)
	prefix := s3.NewPrefix()
	closed, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	nothing := "http://" + closed.Addr().String()
	closed.Close()
	for _, tc := range []struct {
		name  string
		env   []string
		words string
	}{
		{"wrong secret", []string{"AWS_SECRET_ACCESS_KEY=not-" + s3.SecretKey}, "refused the access key"},
		{"unknown bucket", []string{"MAILROOM_BLOBS=s3://no-such-bucket/x"}, `no-such-bucket\" does not exist`}, // quoted in the log line
		{"no S3 server there", []string{"MAILROOM_S3_ENDPOINT=" + nothing}, "connection refused"},
		{"no keys", []string{"AWS_ACCESS_KEY_ID=", "AWS_SECRET_ACCESS_KEY="}, "AWS_ACCESS_KEY_ID"},
		{"plain http to another host", []string{"MAILROOM_S3_ENDPOINT=http://s3.example.com"}, "plain http"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cmd := exec.Command(bin, "serve", "--addr", "127.0.0.1:0", "--data-dir", t.TempDir())
			cmd.Env = append(append(os.Environ(), s3.Env(prefix)...), tc.env...)
			done := make(chan struct{})
			var out []byte
			var err error
			go func() { out, err = cmd.CombinedOutput(); close(done) }()
			select {
			case <-done:
			case <-time.After(60 * time.Second):
				cmd.Process.Kill()
				<-done
				t.Fatalf("serve did not stop:\n%s", out)
			}
			if err == nil || !strings.Contains(string(out), tc.words) {
				t.Fatalf("serve: %v, want an error saying %q:\n%s", err, tc.words, out)
			}
			if strings.Contains(string(out), s3.SecretKey) {
				t.Fatalf("the output shows the secret:\n%s", out)
			}
			t.Logf("%s", bytes.TrimSpace(out))
		})
	}
}

// Package s3test starts a private S3-compatible server for tests: SeaweedFS
// (`weed server -s3`: a master, a volume server, a filer and the S3 gateway
// in one process) in a temporary directory, on free loopback ports, with
// its own access key, and one bucket. It is stopped and removed when the
// test ends.
//
// The binary is bin/weed of the repository, built by `make weed` from the
// module in tools/seaweedfs (pinned there, so SeaweedFS's dependencies stay
// out of Mailroom's go.mod), or $MAILROOM_WEED. Tests are skipped with a
// clear message when it is missing, unless MAILROOM_REQUIRE_S3=1 (set by
// make test), which makes a missing server a failure.
package s3test

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"

	"mailroom/blob"
)

// Server is a running SeaweedFS with its S3 gateway.
type Server struct {
	// Endpoint is the S3 gateway, http://127.0.0.1:PORT.
	Endpoint string
	// AccessKey and SecretKey are the one identity the server knows (all rights).
	AccessKey, SecretKey string
	// Bucket exists from the start; tests keep apart by prefix (NewPrefix).
	Bucket string

	dir      string
	cmd      *exec.Cmd
	done     chan error
	prefixes atomic.Int64
}

// Start starts a server for tb; tb.Cleanup stops it and removes its files.
func Start(tb testing.TB) *Server {
	tb.Helper()
	bin, err := Binary()
	if err != nil {
		if os.Getenv("MAILROOM_REQUIRE_S3") == "1" {
			tb.Fatalf("s3test: %v (MAILROOM_REQUIRE_S3=1)", err)
		}
		tb.Skipf("s3test: %v; run `make weed` to build SeaweedFS into bin/", err)
	}
	dir, err := os.MkdirTemp("", "mailroom-s3test-")
	if err != nil {
		tb.Fatalf("s3test: %v", err)
	}
	tb.Cleanup(func() { os.RemoveAll(dir) })
	s := &Server{dir: dir, AccessKey: "mailroom-" + random(6), SecretKey: random(20), Bucket: "mailroom-test"}
	identities := map[string]any{"identities": []any{map[string]any{
		"name":        "mailroom",
		"credentials": []any{map[string]string{"accessKey": s.AccessKey, "secretKey": s.SecretKey}},
		"actions":     []string{"Admin", "Read", "Write", "List", "Tagging"},
	}}}
	conf, _ := json.Marshal(identities)
	if err := os.WriteFile(filepath.Join(dir, "s3.json"), conf, 0o600); err != nil {
		tb.Fatalf("s3test: %v", err)
	}
	started := time.Now()
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ { // a free port may be taken before weed binds it
		if lastErr = s.start(bin); lastErr == nil {
			break
		}
	}
	if lastErr != nil {
		tb.Fatalf("s3test: %v", lastErr)
	}
	tb.Cleanup(func() {
		t0 := time.Now()
		s.stop()
		tb.Logf("s3test: SeaweedFS stopped in %s", time.Since(t0).Round(time.Millisecond))
	})
	ctx := context.Background()
	if err := s.Client().MakeBucket(ctx, s.Bucket, minio.MakeBucketOptions{}); err != nil {
		tb.Fatalf("s3test: create bucket %s: %v", s.Bucket, err)
	}
	// The first write waits for a volume (several seconds): here, not in a test.
	if _, err := s.Client().PutObject(ctx, s.Bucket, "warm-up", strings.NewReader("x"), 1, minio.PutObjectOptions{}); err != nil {
		tb.Fatalf("s3test: first write: %v", err)
	}
	if err := s.Client().RemoveObject(ctx, s.Bucket, "warm-up", minio.RemoveObjectOptions{}); err != nil {
		tb.Fatalf("s3test: %v", err)
	}
	tb.Logf("s3test: SeaweedFS answering at %s in %s", s.Endpoint, time.Since(started).Round(time.Millisecond))
	return s
}

func (s *Server) start(bin string) error {
	ports, err := freePorts(8)
	if err != nil {
		return err
	}
	data := filepath.Join(s.dir, "data")
	if err := os.MkdirAll(data, 0o700); err != nil {
		return err
	}
	logPath := filepath.Join(s.dir, "weed.log")
	logFile, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	defer logFile.Close()
	p := func(i int) string { return strconv.Itoa(ports[i]) }
	cmd := exec.Command(bin, "server",
		"-dir="+data, "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
		"-master.port="+p(0), "-master.port.grpc="+p(1), "-master.telemetry=false",
		"-master.volumeSizeLimitMB=64", "-volume.max=64",
		"-volume.port="+p(2), "-volume.port.grpc="+p(3), "-volume.preStopSeconds=0",
		"-filer", "-filer.port="+p(4), "-filer.port.grpc="+p(5), "-filer.localSocket="+filepath.Join(s.dir, "filer.sock"),
		"-s3", "-s3.port="+p(6), "-s3.port.grpc="+p(7), "-s3.port.iceberg=0", "-s3.port.lance=0",
		"-s3.localSocket="+filepath.Join(s.dir, "s3.sock"),
		"-s3.config="+filepath.Join(s.dir, "s3.json"), "-s3.autoCreateBucket=false")
	cmd.Dir = s.dir
	// One volume per bucket instead of seven: the first write to a bucket
	// then waits for one file to be made, not seven.
	cmd.Env = append(os.Environ(), "WEED_MASTER_VOLUME_GROWTH_COPY_1=1")
	cmd.Stdout, cmd.Stderr = logFile, logFile
	// Its own process group, killed by the kernel if the test process dies.
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGKILL}
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start %s: %w", bin, err)
	}
	s.cmd = cmd
	s.done = make(chan error, 1)
	go func() { s.done <- cmd.Wait() }()
	s.Endpoint = "http://127.0.0.1:" + p(6)

	deadline := time.Now().Add(90 * time.Second)
	for {
		select {
		case err := <-s.done:
			s.cmd = nil
			log, _ := os.ReadFile(logPath)
			return fmt.Errorf("weed exited: %v\n%s", err, tail(log))
		default:
		}
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		_, err := s.Client().ListBuckets(ctx)
		cancel()
		if err == nil {
			return nil
		}
		if time.Now().After(deadline) {
			s.stop()
			log, _ := os.ReadFile(logPath)
			return fmt.Errorf("the S3 gateway did not answer within 90 s: %v\n%s", err, tail(log))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// Stop stops the server before the test ends (to see what a client does
// when it is gone); its files stay until the end.
func (s *Server) Stop() { s.stop() }

// stop asks weed to stop, and kills its process group if it does not go.
func (s *Server) stop() {
	if s.cmd == nil || s.cmd.Process == nil {
		return
	}
	pgid := s.cmd.Process.Pid
	_ = syscall.Kill(-pgid, syscall.SIGTERM)
	select {
	case <-s.done:
	case <-time.After(2 * time.Second): // its graceful stop takes 10 s; nothing here needs it
		_ = syscall.Kill(-pgid, syscall.SIGKILL)
		<-s.done
	}
	s.cmd = nil
}

// Client is an S3 client with the server's identity, for what a test does
// behind Mailroom's back (overwrite or delete an object, list a bucket).
func (s *Server) Client() *minio.Client {
	c, err := minio.New(s.Endpoint[len("http://"):], &minio.Options{
		Creds:      credentials.NewStaticV4(s.AccessKey, s.SecretKey, ""),
		MaxRetries: 1,
	})
	if err != nil {
		panic(err) // only for a malformed endpoint, which Start never makes
	}
	return c
}

// NewPrefix is a prefix no other test of this server uses.
func (s *Server) NewPrefix() string { return fmt.Sprintf("t%d", s.prefixes.Add(1)) }

// URL is --blobs for prefix: s3://BUCKET/PREFIX.
func (s *Server) URL(prefix string) string { return "s3://" + s.Bucket + "/" + prefix }

// Config is the blob store's configuration for prefix of the bucket.
func (s *Server) Config(prefix string) blob.S3Config {
	return blob.S3Config{Endpoint: s.Endpoint, Bucket: s.Bucket, Prefix: prefix, AccessKey: s.AccessKey, SecretKey: s.SecretKey}
}

// Env is the environment of `mailroom serve` on prefix of the bucket.
func (s *Server) Env(prefix string) []string {
	return []string{"MAILROOM_BLOBS=" + s.URL(prefix), "MAILROOM_S3_ENDPOINT=" + s.Endpoint,
		"AWS_ACCESS_KEY_ID=" + s.AccessKey, "AWS_SECRET_ACCESS_KEY=" + s.SecretKey}
}

// Store opens a blob store on a fresh prefix of the bucket.
func (s *Server) Store(tb testing.TB) *blob.Store {
	tb.Helper()
	st, err := blob.OpenS3(context.Background(), s.Config(s.NewPrefix()))
	if err != nil {
		tb.Fatalf("s3test: %v", err)
	}
	return st
}

// Binary finds weed: $MAILROOM_WEED, bin/weed of the repository, or weed on PATH.
func Binary() (string, error) {
	if p := os.Getenv("MAILROOM_WEED"); p != "" {
		if isExecutable(p) {
			return p, nil
		}
		return "", fmt.Errorf("MAILROOM_WEED=%s is not an executable", p)
	}
	if root, err := repoRoot(); err == nil {
		if p := filepath.Join(root, "bin", "weed"); isExecutable(p) {
			return p, nil
		}
	}
	if p, err := exec.LookPath("weed"); err == nil {
		return p, nil
	}
	return "", errors.New("SeaweedFS is not built (no bin/weed)")
}

// repoRoot is the directory of Mailroom's go.mod above the working directory.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if b, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && strings.TrimSpace(strings.SplitN(string(b), "\n", 2)[0]) == "module mailroom" {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("not inside the repository")
		}
		dir = parent
	}
}

func isExecutable(path string) bool {
	st, err := os.Stat(path)
	return err == nil && !st.IsDir() && st.Mode()&0o111 != 0
}

func freePorts(n int) ([]int, error) {
	var ports []int
	var lns []net.Listener
	defer func() {
		for _, l := range lns {
			l.Close()
		}
	}()
	for range n {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return nil, fmt.Errorf("find a free port: %w", err)
		}
		lns = append(lns, l)
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

func random(n int) string {
	b := make([]byte, n)
	rand.Read(b)
	return hex.EncodeToString(b)
}

// tail is the end of a log, enough to see why weed stopped.
func tail(b []byte) []byte {
	if len(b) > 4000 {
		return b[len(b)-4000:]
	}
	return b
}

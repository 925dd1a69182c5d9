// Package pgtest starts a private PostgreSQL for tests: a fresh cluster in a
// temporary directory, listening on a free loopback port and a socket in that
// directory, stopped and removed when the test ends.
//
// Tests are skipped with a clear message when PostgreSQL is not installed,
// unless MAILROOM_REQUIRE_POSTGRES=1 (set by make test), which makes a
// missing PostgreSQL a failure.
package pgtest

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // driver "pgx"
)

// Server is a running private PostgreSQL.
type Server struct {
	dir  string
	bin  string
	data string
	cred *syscall.Credential
	port int
	cmd  *exec.Cmd
	done chan error
	dbs  atomic.Int64
}

// DSN starts a private PostgreSQL for tb and returns the URL of a fresh
// database on it. Tests that need several databases call Start and NewDatabase.
func DSN(tb testing.TB) string {
	tb.Helper()
	return Start(tb).NewDatabase(tb)
}

// Start initialises and starts a cluster; tb.Cleanup stops it and removes its
// files. When the process runs as root the cluster is run by an unprivileged
// user (PostgreSQL refuses root): MAILROOM_PG_USER, else "nobody".
func Start(tb testing.TB) *Server {
	tb.Helper()
	bin, err := BinDir()
	if err != nil {
		if os.Getenv("MAILROOM_REQUIRE_POSTGRES") == "1" {
			tb.Fatalf("pgtest: %v (MAILROOM_REQUIRE_POSTGRES=1)", err)
		}
		tb.Skipf("pgtest: %v; install PostgreSQL 15 (apt-get install postgresql) to run this test", err)
	}
	cred, err := runAs()
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	dir, err := os.MkdirTemp("", "mailroom-pgtest-")
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	tb.Cleanup(func() { os.RemoveAll(dir) })
	if cred != nil {
		if err := os.Chown(dir, int(cred.Uid), int(cred.Gid)); err != nil {
			tb.Fatalf("pgtest: give %s to the PostgreSQL user: %v", dir, err)
		}
	}
	data := filepath.Join(dir, "data")
	initdb := exec.Command(filepath.Join(bin, "initdb"), "-D", data, "-U", "postgres", "-A", "trust",
		"-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions")
	initdb.SysProcAttr = procAttr(cred)
	initdb.Env = append(os.Environ(), "LC_ALL=C.UTF-8")
	if out, err := initdb.CombinedOutput(); err != nil {
		tb.Fatalf("pgtest: initdb: %v\n%s", err, out)
	}

	s := &Server{dir: dir, bin: bin, data: data, cred: cred}
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ { // a free port may be taken before postgres binds it
		s.port = 0
		if lastErr = s.start(); lastErr == nil {
			break
		}
	}
	if lastErr != nil {
		tb.Fatalf("pgtest: %v", lastErr)
	}
	tb.Cleanup(s.stop)
	return s
}

// Restart stops the server with a fast shutdown, which ends every session as
// a database restart does, and starts it again on the same port and files.
func (s *Server) Restart(tb testing.TB) {
	tb.Helper()
	s.stop()
	if err := s.start(); err != nil {
		tb.Fatalf("pgtest: restart: %v", err)
	}
}

// start runs postgres on s.port, or on a free port when it is 0.
func (s *Server) start() error {
	bin, data, cred := s.bin, s.data, s.cred
	if s.port == 0 {
		port, err := freePort()
		if err != nil {
			return err
		}
		s.port = port
	}
	port := s.port
	logPath := filepath.Join(s.dir, "postgres.log")
	logFile, err := os.OpenFile(logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644) // a restart adds to it
	if err != nil {
		return err
	}
	defer logFile.Close()
	// Durability is not what these tests check: fsync off keeps them fast.
	cmd := exec.Command(filepath.Join(bin, "postgres"), "-D", data, "-p", strconv.Itoa(port),
		"-h", "127.0.0.1", "-k", s.dir, "-c", "fsync=off", "-c", "synchronous_commit=off",
		"-c", "full_page_writes=off", "-c", "max_connections=50")
	cmd.SysProcAttr = procAttr(cred)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start postgres: %w", err)
	}
	s.cmd = cmd
	s.done = make(chan error, 1)
	go func() { s.done <- cmd.Wait() }()

	deadline := time.Now().Add(30 * time.Second)
	for {
		select {
		case err := <-s.done:
			log, _ := os.ReadFile(logPath)
			return fmt.Errorf("postgres exited: %v\n%s", err, log)
		default:
		}
		if err := s.ping("postgres"); err == nil {
			return nil
		} else if time.Now().After(deadline) {
			s.stop()
			log, _ := os.ReadFile(logPath)
			return fmt.Errorf("postgres not ready after 30 s: %v\n%s", err, log)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// stop asks for a fast shutdown, and kills the server if it does not go.
func (s *Server) stop() {
	if s.cmd == nil || s.cmd.Process == nil {
		return
	}
	_ = s.cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-s.done:
	case <-time.After(15 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.done
	}
	s.cmd = nil
}

// URL is the DSN of database name on the server.
func (s *Server) URL(name string) string {
	return fmt.Sprintf("postgres://postgres@127.0.0.1:%d/%s?sslmode=disable", s.port, name)
}

// NewDatabase creates an empty database and returns its DSN.
func (s *Server) NewDatabase(tb testing.TB) string {
	tb.Helper()
	name := fmt.Sprintf("test_%d", s.dbs.Add(1))
	db, err := sql.Open("pgx", s.URL("postgres"))
	if err != nil {
		tb.Fatalf("pgtest: %v", err)
	}
	defer db.Close()
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		tb.Fatalf("pgtest: create database %s: %v", name, err)
	}
	return s.URL(name)
}

func (s *Server) ping(name string) error {
	db, err := sql.Open("pgx", s.URL(name))
	if err != nil {
		return err
	}
	defer db.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	return db.PingContext(ctx)
}

// BinDir finds the directory of initdb and postgres: pg_config --bindir, the
// newest /usr/lib/postgresql/*/bin, or initdb on PATH.
func BinDir() (string, error) {
	var candidates []string
	if out, err := exec.Command("pg_config", "--bindir").Output(); err == nil {
		candidates = append(candidates, strings.TrimSpace(string(out)))
	}
	versions, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	sort.Slice(versions, func(i, j int) bool { return pgVersion(versions[i]) > pgVersion(versions[j]) })
	candidates = append(candidates, versions...)
	if p, err := exec.LookPath("initdb"); err == nil {
		if real, err := filepath.EvalSymlinks(p); err == nil {
			p = real
		}
		candidates = append(candidates, filepath.Dir(p))
	}
	for _, dir := range candidates {
		if isExecutable(filepath.Join(dir, "initdb")) && isExecutable(filepath.Join(dir, "postgres")) {
			return dir, nil
		}
	}
	return "", errors.New("PostgreSQL is not installed (no initdb and postgres found)")
}

func pgVersion(binDir string) int {
	n, _ := strconv.Atoi(filepath.Base(filepath.Dir(binDir)))
	return n
}

func isExecutable(path string) bool {
	st, err := os.Stat(path)
	return err == nil && !st.IsDir() && st.Mode()&0o111 != 0
}

// runAs is the unprivileged user to run PostgreSQL as when we are root.
func runAs() (*syscall.Credential, error) {
	if os.Geteuid() != 0 {
		return nil, nil
	}
	name := os.Getenv("MAILROOM_PG_USER")
	if name == "" {
		name = "nobody"
	}
	u, err := user.Lookup(name)
	if err != nil {
		return nil, fmt.Errorf("running as root, PostgreSQL needs an unprivileged user: %w", err)
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	if uid == 0 {
		return nil, fmt.Errorf("MAILROOM_PG_USER=%s is root; PostgreSQL refuses to run as root", name)
	}
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}, nil
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, fmt.Errorf("find a free port: %w", err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

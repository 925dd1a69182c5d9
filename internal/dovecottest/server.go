// Package dovecottest runs a private Dovecot for tests, with the shared
// scripts dovecot-up.sh and dovecot-down.sh, on free loopback ports so that
// packages testing in parallel never collide.
//
// A package whose tests share one server declares
//
//	func TestMain(m *testing.M) { dovecottest.Main(m) }
//
// and calls Shared in its tests. When Dovecot is not installed the tests are
// skipped, unless MAILROOM_REQUIRE_DOVECOT=1 (make test, CI), where they fail.
package dovecottest

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// Host is the loopback address Dovecot listens on; its certificate names it
// and localhost.
const Host = "127.0.0.1"

// users are the accounts dovecot-up.sh creates.
var users = map[string]string{
	"bench": "benchpass",
	"alice": "alicepass",
	"bob":   "bobpass",
}

// Server is a private Dovecot started for tests.
type Server struct {
	Dir       string // instance directory (config, logs, maildirs)
	Cert      string // path of the self-signed certificate (SANs localhost, 127.0.0.1)
	Host      string // always Host
	IMAPPort  int    // plain IMAP, STARTTLS offered
	IMAPSPort int    // implicit TLS
	POP3Port  int    // plain POP3, STLS offered
	CertPEM   []byte // content of Cert

	scripts  string
	watchdog *exec.Cmd
	stopOnce sync.Once
}

// Start starts a Dovecot for one test; tb.Cleanup stops it.
func Start(tb testing.TB) *Server {
	tb.Helper()
	return startFor(tb)
}

// StartOAuth starts a Dovecot for one test that also accepts OAuth2 bearer
// tokens (XOAUTH2, OAUTHBEARER), checking each by POSTing it to
// introspectionURL (see dovecot-up.sh).
func StartOAuth(tb testing.TB, introspectionURL string) *Server {
	tb.Helper()
	return startFor(tb, "OAUTH2_INTROSPECTION_URL="+introspectionURL)
}

func startFor(tb testing.TB, env ...string) *Server {
	tb.Helper()
	scripts := prerequisites(tb)
	s, err := start(scripts, env...)
	if err != nil {
		tb.Fatalf("dovecottest: %v", err)
	}
	tb.Cleanup(func() {
		if err := s.stop(); err != nil {
			tb.Errorf("dovecottest: %v", err)
		}
	})
	return s
}

var shared struct {
	sync.Mutex
	main bool // Main is running the tests
	srv  *Server
	err  error
}

// Shared returns the Dovecot of this test binary, started on first use and
// stopped by Main. Tests sharing it must keep to distinct users or call
// ResetUser.
func Shared(tb testing.TB) *Server {
	tb.Helper()
	scripts := prerequisites(tb)
	shared.Lock()
	defer shared.Unlock()
	if !shared.main {
		tb.Fatal("dovecottest: Shared needs func TestMain(m *testing.M) { dovecottest.Main(m) } in the package, which stops the server")
	}
	if shared.srv == nil && shared.err == nil {
		shared.srv, shared.err = start(scripts)
	}
	if shared.err != nil {
		tb.Fatalf("dovecottest: %v", shared.err)
	}
	return shared.srv
}

// Main runs the tests, then stops the shared server. Call it from TestMain;
// the test binary exits with the tests' status when TestMain returns.
func Main(m *testing.M) {
	shared.Lock()
	shared.main = true
	shared.Unlock()

	// The testing package exits with m.Run's status when TestMain returns.
	m.Run()

	shared.Lock()
	defer shared.Unlock()
	if shared.srv != nil {
		if err := shared.srv.stop(); err != nil {
			fmt.Fprintf(os.Stderr, "dovecottest: %v\n", err)
		}
		shared.srv = nil
	}
}

// Users returns the test accounts: user name → password.
func (s *Server) Users() map[string]string {
	out := make(map[string]string, len(users))
	for u, p := range users {
		out[u] = p
	}
	return out
}

// Password returns the password of user, failing tb for an unknown user.
func (s *Server) Password(tb testing.TB, user string) string {
	tb.Helper()
	p, ok := users[user]
	if !ok {
		tb.Fatalf("dovecottest: unknown user %q (have bench, alice, bob)", user)
	}
	return p
}

// TLSConfig trusts the server's certificate for Host.
func (s *Server) TLSConfig() *tls.Config {
	pool := x509.NewCertPool()
	pool.AppendCertsFromPEM(s.CertPEM)
	return &tls.Config{ServerName: s.Host, RootCAs: pool}
}

// IMAPAddr, IMAPSAddr and POP3Addr are host:port of the listeners.
func (s *Server) IMAPAddr() string  { return addr(s.Host, s.IMAPPort) }
func (s *Server) IMAPSAddr() string { return addr(s.Host, s.IMAPSPort) }
func (s *Server) POP3Addr() string  { return addr(s.Host, s.POP3Port) }

func addr(host string, port int) string { return net.JoinHostPort(host, fmt.Sprint(port)) }

// prerequisites returns the scripts directory, or skips (fails when Dovecot
// is required) if Dovecot or the scripts are missing.
func prerequisites(tb testing.TB) string {
	tb.Helper()
	missing := func(format string, args ...any) {
		tb.Helper()
		msg := "dovecottest: " + fmt.Sprintf(format, args...)
		if os.Getenv("MAILROOM_REQUIRE_DOVECOT") == "1" {
			tb.Fatal(msg + " (MAILROOM_REQUIRE_DOVECOT=1)")
		}
		tb.Skip(msg + "; set MAILROOM_REQUIRE_DOVECOT=1 to make this a failure")
	}
	for _, cmd := range []string{"dovecot", "doveconf", "openssl", "bash"} {
		if _, err := exec.LookPath(cmd); err != nil {
			missing("%s not installed (apt-get install -y dovecot-imapd dovecot-pop3d openssl)", cmd)
		}
	}
	scripts, err := scriptsDir()
	if err != nil {
		missing("%v", err)
	}
	return scripts
}

// scriptsDir finds shared/scripts: $MAILROOM_SHARED/scripts, or ../shared/scripts
// next to the repository root (the directory holding go.mod).
func scriptsDir() (string, error) {
	var dir string
	if shared := os.Getenv("MAILROOM_SHARED"); shared != "" {
		dir = filepath.Join(shared, "scripts")
	} else {
		root, err := repoRoot()
		if err != nil {
			return "", err
		}
		dir = filepath.Join(filepath.Dir(root), "shared", "scripts")
	}
	for _, name := range []string{"dovecot-up.sh", "dovecot-down.sh"} {
		if _, err := os.Stat(filepath.Join(dir, name)); err != nil {
			return "", fmt.Errorf("shared script %s not found in %s (set MAILROOM_SHARED to the shared directory)", name, dir)
		}
	}
	return dir, nil
}

func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory")
		}
		dir = parent
	}
}

// start runs dovecot-up.sh in a fresh directory. Free ports are found by
// listening on port 0; another process may take one before Dovecot binds it,
// so a failed start is retried with new ports.
func start(scripts string, env ...string) (*Server, error) {
	var lastErr error
	for attempt := 0; attempt < 4; attempt++ {
		s, err := startOnce(scripts, env)
		if err == nil {
			return s, nil
		}
		lastErr = err
	}
	return nil, lastErr
}

func startOnce(scripts string, env []string) (*Server, error) {
	ports, err := freePorts(3)
	if err != nil {
		return nil, err
	}
	// Not t.TempDir: Dovecot's mail processes run as nobody when we are
	// root and must traverse the path, which a 0700 test directory forbids.
	// The short /tmp path also keeps Dovecot's socket paths under the limit.
	dir, err := os.MkdirTemp("", "mailroom-dovecot-")
	if err != nil {
		return nil, err
	}
	s := &Server{
		Dir:       dir,
		Cert:      filepath.Join(dir, "etc", "ssl", "cert.pem"),
		Host:      Host,
		IMAPPort:  ports[0],
		IMAPSPort: ports[1],
		POP3Port:  ports[2],
		scripts:   scripts,
	}
	// Started before Dovecot so that no run leaves a daemon behind.
	if err := s.startWatchdog(); err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	cmd := exec.Command("bash", filepath.Join(scripts, "dovecot-up.sh"), dir)
	cmd.Env = append(os.Environ(),
		fmt.Sprintf("IMAP_PORT=%d", s.IMAPPort),
		fmt.Sprintf("IMAPS_PORT=%d", s.IMAPSPort),
		fmt.Sprintf("POP3_PORT=%d", s.POP3Port),
	)
	cmd.Env = append(cmd.Env, env...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		log, _ := os.ReadFile(filepath.Join(dir, "log", "dovecot.log"))
		s.stop()
		return nil, fmt.Errorf("dovecot-up.sh: %v\n%s\n%s", err, out, tail(log, 20))
	}
	if s.CertPEM, err = os.ReadFile(s.Cert); err != nil {
		s.stop()
		return nil, err
	}
	return s, nil
}

// freePorts returns n distinct free loopback ports, holding them all open
// at once so they differ.
func freePorts(n int) ([]int, error) {
	var ports []int
	for range n {
		l, err := net.Listen("tcp", Host+":0")
		if err != nil {
			return nil, err
		}
		defer l.Close()
		ports = append(ports, l.Addr().(*net.TCPAddr).Port)
	}
	return ports, nil
}

// startWatchdog starts a shell that stops this Dovecot once the test
// process is gone, covering a test binary killed by -timeout or a signal,
// where no cleanup runs. It has its own process group so a Ctrl-C reaches
// the tests but not the watchdog.
func (s *Server) startWatchdog() error {
	const script = `while kill -0 "$1" 2>/dev/null; do sleep 1; done; bash "$2" "$3"; rm -rf "$3"`
	cmd := exec.Command("sh", "-c", script, "watchdog",
		fmt.Sprint(os.Getpid()), filepath.Join(s.scripts, "dovecot-down.sh"), s.Dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	// Stdio stays /dev/null: an inherited pipe would keep go test waiting.
	if err := cmd.Start(); err != nil {
		return fmt.Errorf("start watchdog: %w", err)
	}
	s.watchdog = cmd
	return nil
}

// stop stops Dovecot, the watchdog and removes the directory.
func (s *Server) stop() error {
	var err error
	s.stopOnce.Do(func() {
		if s.watchdog != nil {
			s.watchdog.Process.Kill()
			s.watchdog.Wait()
		}
		out, downErr := exec.Command("bash", filepath.Join(s.scripts, "dovecot-down.sh"), s.Dir).CombinedOutput()
		if downErr != nil {
			err = fmt.Errorf("dovecot-down.sh %s: %v\n%s", s.Dir, downErr, out)
			return // keep the directory for a look at the logs
		}
		err = removeAll(s.Dir)
	})
	return err
}

// removeAll retries briefly: Dovecot's last processes may still be writing
// after the master has exited.
func removeAll(dir string) error {
	var err error
	for range 20 {
		if err = os.RemoveAll(dir); err == nil {
			return nil
		}
		time.Sleep(50 * time.Millisecond)
	}
	return err
}

func tail(b []byte, n int) string {
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

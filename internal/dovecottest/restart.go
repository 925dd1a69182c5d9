package dovecottest

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// Down stops the server and ends its sessions, as a service manager's stop
// does; Up starts it again on the same directory, ports and mail. For a
// private server (Start), not the shared one other tests use.
//
// dovecot-down.sh stops the master process only: the imap and pop3
// processes serving open connections live on and finish their commands, so
// Down kills them (they are found by their working directory, a mail home
// under s.Dir).
func (s *Server) Down(tb testing.TB) {
	tb.Helper()
	s.script(tb, "dovecot-down.sh")
	s.killSessions(tb)
}

// Up starts the server again after Down.
func (s *Server) Up(tb testing.TB) { s.script(tb, "dovecot-up.sh") }

func (s *Server) script(tb testing.TB, name string) {
	tb.Helper()
	defer func(start time.Time) { tb.Logf("%s took %s", name, time.Since(start).Round(time.Millisecond)) }(time.Now())
	cmd := exec.Command("bash", filepath.Join(s.scripts, name), s.Dir)
	cmd.Env = append(os.Environ(), fmt.Sprintf("IMAP_PORT=%d", s.IMAPPort),
		fmt.Sprintf("IMAPS_PORT=%d", s.IMAPSPort), fmt.Sprintf("POP3_PORT=%d", s.POP3Port))
	if out, err := cmd.CombinedOutput(); err != nil {
		tb.Fatalf("%s: %v\n%s", name, err, out)
	}
}

func (s *Server) killSessions(tb testing.TB) {
	tb.Helper()
	procs, _ := filepath.Glob("/proc/[0-9]*")
	for _, p := range procs {
		cwd, err := os.Readlink(filepath.Join(p, "cwd"))
		if err != nil || !strings.HasPrefix(cwd, s.Dir+string(filepath.Separator)) {
			continue
		}
		pid, err := strconv.Atoi(filepath.Base(p))
		if err != nil || pid == os.Getpid() {
			continue
		}
		if err := syscall.Kill(pid, syscall.SIGKILL); err == nil {
			tb.Logf("killed Dovecot session process %d (%s)", pid, cwd)
		}
	}
}

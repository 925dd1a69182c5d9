package pgtest

import "syscall"

// procAttr runs a PostgreSQL process as cred, in its own process group, and
// has the kernel stop it if the test process dies without cleaning up.
func procAttr(cred *syscall.Credential) *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Credential: cred, Setpgid: true, Pdeathsig: syscall.SIGKILL}
}

//go:build !linux

package pgtest

import "syscall"

// procAttr runs a PostgreSQL process as cred, in its own process group.
func procAttr(cred *syscall.Credential) *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Credential: cred, Setpgid: true}
}

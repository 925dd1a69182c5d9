package search

import "syscall"

// pdfProcAttr: the child dies with the server (SIGKILL when its parent goes).
func pdfProcAttr() *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
}

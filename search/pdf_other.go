//go:build !linux

package search

import "syscall"

func pdfProcAttr() *syscall.SysProcAttr { return nil }

package main

import (
	"os"
	"runtime"

	"mailroom/search"
)

// extract-pdf is not in the usage: the server runs it, one child per PDF
// attachment (search.PDFReader), never a person.
func init() {
	commands["extract-pdf"] = func(args []string, _ func(string) string) int {
		return search.PDFChildMain(args, os.Stdin, os.Stdout, os.Stderr)
	}
}

// pdfReader runs this very binary's extract-pdf: /proc/self/exe on Linux
// stays the running image even when the file was replaced by an upgrade.
func pdfReader() *search.PDFReader {
	exe := "/proc/self/exe"
	if runtime.GOOS != "linux" {
		var err error
		if exe, err = os.Executable(); err != nil {
			return nil
		}
	}
	return search.NewPDFReader([]string{exe, "extract-pdf"}, search.PDFLimits{})
}

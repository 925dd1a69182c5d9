package search

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"
)

// Exit statuses of the PDF child besides 0 (text on stdout). A Go runtime
// failure (out of memory, stack overflow) exits 2, a limit's kill is a signal.
const (
	pdfExitUnreadable = 3 // not a PDF the library reads (or it panicked)
	pdfExitTooLarge   = 4 // more than MaxPDF bytes on stdin
	pdfExitLimits     = 5 // the limits could not be set: nothing was parsed
	pdfExitUsage      = 6
)

// pdfMaxStack bounds the child's goroutine stacks (deeply nested objects
// recurse in the library's parser): a stack overflow, not a gigabyte stack.
const pdfMaxStack = 64 << 20

// PDFChildMain is the child's side of PDFReader: `mailroom extract-pdf`.
// It puts its own limits on before reading anything — an address space of
// its size at start plus -memory bytes (RLIMIT_AS; the Go runtime reserves
// about a gigabyte of address space at start, so a limit set before exec
// would stop the runtime itself), -cpu seconds of CPU (RLIMIT_CPU, a kill
// at the hard limit), no files written, no core dumps — then reads at most
// MaxPDF bytes of PDF from stdin and writes its text to stdout, valid
// UTF-8, cut at MaxPartText. Errors go to stderr in fixed words, never
// with the PDF's content. It returns the exit status.
func PDFChildMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("extract-pdf", flag.ContinueOnError)
	fs.SetOutput(stderr)
	memory := fs.Int64("memory", 0, "bytes of address space the extraction may add (RLIMIT_AS above the size at start)")
	cpu := fs.Int64("cpu", 0, "seconds of CPU (RLIMIT_CPU)")
	if err := fs.Parse(args); err != nil || *memory <= 0 || *cpu <= 0 {
		fmt.Fprintln(stderr, "usage: mailroom extract-pdf -memory BYTES -cpu SECONDS < file.pdf")
		return pdfExitUsage
	}
	closeInherited()
	if err := limitSelf(uint64(*memory), uint64(*cpu)); err != nil {
		fmt.Fprintln(stderr, "extract-pdf: set limits:", err)
		return pdfExitLimits
	}
	data, err := io.ReadAll(io.LimitReader(stdin, MaxPDF+1))
	if err != nil {
		fmt.Fprintln(stderr, "extract-pdf: read stdin:", err)
		return pdfExitUnreadable
	}
	if len(data) > MaxPDF {
		fmt.Fprintln(stderr, "extract-pdf: the PDF is too large")
		return pdfExitTooLarge
	}
	text, err := pdfText(data)
	if err != nil {
		fmt.Fprintln(stderr, "extract-pdf: not a readable PDF")
		return pdfExitUnreadable
	}
	if _, err := io.WriteString(stdout, text); err != nil {
		return pdfExitUnreadable
	}
	return 0
}

// limitSelf puts the child's limits on itself.
func limitSelf(memory, cpuSeconds uint64) error {
	size, err := addressSpace()
	if err != nil {
		return err
	}
	as := size + memory
	limits := []struct {
		resource int
		value    uint64
	}{
		{syscall.RLIMIT_AS, as},
		{syscall.RLIMIT_CPU, cpuSeconds}, // soft = hard: the kernel kills at the hard limit
		{syscall.RLIMIT_FSIZE, 0},
		{syscall.RLIMIT_CORE, 0},
	}
	for _, l := range limits {
		if err := syscall.Setrlimit(l.resource, &syscall.Rlimit{Cur: l.value, Max: l.value}); err != nil {
			return fmt.Errorf("resource %d: %w", l.resource, err)
		}
	}
	debug.SetMaxStack(pdfMaxStack)
	return nil
}

// closeInherited closes the descriptors above stderr the child inherited:
// everything the server opens is close-on-exec, but a descriptor a C
// library (or whatever started the server) opened without it would
// otherwise reach the parser. Those the child's runtime opened itself are
// close-on-exec (Go opens everything so); only the others survived exec.
func closeInherited() {
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		return
	}
	for _, e := range entries {
		fd, err := strconv.Atoi(e.Name())
		if err != nil || fd <= 2 {
			continue
		}
		flags, _, errno := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_GETFD, 0)
		if errno != 0 || flags&syscall.FD_CLOEXEC != 0 {
			continue // gone (ReadDir's own), or the runtime's
		}
		syscall.Close(fd)
	}
}

// addressSpace is the process's virtual size now (VmSize), in bytes.
func addressSpace() (uint64, error) {
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, err
	}
	for line := range strings.SplitSeq(string(status), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmSize:"); ok {
			kb, err := strconv.ParseUint(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				return 0, fmt.Errorf("VmSize %q: %w", rest, err)
			}
			return kb << 10, nil
		}
	}
	return 0, errors.New("no VmSize in /proc/self/status")
}

// pdfText is the text of the PDF's pages, in order, until MaxPartText is
// reached (the pages after it are not read). Invalid UTF-8 and control
// characters from fonts without a usable Unicode map become spaces.
func pdfText(data []byte) (text string, err error) {
	defer func() {
		if recover() != nil { // the library panics on some malformed files
			text, err = "", errors.New("malformed PDF")
		}
	}()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return "", err
	}
	var b strings.Builder
	for i := 1; i <= r.NumPage() && b.Len() < MaxPartText; i++ {
		p := r.Page(i)
		if p.V.IsNull() {
			break // the page count said more pages than the tree has
		}
		s, err := p.GetPlainText(nil)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
		b.WriteByte('\n')
	}
	return cutText(strings.Map(controlToSpace, strings.ToValidUTF8(b.String(), " "))), nil
}

// controlToSpace keeps line breaks and tabs of the control characters:
// the others come from fonts whose codes the library could not map.
func controlToSpace(r rune) rune {
	if (r < 0x20 && r != '\n' && r != '\t') || r == 0x7f {
		return ' '
	}
	return r
}

// cutText cuts s at MaxPartText bytes, on a character boundary.
func cutText(s string) string {
	if len(s) <= MaxPartText {
		return s
	}
	cut := MaxPartText
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut]
}

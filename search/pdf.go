package search

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"slices"
	"strconv"
	"syscall"
	"time"
	"unicode/utf8"
)

// PDF text is read by github.com/ledongthuc/pdf, which builds content
// streams in memory without a bound: it never runs in the server process.
// PDFReader starts a child process of the same binary (PDFChildMain) per
// PDF, under a wall-clock timeout, an address-space and a CPU limit, with an
// empty environment (GOMEMLIMIT and GOMAXPROCS only) and no file descriptors but its
// three pipes, and at most Concurrent at once. A child that fails in any
// way leaves the attachment indexed by its name.

// MaxPDF is the largest PDF whose text is read; a larger one is indexed by
// its name only.
const MaxPDF = 16 << 20

// PDFLimits bound one PDF child. A zero field takes its default.
type PDFLimits struct {
	// Timeout is the wall-clock time a child may take before SIGKILL; default 10 s.
	Timeout time.Duration
	// Memory is the address space a child may add to what its Go runtime
	// reserved at start (RLIMIT_AS); default 512 MiB. GOMEMLIMIT is set to
	// three quarters of it, so the collector works before the hard limit.
	Memory int64
	// CPU is the CPU time a child may use (RLIMIT_CPU, whole seconds, then
	// the kernel kills it); default 8 s.
	CPU time.Duration
	// Concurrent is how many children may run at once; default 2.
	Concurrent int
}

func (l PDFLimits) withDefaults() PDFLimits {
	if l.Timeout <= 0 {
		l.Timeout = 10 * time.Second
	}
	if l.Memory <= 0 {
		l.Memory = 512 << 20
	}
	if l.CPU < time.Second {
		l.CPU = 8 * time.Second
	}
	if l.Concurrent <= 0 {
		l.Concurrent = 2
	}
	return l
}

// Why a PDF's text was not read. The attachment is then indexed by name.
var (
	ErrPDFTooLarge   = fmt.Errorf("the PDF is larger than %d MiB", MaxPDF>>20)
	ErrPDFTimeout    = errors.New("reading the PDF took too long; the reader was stopped")
	ErrPDFMemory     = errors.New("reading the PDF needed more memory than allowed")
	ErrPDFCPU        = errors.New("reading the PDF used more CPU time than allowed")
	ErrPDFUnreadable = errors.New("the PDF could not be read")
	ErrPDFGarbage    = errors.New("the PDF reader's output was not valid text")
	ErrPDFCrashed    = errors.New("the PDF reader stopped unexpectedly")
)

// PDFReader reads the text of PDFs in child processes.
type PDFReader struct {
	command []string
	limits  PDFLimits
	sem     chan struct{}
	// started, in tests, is told each child's process ID once it runs, and
	// finished when it has been waited for.
	started, finished func(pid int)
}

// NewPDFReader reads PDFs by running command (the binary and its
// extract-pdf subcommand, e.g. os.Executable() and "extract-pdf") under limits.
func NewPDFReader(command []string, limits PDFLimits) *PDFReader {
	limits = limits.withDefaults()
	return &PDFReader{command: command, limits: limits, sem: make(chan struct{}, limits.Concurrent)}
}

// Text returns the text of the PDF read from r (size bytes, as the
// attachment says), or why there is none.
func (p *PDFReader) Text(ctx context.Context, r io.Reader, size int64) (string, error) {
	if size > MaxPDF {
		return "", ErrPDFTooLarge
	}
	select {
	case p.sem <- struct{}{}:
		defer func() { <-p.sem }()
	case <-ctx.Done():
		return "", ctx.Err()
	}
	run, cancel := context.WithTimeout(ctx, p.limits.Timeout)
	defer cancel()
	args := append(slices.Clone(p.command[1:]),
		"-memory", strconv.FormatInt(p.limits.Memory, 10),
		"-cpu", strconv.FormatInt(int64(p.limits.CPU/time.Second), 10))
	cmd := exec.CommandContext(run, p.command[0], args...)
	// One processor per child: Concurrent children take at most Concurrent cores.
	cmd.Env = []string{"GOMEMLIMIT=" + strconv.FormatInt(p.limits.Memory/4*3, 10), "GOMAXPROCS=1"}
	cmd.Dir = "/"
	cmd.SysProcAttr = pdfProcAttr()
	cmd.WaitDelay = time.Second // the pipes' copies end soon after a kill
	cmd.Stdin = io.LimitReader(r, MaxPDF+1)
	out := &cappedBuffer{max: MaxPartText}
	errOut := &cappedBuffer{max: 4 << 10}
	cmd.Stdout, cmd.Stderr = out, errOut
	if err := cmd.Start(); err != nil {
		return "", fmt.Errorf("start the PDF reader: %w", err)
	}
	if p.started != nil {
		p.started(cmd.Process.Pid)
	}
	err := cmd.Wait()
	if p.finished != nil {
		p.finished(cmd.Process.Pid)
	}
	if ctx.Err() != nil {
		return "", ctx.Err()
	}
	if run.Err() != nil {
		return "", ErrPDFTimeout
	}
	if err != nil {
		return "", pdfFailure(cmd, errOut.Bytes(), p.limits.CPU)
	}
	if out.over || !utf8.Valid(out.Bytes()) {
		return "", ErrPDFGarbage
	}
	return out.String(), nil
}

// pdfFailure says why a child that was not timed out failed.
func pdfFailure(cmd *exec.Cmd, stderr []byte, cpu time.Duration) error {
	st := cmd.ProcessState
	if st == nil {
		return ErrPDFCrashed
	}
	if ws, ok := st.Sys().(syscall.WaitStatus); ok && ws.Signaled() {
		if ws.Signal() == syscall.SIGKILL && st.UserTime()+st.SystemTime() >= cpu-100*time.Millisecond {
			return ErrPDFCPU
		}
		return ErrPDFCrashed
	}
	switch st.ExitCode() {
	case pdfExitUnreadable:
		return ErrPDFUnreadable
	case pdfExitTooLarge:
		return ErrPDFTooLarge
	case 2: // the Go runtime's fatal errors
		for _, sign := range []string{"out of memory", "cannot allocate memory", "failed to create new OS thread"} {
			if bytes.Contains(stderr, []byte(sign)) {
				return ErrPDFMemory
			}
		}
	}
	return ErrPDFCrashed
}

// cappedBuffer keeps the first max bytes written to it and notes the rest,
// which it discards (a child that writes without end costs no memory).
type cappedBuffer struct {
	bytes.Buffer
	max  int
	over bool
}

func (b *cappedBuffer) Write(p []byte) (int, error) {
	if room := b.max - b.Len(); len(p) > room {
		b.over = true
		b.Buffer.Write(p[:max(room, 0)])
		return len(p), nil
	}
	return b.Buffer.Write(p)
}

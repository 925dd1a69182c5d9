package search_test

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/go-pdf/fpdf"

	"mailroom/auth/viewer"
	"mailroom/internal/minipdf"
	"mailroom/mail"
	"mailroom/search"
)

// The test binary is also the PDF child: PDFReader runs it with
// extract-pdf, as the server runs `mailroom extract-pdf`.
func TestMain(m *testing.M) {
	if len(os.Args) > 1 && os.Args[1] == "extract-pdf" {
		os.Exit(search.PDFChildMain(os.Args[2:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

func pdfReader(t testing.TB, limits search.PDFLimits) *search.PDFReader {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return search.NewPDFReader([]string{exe, "extract-pdf"}, limits)
}

// fpdfDocument is a real PDF, written by go-pdf/fpdf in Helvetica, one
// line per argument.
func fpdfDocument(t testing.TB, lines ...string) []byte {
	t.Helper()
	doc := fpdf.New("P", "mm", "A4", "")
	tr := doc.UnicodeTranslatorFromDescriptor("") // cp1252, Helvetica's encoding
	doc.AddPage()
	doc.SetFont("Helvetica", "", 12)
	for _, l := range lines {
		doc.MultiCell(0, 6, tr(l), "", "L", false)
	}
	var b bytes.Buffer
	if err := doc.Output(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// handPDF is a PDF of the given objects (numbered from 1, object 1 the
// catalog) with a correct cross-reference table.
func handPDF(objects ...string) []byte { return minipdf.File("", objects...) }

// onePage is a one-page PDF whose content stream is stream (an object body).
func onePage(stream string) []byte {
	return handPDF("<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>",
		stream)
}

// flateBomb is a one-page PDF whose compressed content stream inflates to
// one string literal of n bytes, which the library's lexer collects in memory.
func flateBomb(t testing.TB, n int) []byte {
	t.Helper()
	var z bytes.Buffer
	w, _ := zlib.NewWriterLevel(&z, zlib.BestSpeed)
	chunk := bytes.Repeat([]byte("A"), 1<<20)
	io.WriteString(w, "BT /F1 12 Tf (")
	for range n >> 20 {
		w.Write(chunk)
	}
	io.WriteString(w, ") Tj ET")
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return onePage(fmt.Sprintf("<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream", z.Len(), z.Bytes()))
}

// pageCycle is a PDF whose page tree is its own kid: finding page 1 never ends.
func pageCycle() []byte {
	return handPDF("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [2 0 R] /Count 1000 >>")
}

// rss is this process's resident set, in bytes.
func rss(t testing.TB) int64 {
	t.Helper()
	status, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Skip("no /proc:", err)
	}
	for line := range strings.SplitSeq(string(status), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	t.Fatal("no VmRSS")
	return 0
}

// The library reads the text of an ordinary PDF (fpdf's output, with
// the default limits), accents included.
func TestPDFTextOfAnOrdinaryPDF(t *testing.T) {
	doc := fpdfDocument(t, "Invoice 2024-117 for the zeppelin hangar", "Lieferung nach München, Straße 5")
	text, err := pdfReader(t, search.PDFLimits{}).Text(context.Background(), bytes.NewReader(doc), int64(len(doc)))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"Invoice 2024-117 for the zeppelin hangar", "München", "Straße"} {
		if !strings.Contains(text, w) {
			t.Errorf("text %q lacks %q", text, w)
		}
	}
}

func pdfMessage(subject, name string, pdf []byte) string {
	return "From: Finance <finance@example.com>\r\nTo: board@example.com\r\nSubject: " + subject + "\r\n" +
		"Message-ID: <" + name + "@example.com>\r\nDate: Fri, 01 Mar 2024 09:00:00 +0000\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n" +
		"--b\r\nContent-Type: application/pdf; name=" + name + "\r\nContent-Disposition: attachment; filename=" + name + "\r\n" +
		"Content-Transfer-Encoding: base64\r\n\r\n" + base64.StdEncoding.EncodeToString(pdf) + "\r\n--b--\r\n"
}

// logs collects what a service logs.
type logs struct {
	mu    sync.Mutex
	lines []string
}

func (l *logs) Enabled(context.Context, slog.Level) bool { return true }
func (l *logs) Handle(_ context.Context, r slog.Record) error {
	var b strings.Builder
	b.WriteString(r.Message)
	r.Attrs(func(a slog.Attr) bool { fmt.Fprintf(&b, " %s=%v", a.Key, a.Value); return true })
	l.mu.Lock()
	l.lines = append(l.lines, b.String())
	l.mu.Unlock()
	return nil
}
func (l *logs) WithAttrs([]slog.Attr) slog.Handler { return l }
func (l *logs) WithGroup(string) slog.Handler      { return l }

func (l *logs) matching(s string) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, line := range l.lines {
		if strings.Contains(line, s) {
			out = append(out, line)
		}
	}
	return out
}

// PDF text goes through the real pipeline into the index: a word inside a
// PDF is found, with the attachment snippet; a broken PDF (the corpus's
// truncated broken.pdf) and a PDF bomb leave the email imported, found by
// the PDF's name, and a warning with the email's ID and none of its content;
// mailroom reindex (Backfill) reads PDFs too.
func TestPDFTextIsSearchable(t *testing.T) {
	e := newEnv(t, "")
	var l logs
	e.te.Log = slog.New(&l)
	e.index.PDF = pdfReader(t, search.PDFLimits{Memory: 128 << 20})
	bomb := flateBomb(t, 512<<20)
	f := e.imported("Invoices",
		pdfMessage("Hangar invoice", "invoice-117.pdf", fpdfDocument(t, "Invoice for the zeppelin hangar", "Lieferung nach München")),
		corpus(t, "mikel-mail/attachment_emails/attachment_pdf.eml"),
		pdfMessage("Bomb", "bomb.pdf", bomb))
	sys := viewer.SystemContext(context.Background())
	check := func(when string) {
		t.Helper()
		for _, c := range []struct{ query, want, snippet string }{
			{"zeppelin", "Hangar invoice", "in attachment invoice-117.pdf: "},
			{"münchen", "Hangar invoice", "<mark>München</mark>"},
			{"invoice-117.pdf", "Hangar invoice", ""},
			{"broken.pdf", pdf, ""},
			{"bomb.pdf", "Bomb", ""},
		} {
			first := 5
			conn, err := e.index.Search(sys, e.client, c.query, &f.ID, &first, nil)
			if err != nil || conn.TotalCount != 1 || conn.Edges[0].Node.Subject != c.want {
				t.Fatalf("%s: search %q: %+v %v, want %q", when, c.query, conn, err, c.want)
			}
			if c.snippet == "" {
				continue
			}
			s, err := e.index.Snippet(sys, e.client, c.query, conn.Edges[0].Node.ID)
			if err != nil || s == nil || !strings.Contains(*s, c.snippet) {
				t.Errorf("%s: snippet of %q: %v %v, want it to contain %q", when, c.query, deref(s), err, c.snippet)
			}
		}
	}
	check("ingest")
	ids := map[string]int{}
	for _, m := range e.client.Email.Query().AllX(sys) {
		ids[m.Subject] = m.ID
	}
	warned := l.matching("attachment indexed by its name only")
	want := map[string]error{pdf: search.ErrPDFUnreadable, "Bomb": search.ErrPDFMemory}
	if len(warned) != len(want) {
		t.Fatalf("warnings %q, want one for each of %v", warned, want)
	}
	for subject, err := range want {
		if len(l.matching(fmt.Sprintf("email=%d attachment=0 error=%s", ids[subject], err))) != 1 {
			t.Errorf("no warning for %q with %v among %q", subject, err, warned)
		}
	}
	for _, w := range warned {
		if strings.Contains(w, "AAAA") || strings.Contains(w, "zeppelin") {
			t.Errorf("a warning shows content: %q", w)
		}
	}

	if err := e.index.Clear(e.sys); err != nil {
		t.Fatal(err)
	}
	if n, err := e.index.Backfill(e.sys, e.client, e.te.Blobs, nil); err != nil || n != 3 {
		t.Fatalf("backfill: %d %v", n, err)
	}
	check("reindex")
}

// A PDF bomb (a flate stream of a 512 MiB string) kills the child on its
// address-space limit — not on the timeout, nor on the CPU limit — and the
// server's memory does not grow.
func TestPDFBombHitsTheMemoryLimit(t *testing.T) {
	bomb := flateBomb(t, 512<<20)
	r := pdfReader(t, search.PDFLimits{Memory: 128 << 20, Timeout: time.Minute, CPU: time.Minute})
	before := rss(t)
	start := time.Now()
	_, err := r.Text(context.Background(), bytes.NewReader(bomb), int64(len(bomb)))
	if !errors.Is(err, search.ErrPDFMemory) {
		t.Fatalf("bomb: %v, want %v", err, search.ErrPDFMemory)
	}
	if grew := rss(t) - before; grew > 16<<20 {
		t.Errorf("the server's RSS grew by %d MiB", grew>>20)
	}
	t.Logf("%d KiB of PDF stopped after %s", len(bomb)>>10, time.Since(start).Round(time.Millisecond))
}

// A PDF that never ends (a page tree that is its own kid) is killed by the
// CPU limit, or by the wall clock when that comes first.
func TestPDFLoopHitsTheCPULimitOrTheTimeout(t *testing.T) {
	loop := pageCycle()
	for _, c := range []struct {
		name   string
		limits search.PDFLimits
		want   error
		within time.Duration
	}{
		{"cpu", search.PDFLimits{CPU: time.Second, Timeout: time.Minute}, search.ErrPDFCPU, 30 * time.Second},
		{"timeout", search.PDFLimits{CPU: time.Minute, Timeout: time.Second}, search.ErrPDFTimeout, 5 * time.Second},
	} {
		t.Run(c.name, func(t *testing.T) {
			start := time.Now()
			_, err := pdfReader(t, c.limits).Text(context.Background(), bytes.NewReader(loop), int64(len(loop)))
			if !errors.Is(err, c.want) {
				t.Fatalf("%v, want %v", err, c.want)
			}
			if took := time.Since(start); took > c.within {
				t.Errorf("took %s", took)
			}
		})
	}
}

// Broken, truncated and hostile PDFs are refused with a reason (or read
// as no text), never a crash of the server.
func TestPDFGarbage(t *testing.T) {
	good := fpdfDocument(t, "a perfectly fine document")
	deep := "BT " + strings.Repeat("[", 2000000) + strings.Repeat("]", 2000000) + " TJ ET"
	nested := onePage(fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(deep), deep))
	r := pdfReader(t, search.PDFLimits{Timeout: 20 * time.Second})
	for _, c := range []struct {
		name string
		data []byte
		size int64
		want error
	}{
		{"empty", nil, 0, search.ErrPDFUnreadable},
		{"not a pdf", []byte("hello, I am a text file\n"), 24, search.ErrPDFUnreadable},
		{"truncated", good[:len(good)/2], int64(len(good) / 2), search.ErrPDFUnreadable},
		{"random", bytes.Repeat([]byte{0x25, 0x50, 0x44, 0x46, 0xff, 0x00, 0x13}, 1000), 7000, search.ErrPDFUnreadable},
		{"deeply nested", nested, int64(len(nested)), nil}, // read without a crash: no text
		{"too large", bytes.Repeat([]byte("x"), search.MaxPDF+1), search.MaxPDF + 1, search.ErrPDFTooLarge},
		{"larger than said", bytes.Repeat([]byte("x"), search.MaxPDF+10), 10, search.ErrPDFTooLarge},
	} {
		t.Run(c.name, func(t *testing.T) {
			text, err := r.Text(context.Background(), bytes.NewReader(c.data), c.size)
			if !errors.Is(err, c.want) || strings.TrimSpace(text) != "" {
				t.Fatalf("%q, %v; want %v", text, err, c.want)
			}
		})
	}
}

// gate is a PDF on stdin that stays unread until the gate opens.
type gate struct {
	open <-chan struct{}
	r    io.Reader
}

func (g *gate) Read(p []byte) (int, error) {
	<-g.open
	return g.r.Read(p)
}

// At most Concurrent children run at once: the others wait their turn.
func TestPDFChildrenAreBounded(t *testing.T) {
	doc := fpdfDocument(t, "bounded")
	r := pdfReader(t, search.PDFLimits{Concurrent: 2})
	var mu sync.Mutex
	running, peak, started := 0, 0, 0
	r.SetPDFHooks(func(int) {
		mu.Lock()
		running++
		started++
		peak = max(peak, running)
		mu.Unlock()
	}, func(int) {
		mu.Lock()
		running--
		mu.Unlock()
	})
	open := make(chan struct{})
	const n = 6
	errs := make(chan error, n)
	for range n {
		go func() {
			text, err := r.Text(context.Background(), &gate{open, bytes.NewReader(doc)}, int64(len(doc)))
			if err == nil && !strings.Contains(text, "bounded") {
				err = fmt.Errorf("text %q", text)
			}
			errs <- err
		}()
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		mu.Lock()
		s := started
		mu.Unlock()
		if s == 2 || time.Now().After(deadline) {
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	time.Sleep(300 * time.Millisecond) // time for a third to start, were it allowed
	mu.Lock()
	if started != 2 {
		t.Errorf("%d children started while two were waiting for input", started)
	}
	mu.Unlock()
	close(open)
	for range n {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
	if peak != 2 {
		t.Errorf("at most %d children ran at once, want 2", peak)
	}
}

// The child runs with an empty environment but GOMEMLIMIT and GOMAXPROCS, its limits set
// before it reads the PDF, and no descriptor of the server's but its three
// pipes — not even one opened without close-on-exec.
func TestPDFChildIsolation(t *testing.T) {
	secret := filepath.Join(t.TempDir(), "server-secret")
	if err := os.WriteFile(secret, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	fd, err := syscall.Open(secret, syscall.O_RDONLY, 0) // no O_CLOEXEC: a leak exec would pass on
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(fd)
	t.Setenv("MAILROOM_SECRET_KEY", "do-not-pass")
	doc := fpdfDocument(t, "isolated")
	r := pdfReader(t, search.PDFLimits{Memory: 300 << 20, CPU: 7 * time.Second})
	pids := make(chan int, 1)
	r.SetPDFHooks(func(pid int) { pids <- pid }, nil)
	open := make(chan struct{})
	done := make(chan error, 1)
	go func() {
		_, err := r.Text(context.Background(), &gate{open, bytes.NewReader(doc)}, int64(len(doc)))
		done <- err
	}()
	pid := <-pids
	proc := fmt.Sprintf("/proc/%d/", pid)
	// The child sets its limits and closes what it inherited first thing:
	// wait for it (it then blocks reading stdin, held by the gate).
	var limits string
	deadline := time.Now().Add(10 * time.Second)
	for {
		b, _ := os.ReadFile(proc + "limits")
		limits = string(b)
		if strings.Contains(limits, "Max cpu time              7") || time.Now().After(deadline) {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	env, err := os.ReadFile(proc + "environ")
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("GOMEMLIMIT=%d\x00GOMAXPROCS=1\x00", (300<<20)/4*3); string(env) != want {
		t.Errorf("environment %q, want %q", env, want)
	}
	for _, want := range []string{"Max cpu time              7                    7", "Max file size             0                    0", "Max core file size        0                    0"} {
		if !strings.Contains(limits, want) {
			t.Errorf("limits lack %q:\n%s", want, limits)
		}
	}
	as := ""
	for line := range strings.SplitSeq(limits, "\n") {
		if strings.HasPrefix(line, "Max address space") {
			as = line
		}
	}
	if f := strings.Fields(as); len(f) < 5 || f[3] == "unlimited" {
		t.Errorf("no address-space limit: %q", as)
	} else if n, _ := strconv.ParseInt(f[3], 10, 64); n < 300<<20 || n > 4<<30 {
		t.Errorf("address-space limit %d", n)
	}
	fds, err := os.ReadDir(proc + "fd")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range fds {
		target, _ := os.Readlink(proc + "fd/" + e.Name())
		info, _ := os.ReadFile(proc + "fdinfo/" + e.Name())
		n, _ := strconv.Atoi(e.Name())
		if n <= 2 {
			continue
		}
		// Descriptors the child opened are close-on-exec; one without it came from the server.
		var flags int64
		for line := range strings.SplitSeq(string(info), "\n") {
			if rest, ok := strings.CutPrefix(line, "flags:"); ok {
				flags, _ = strconv.ParseInt(strings.TrimSpace(rest), 8, 64)
			}
		}
		if flags&syscall.O_CLOEXEC == 0 || target == secret {
			t.Errorf("the child holds descriptor %d of the server: %s", n, target)
		}
	}
	close(open)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// Extract reads PDFs only when given a reader, and by type or by name.
func TestExtractPDFParts(t *testing.T) {
	doc := fpdfDocument(t, "walrus")
	open := func(string) (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(doc)), nil }
	atts := []mail.Attachment{
		{Filename: "a.pdf", ContentType: "application/pdf", Size: int64(len(doc))},
		{Filename: "B.PDF", ContentType: "application/octet-stream", Size: int64(len(doc))},
		{Filename: "c.bin", ContentType: "application/octet-stream", Size: int64(len(doc))},
		{Filename: "huge.pdf", ContentType: "application/pdf", Size: search.MaxPDF + 1},
	}
	var warned []int
	parts := search.Extract(context.Background(), atts, open, pdfReader(t, search.PDFLimits{}), func(i int, _ error) { warned = append(warned, i) })
	for i, want := range []bool{true, true, false, false} {
		if got := strings.Contains(parts[i].Text, "walrus"); got != want || parts[i].Name != atts[i].Filename {
			t.Errorf("part %d: %+v, want text %v", i, parts[i], want)
		}
	}
	if len(warned) != 0 {
		t.Errorf("warned of %v", warned)
	}
	if parts := search.Extract(context.Background(), atts[:1], open, nil, nil); parts[0].Text != "" {
		t.Errorf("without a reader: %+v", parts[0])
	}
}

// ReadPDFs (ingest reads an email's PDFs after its commit) leaves an email
// that is gone by then out of the index instead of writing it back.
func TestReadPDFsOfAnEmailGone(t *testing.T) {
	e := newEnv(t, "")
	e.index.PDF = pdfReader(t, search.PDFLimits{})
	const gone = 987654321
	if err := e.index.ReadPDFs(context.Background(), e.client, e.te.Blobs, gone, func(int, error) { t.Error("warned") }); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := e.te.DB.QueryRow(`SELECT count(*) FROM email_search_doc WHERE email_id = ?`, gone).Scan(&n); err != nil || n != 0 {
		t.Fatalf("%d documents of an email that does not exist (%v)", n, err)
	}
}

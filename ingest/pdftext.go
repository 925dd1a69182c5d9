package ingest

import (
	"context"
	"io"
	"log/slog"
	"sync"

	"mailroom/mail"
	"mailroom/search"
)

// PDF text is read after the commit, off the fetch. Each PDF is read by a
// child process (search.PDFReader: bounded in time, memory and number),
// which costs about 0.1 s of CPU to start; read on the parse workers, a
// mailbox with one PDF in ten messages imported at a third of its speed.
// An email is indexed at its commit with its PDFs by name, like any
// attachment; their text replaces that document moments later.
const (
	// pdfQueue bounds the emails whose PDFs wait to be read. A full queue
	// holds the commit back, so text reading falls behind by at most this.
	pdfQueue = 256
	// pdfWorkers read PDFs at once (the reader bounds its children too).
	pdfWorkers = 2
)

// pdfJob is a committed email whose PDFs are to be read.
type pdfJob struct {
	doc  search.Doc // as indexed at the commit, the PDFs by name
	atts []mail.Attachment
	pdfs []int // positions in atts
}

// pdfText reads the PDFs of committed emails into the index.
type pdfText struct {
	s       *Service
	jobs    chan pdfJob
	pending sync.WaitGroup // jobs queued or being read
	workers sync.WaitGroup
}

// startPDFText starts the readers when the index reads PDFs; nil otherwise.
func (s *Service) startPDFText() *pdfText {
	if s.opts.Search == nil || s.opts.Search.PDF == nil {
		return nil
	}
	p := &pdfText{s: s, jobs: make(chan pdfJob, pdfQueue)}
	for range pdfWorkers {
		p.workers.Add(1)
		go p.work()
	}
	return p
}

// queue hands the PDFs of a committed email to the readers, waiting while
// the queue is full; a run that ends first (shutdown) leaves them by name.
func (p *pdfText) queue(ctx context.Context, j pdfJob) {
	p.pending.Add(1)
	select {
	case p.jobs <- j:
	case <-ctx.Done():
		p.pending.Done()
		p.s.log.Warn("PDF text not read: the run ended first; mailroom reindex reads it",
			slog.Int("folder", j.doc.FolderID), slog.Int("email", j.doc.ID))
	case <-p.s.stopCtx.Done():
		p.pending.Done()
	}
}

func (p *pdfText) work() {
	defer p.workers.Done()
	for {
		select {
		case <-p.s.stopCtx.Done():
			return
		case j := <-p.jobs:
			p.read(j)
			p.pending.Done()
		}
	}
}

// read reads j's PDFs and writes the email's document again with their
// text. A PDF that cannot be read stays indexed by name, with a warning
// that names the email, never its content.
func (p *pdfText) read(j pdfJob) {
	ctx := p.s.stopCtx
	parts := append([]search.Part(nil), j.doc.Parts...)
	open := func(sum string) (io.ReadCloser, error) { return p.s.blobs.Open(sum) }
	read := 0
	for _, at := range j.pdfs {
		text, err := search.ReadPDF(ctx, j.atts[at], open, p.s.opts.Search.PDF)
		if err != nil {
			if ctx.Err() == nil {
				p.s.log.Warn("attachment indexed by its name only", slog.Int("folder", j.doc.FolderID),
					slog.Int("email", j.doc.ID), slog.Int("attachment", at), slog.Any("error", err))
			}
			continue
		}
		if text != "" {
			parts[at].Text = text
			read++
		}
	}
	if read == 0 {
		return
	}
	d := j.doc
	d.Parts = parts
	if err := p.s.opts.Search.Replace(ctx, d); err != nil && ctx.Err() == nil {
		p.s.log.Warn("PDF text not indexed; mailroom reindex reads it", slog.Int("folder", d.FolderID),
			slog.Int("email", d.ID), slog.Any("error", err))
	}
}

// close stops the readers (Service.Close, after the runs) and tells how
// many emails' PDFs were left by name.
func (p *pdfText) close() {
	if p == nil {
		return
	}
	p.workers.Wait()
	left := 0
	for {
		select {
		case j := <-p.jobs:
			left++
			p.s.log.Debug("PDF text not read before shutdown", slog.Int("folder", j.doc.FolderID), slog.Int("email", j.doc.ID))
			p.pending.Done()
			continue
		default:
		}
		break
	}
	if left > 0 {
		p.s.log.Warn("PDF text of some emails not read before shutdown; mailroom reindex reads it", slog.Int("emails", left))
	}
}

// WaitPDFText waits until the PDFs of every committed email are read.
func (s *Service) WaitPDFText() {
	if s.pdf != nil {
		s.pdf.pending.Wait()
	}
}

package ingest

import (
	"context"
	"log/slog"
	"sync"
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

// pdfJob is a committed email whose PDFs are to be read: its ID only, so
// a full queue holds no message text (the email is read back from the
// database when its turn comes).
type pdfJob struct{ emailID, folderID int }

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
			slog.Int("folder", j.folderID), slog.Int("email", j.emailID))
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

// read indexes j's email again with the text of its PDFs. A PDF that
// cannot be read stays indexed by name, with a warning that names the
// email, never its content.
func (p *pdfText) read(j pdfJob) {
	ctx := p.s.stopCtx
	err := p.s.opts.Search.ReadPDFs(ctx, p.s.client, p.s.blobs, j.emailID, func(position int, err error) {
		if ctx.Err() == nil {
			p.s.log.Warn("attachment indexed by its name only", slog.Int("folder", j.folderID),
				slog.Int("email", j.emailID), slog.Int("attachment", position), slog.Any("error", err))
		}
	})
	if err != nil && ctx.Err() == nil {
		p.s.log.Warn("PDF text not indexed; mailroom reindex reads it", slog.Int("folder", j.folderID),
			slog.Int("email", j.emailID), slog.Any("error", err))
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
			p.s.log.Debug("PDF text not read before shutdown", slog.Int("folder", j.folderID), slog.Int("email", j.emailID))
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

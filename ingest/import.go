package ingest

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"path"
	"strings"
	"time"

	"mailroom/activity"
	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/events"
	"mailroom/mail/mbox"
)

// Upload is one uploaded file: a single message (.eml) or an mbox.
type Upload struct {
	Filename string
	Size     int64 // -1 when unknown
	Body     io.Reader
}

// MaxImportFiles bounds the files of one import request.
const MaxImportFiles = 1000

// ErrTooManyFiles refuses an import of more than MaxImportFiles files.
var ErrTooManyFiles = &InputError{Msg: fmt.Sprintf("an import takes at most %d files at a time", MaxImportFiles)}

// InputError is a request the caller must change (BAD_USER_INPUT).
type InputError struct{ Msg string }

func (e *InputError) Error() string { return e.Msg }

// Import stores uploaded messages in a folder through the fetch pipeline:
// the same dedupe, blob store, ledger (each message's source is
// "upload:<run>/<file>#<n>"), search index, threads and events as a fetch,
// recorded as a run with trigger IMPORT. It needs WRITE on the folder, like
// checking email: it adds mail, it changes no setting. Files are read as
// streams (each message goes to the blob store as it is read); a broken
// mbox imports what it can, and what is not a message is reported failed,
// in the report and the ledger.
func (s *Service) Import(ctx context.Context, folderID int, files []Upload) (Report, error) {
	runAs, err := auth.Authorize(ctx, auth.Target{FolderID: folderID}, viewer.Write)
	if err != nil {
		return Report{}, err
	}
	actor := 0 // who imports, for the history
	if v := viewer.FromContext(ctx); v != nil && !v.System {
		actor = v.UserID
	}
	if len(files) == 0 {
		return Report{}, &InputError{Msg: "choose at least one .eml or .mbox file to import"}
	}
	if len(files) > MaxImportFiles {
		return Report{}, ErrTooManyFiles
	}
	if s.stopCtx.Err() != nil {
		return Report{Err: errStopped}, nil
	}
	s.runs.Add(1)
	defer s.runs.Done()
	ctx, cancel := context.WithCancel(runAs) // an import ends with its request: the upload is gone with it
	defer cancel()
	defer context.AfterFunc(s.stopCtx, cancel)()

	started := time.Now()
	rec, err := s.client.FetchRun.Create().SetFolderID(folderID).SetTrigger(TriggerImport).SetStartedAt(started).Save(ctx)
	if err != nil {
		return Report{}, fmt.Errorf("record the import: %w", err)
	}
	s.bus.Publish(events.Event{Type: events.FetchStarted, FolderID: folderID})
	ctx = withRunID(ctx, rec.ID)

	p := s.newPipeline(ctx, folderID, 0, true) // nothing to acknowledge on a server
	imp := &importer{s: s, p: p, run: rec.ID, b: &batch{}, names: map[string]int{}}
	var readErr error
	for _, f := range files {
		if readErr = imp.file(f); readErr != nil {
			break
		}
	}
	p.submit(imp.b)
	p.finish()
	rep := p.result(imp.n, readErr, nil)
	rep.Remaining = 0 // nothing waits on a server

	// The record is written even when the request went away.
	ctx = context.WithoutCancel(ctx)
	upd := s.client.FetchRun.UpdateOneID(rec.ID).SetFinishedAt(time.Now()).SetImported(rep.Imported).
		SetDuplicates(rep.Duplicates).SetFailed(rep.Failed).SetRemaining(0).SetFailures(rep.Failures)
	if rep.Err != nil {
		upd.SetError(rep.Err.Error())
	}
	if err := upd.Exec(ctx); err != nil {
		s.log.Error("record the import", slog.Int("folder", folderID), slog.Any("error", err))
	}
	s.log.Info("import finished", slog.Int("folder", folderID), slog.Int("files", len(files)),
		slog.Int("imported", rep.Imported), slog.Int("duplicates", rep.Duplicates), slog.Int("failed", rep.Failed),
		slog.Duration("took", time.Since(started)), slog.Any("error", rep.Err))
	s.publishEnd(folderID, rep)
	if rep.Imported > 0 {
		text := fmt.Sprintf("%d emails imported from uploaded files", rep.Imported)
		if rep.Imported == 1 {
			text = "1 email imported from an uploaded file"
		}
		s.opts.Activity.Record(ctx, activity.Entry{Kind: activity.Imported, ActorID: actor, FolderID: folderID, RunID: rec.ID, Text: text})
	}
	return rep, nil
}

// importer feeds the messages of uploaded files to a pipeline, in batches.
type importer struct {
	s     *Service
	p     *pipeline
	run   int
	b     *batch
	n     int            // messages offered
	names map[string]int // file names seen, to tell two uploads of one name apart
}

func (imp *importer) source(name string, n int) string {
	if n == 0 {
		return fmt.Sprintf("upload:%d/%s", imp.run, name)
	}
	return fmt.Sprintf("upload:%d/%s#%d", imp.run, name, n)
}

// file imports one upload; an error means it could not be read (the request
// was cut): the import stops with what it has.
func (imp *importer) file(f Upload) error {
	name := cleanName(f.Filename)
	if imp.names[name]++; imp.names[name] > 1 {
		name = fmt.Sprintf("%s (%d)", name, imp.names[name])
	}
	br := bufio.NewReaderSize(f.Body, 4096)
	head, _ := br.Peek(5)
	isMbox := strings.HasSuffix(strings.ToLower(name), ".mbox") || string(head) == "From "
	if !isMbox {
		return imp.message(imp.source(name, 0), br, f.Size)
	}
	rd := mbox.NewReader(br)
	for n := 1; ; n++ {
		msg, err := rd.Next()
		if errors.Is(err, mbox.ErrNotMbox) {
			imp.refuse(imp.source(name, 0), err)
			return nil
		}
		if n == 1 && rd.Skipped > 0 {
			imp.refuse(imp.source(name, 0), fmt.Errorf("%d bytes before the first \"From \" line are not a message; skipped", rd.Skipped))
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", name, err)
		}
		if err := imp.message(imp.source(name, n), msg, -1); err != nil {
			return err
		}
	}
}

// message stores one message and queues it, or records why it is refused.
func (imp *importer) message(source string, r io.Reader, size int64) error {
	imp.n++
	it := &item{serverUID: source}
	err := imp.p.store(it, r, size)
	var tl *tooLargeError
	switch {
	case errors.As(err, &tl):
		if _, derr := io.Copy(io.Discard, r); derr != nil { // the rest of this message
			return derr
		}
		imp.p.refuse(imp.b, it, tl)
	case err != nil:
		return fmt.Errorf("read the upload: %w", err)
	case it.size == 0:
		imp.p.refuse(imp.b, it, errors.New("empty message"))
	default:
		imp.p.queue(imp.b, it)
	}
	if len(imp.b.items) >= imp.s.opts.BatchSize {
		imp.p.submit(imp.b)
		imp.b = &batch{}
		imp.progress()
	}
	return nil
}

func (imp *importer) refuse(source string, err error) {
	imp.n++
	imp.p.refuse(imp.b, &item{serverUID: source}, err)
}

// progress writes the counts so far on the run, which the folder's
// Activity tab shows while a large file is imported.
func (imp *importer) progress() {
	imp.p.mu.Lock()
	r := imp.p.rep
	imp.p.mu.Unlock()
	_ = imp.s.client.FetchRun.UpdateOneID(imp.run).SetImported(r.Imported).SetDuplicates(r.Duplicates).
		SetFailed(r.Failed).Exec(imp.p.ctx)
}

// cleanName is the base name of an uploaded file, printable and bounded: it
// is shown in the ledger.
func cleanName(name string) string {
	name = path.Base(strings.ReplaceAll(name, "\\", "/"))
	name = strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f {
			return -1
		}
		return r
	}, name)
	if len(name) > 120 {
		name = name[:120]
	}
	if name == "" || name == "." || name == "/" {
		name = "upload"
	}
	return name
}

package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"mailroom/activity"
	"mailroom/ent"
	"mailroom/ent/fetchrun"
	"mailroom/events"
	"mailroom/mail/account"
)

// Trigger says what started a run.
type Trigger = fetchrun.Trigger

const (
	TriggerManual   = fetchrun.TriggerMANUAL
	TriggerSchedule = fetchrun.TriggerSCHEDULE
	TriggerPush     = fetchrun.TriggerPUSH
	TriggerImport   = fetchrun.TriggerIMPORT
)

// run performs one fetch of a folder and records it, with the context
// auth.Authorize gave Fetch.
func (s *Service) run(ctx context.Context, folderID int, trigger Trigger) Report {
	started := time.Now()
	log := s.log.With(slog.Int("folder", folderID), slog.String("trigger", string(trigger)))
	rec, err := s.client.FetchRun.Create().SetFolderID(folderID).SetTrigger(trigger).SetStartedAt(started).Save(ctx)
	if err != nil {
		return Report{Err: fmt.Errorf("record fetch run: %w", err)}
	}
	s.bus.Publish(events.Event{Type: events.FetchStarted, FolderID: folderID})
	ctx = withRunID(ctx, rec.ID)

	var rep Report
	f, err := s.client.EmailFolder.Get(ctx, folderID)
	if err == nil {
		var cfg account.Config
		cfg, err = s.folderAccount(ctx, f)
		if err == nil {
			if cfg.Protocol.IsPOP3() {
				rep = s.fetchPOP3(ctx, f, cfg)
			} else {
				rep = s.fetchIMAP(ctx, f, cfg)
			}
		}
	}
	if err != nil {
		rep.Err = err
	}
	rep.Err = account.Quoted(rep.Err) // stored, published and returned: the server's words made printable

	// The record is written even when the run was interrupted by shutdown.
	ctx = context.WithoutCancel(ctx)
	finished := time.Now()
	upd := s.client.FetchRun.UpdateOne(rec).SetFinishedAt(finished).SetImported(rep.Imported).
		SetDuplicates(rep.Duplicates).SetFailed(rep.Failed).SetRemaining(rep.Remaining).SetFailures(rep.Failures)
	if sc := rep.Server; sc != nil {
		upd.SetServerMessages(sc.Messages).SetNillableServerUnseen(sc.Unseen).SetServerNew(sc.New).SetUIDValidity(sc.UIDValidity)
	}
	fu := s.client.EmailFolder.UpdateOneID(folderID).SetLastFetchAt(finished)
	if rep.Err != nil {
		msg := rep.Err.Error()
		upd.SetError(msg)
		fu.SetLastFetchError(msg).SetNeedsAttention(needsUser(rep.Err))
	} else {
		fu.ClearLastFetchError().SetNeedsAttention(false)
	}
	if err := upd.Exec(ctx); err != nil {
		log.Error("record fetch run", slog.Any("error", err))
	}
	if err := fu.Exec(ctx); err != nil && !ent.IsNotFound(err) {
		log.Error("record last fetch", slog.Any("error", err))
	}

	if s.opts.Observer != nil {
		s.opts.Observer.FetchFinished(trigger, rep, finished.Sub(started))
	}
	attrs := []any{slog.Int("imported", rep.Imported), slog.Int("duplicates", rep.Duplicates),
		slog.Int("failed", rep.Failed), slog.Int("remaining", rep.Remaining), slog.Duration("took", finished.Sub(started))}
	if rep.Err != nil {
		log.Warn("fetch failed", append(attrs, slog.Any("error", rep.Err))...)
	} else {
		log.Info("fetch finished", attrs...)
	}
	s.publishEnd(folderID, rep)
	s.recordRun(ctx, f, rec.ID, rep)
	return rep
}

// publishEnd tells the folder's watchers that a run (a fetch or an import)
// ended, with its counts.
func (s *Service) publishEnd(folderID int, rep Report) {
	if rep.Err != nil {
		s.bus.Publish(events.Event{Type: events.FetchFailed, FolderID: folderID, Error: rep.Err.Error(),
			Imported: rep.Imported, Duplicates: rep.Duplicates, Failed: rep.Failed, Remaining: rep.Remaining})
		return
	}
	s.bus.Publish(events.Event{Type: events.FetchFinished, FolderID: folderID,
		Imported: rep.Imported, Duplicates: rep.Duplicates, Failed: rep.Failed, Remaining: rep.Remaining})
}

// recordRun tells the activity Recorder of a run's imports (one entry per
// run, however many emails) and of a folder that starts failing or starts
// needing its owner's attention; a folder that keeps failing on every
// scheduled run is recorded once, not every five minutes.
func (s *Service) recordRun(ctx context.Context, f *ent.EmailFolder, runID int, rep Report) {
	if f == nil {
		return
	}
	if rep.Imported > 0 {
		text := fmt.Sprintf("%d new emails in %s", rep.Imported, f.Title)
		if rep.Imported == 1 {
			text = "1 new email in " + f.Title
		}
		s.opts.Activity.Record(ctx, activity.Entry{Kind: activity.Imported, FolderID: f.ID, RunID: runID, Text: text})
	}
	if rep.Err == nil {
		return
	}
	attention := needsUser(rep.Err)
	switch {
	case attention && !f.NeedsAttention:
		s.opts.Activity.Record(ctx, activity.Entry{Kind: activity.NeedsAttention, FolderID: f.ID, RunID: runID,
			Text: f.Title + " needs attention: " + rep.Err.Error()})
	case !attention && f.LastFetchError == nil:
		s.opts.Activity.Record(ctx, activity.Entry{Kind: activity.FetchFailed, FolderID: f.ID, RunID: runID,
			Text: "checking " + f.Title + " failed: " + rep.Err.Error()})
	}
}

// errStopped is reported when the server shuts down during a run.
var errStopped = errors.New("the fetch was interrupted; what was imported is kept and the next run continues")

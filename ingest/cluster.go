package ingest

import (
	"context"
	"errors"
	"fmt"
	"time"

	"mailroom/ent"
	"mailroom/ent/fetchrun"
)

// FolderLocker makes a folder's run exclusive across the instances sharing a
// database (cluster.Cluster on PostgreSQL). Within one process, single flight
// in Fetch already does.
type FolderLocker interface {
	// TryLockFolder takes folderID's lock, held until release; ok is false
	// when another instance holds it.
	TryLockFolder(ctx context.Context, folderID int) (release func(), ok bool, err error)
}

// lockPollMax bounds the wait between two looks at a folder another
// instance is fetching.
const lockPollMax = time.Second

// runLocked runs the folder under the cluster lock (Options.Locks). When
// another instance is running it, the caller waits for that run (bounded by
// ctx, the caller's context) and gets its report, as a caller joining a run
// in this process does; a push looks again after it.
func (s *Service) runLocked(ctx, runCtx context.Context, folderID int, trigger Trigger) Report {
	if s.opts.Locks == nil {
		return s.run(runCtx, folderID, trigger)
	}
	wait, waited := 20*time.Millisecond, false
	// The last run finished when the wait began: the run waited for is
	// reported only if it finished after it. One whose instance died left
	// no finished run, and the caller then runs the folder itself.
	var before *int
	for {
		release, ok, err := s.opts.Locks.TryLockFolder(runCtx, folderID)
		if err != nil {
			return Report{Err: fmt.Errorf("coordinate with the other instances: %w", err)}
		}
		if ok {
			defer release()
			if waited && trigger != TriggerPush {
				rep, id, found, err := s.latestRun(runCtx, folderID)
				if err != nil {
					rep.Err = err
					return rep
				}
				if found && (before == nil || id > *before) {
					return rep
				}
			}
			return s.run(runCtx, folderID, trigger)
		}
		if !waited {
			waited = true
			_, id, found, err := s.latestRun(runCtx, folderID)
			if err != nil {
				return Report{Err: err}
			}
			if found {
				before = &id
			}
		}
		select {
		case <-ctx.Done():
			return Report{Err: ctx.Err()}
		case <-s.stopCtx.Done():
			return Report{Err: errStopped}
		case <-time.After(wait):
		}
		wait = min(wait*2, lockPollMax)
	}
}

// latestRun is the report of the folder's last finished run, recorded by
// whichever instance ran it.
func (s *Service) latestRun(ctx context.Context, folderID int) (Report, int, bool, error) {
	r, err := s.client.FetchRun.Query().Where(fetchrun.FolderID(folderID), fetchrun.FinishedAtNotNil()).
		Order(ent.Desc(fetchrun.FieldFinishedAt), ent.Desc(fetchrun.FieldID)).First(ctx)
	if ent.IsNotFound(err) {
		return Report{}, 0, false, nil
	}
	if err != nil {
		return Report{}, 0, false, fmt.Errorf("read the other instance's run: %w", err)
	}
	rep := Report{Imported: r.Imported, Duplicates: r.Duplicates, Failed: r.Failed, Remaining: r.Remaining, Failures: r.Failures}
	if r.Error != nil {
		rep.Err = errors.New(*r.Error)
	}
	return rep, r.ID, true, nil
}

package ingest

import (
	"context"
	"time"

	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/emailfolder"
	"mailroom/ent/workspace"
	"mailroom/mail/account"
)

// Target is a folder as the schedulers see it: what to connect to and how often.
type Target struct {
	FolderID        int
	Account         account.Config
	Push            bool
	IntervalMinutes int
	LastFetchAt     *time.Time
}

// Targets lists the folders that may be fetched automatically: those with a
// password whose last error does not wait for the user. (Trashed folders
// will be left out here too.)
func (s *Service) Targets(ctx context.Context) ([]Target, error) {
	ctx = viewer.SystemContext(ctx)
	folders, err := s.client.EmailFolder.Query().Where(emailfolder.Or(emailfolder.PasswordEncNotNil(), emailfolder.OauthTokenEncNotNil()), emailfolder.NeedsAttention(false),
		emailfolder.TrashedAtIsNil(), emailfolder.HasWorkspaceWith(workspace.TrashedAtIsNil())).All(ctx)
	if err != nil {
		return nil, err
	}
	out := make([]Target, 0, len(folders))
	for _, f := range folders {
		if t, ok := s.target(ctx, f); ok {
			out = append(out, t)
		}
	}
	return out, nil
}

// TargetOf returns one folder's target; ok is false when the folder is gone
// or cannot be fetched automatically.
func (s *Service) TargetOf(ctx context.Context, folderID int) (t Target, ok bool, err error) {
	f, err := s.client.EmailFolder.Get(viewer.SystemContext(ctx), folderID)
	if ent.IsNotFound(err) {
		return Target{}, false, nil
	}
	if err != nil {
		return Target{}, false, err
	}
	if f.NeedsAttention || f.TrashedAt != nil {
		return Target{}, false, nil
	}
	t, ok = s.target(ctx, f)
	return t, ok, nil
}

func (s *Service) target(ctx context.Context, f *ent.EmailFolder) (Target, bool) {
	cfg, err := s.folderAccount(ctx, f)
	if err != nil {
		return Target{}, false
	}
	return Target{FolderID: f.ID, Account: cfg, Push: f.Push, IntervalMinutes: f.FetchIntervalMinutes,
		LastFetchAt: f.LastFetchAt}, true
}

// OnFolderChange registers fn, called after a folder is created or its
// settings change, so watchers and schedules can follow. Call it before serving.
func (s *Service) OnFolderChange(fn func(folderID int)) {
	s.folderHooks = append(s.folderHooks, fn)
}

// FolderChanged tells the watchers and schedules that a folder changed
// outside this service (moved to the trash, restored, purged).
func (s *Service) FolderChanged(id int) { s.folderChanged(id) }

func (s *Service) folderChanged(id int) {
	for _, fn := range s.folderHooks {
		fn(id)
	}
}

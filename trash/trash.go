// Package trash moves emails, email folders and workspaces to the trash,
// restores them, and purges them for good — rows and the blobs no other
// email refers to — keeping the ledger so purged mail is not imported again.
package trash

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"mailroom/activity"
	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/blob"
	"mailroom/ent"
	"mailroom/ent/accessentry"
	"mailroom/ent/attachment"
	"mailroom/ent/email"
	"mailroom/ent/fetchrun"
	"mailroom/ent/ledgerentry"
	"mailroom/ent/predicate"
	"mailroom/search"
	"mailroom/store"
)

// ErrNotInTrash is returned when purging something that is not in the trash.
var ErrNotInTrash = errors.New("only items in the trash can be deleted permanently: move it to the trash first")

// Service is the trash.
type Service struct {
	client *ent.Client
	blobs  *blob.Store
	index  *search.Index

	// FolderChanged, when set, hears of folders trashed, restored or purged
	// (directly or with their workspace), so watchers and schedules follow.
	FolderChanged func(folderID int)
	// Activity hears of what is trashed and restored (history and
	// notifications); nil records nothing.
	Activity activity.Recorder
}

// New returns the trash over client and blobs; index (optional) is the
// search index purged emails leave.
func New(client *ent.Client, blobs *blob.Store, index *search.Index) *Service {
	return &Service{client: client, blobs: blobs, index: index}
}

// node loads what id names with the viewer's rights (not found if unseen).
// Noder only tells the type: under a GraphQL request it loads just the
// fields the query selected, so the entity is read again in full.
func (s *Service) node(ctx context.Context, id int) (ent.Noder, error) {
	n, err := s.client.Noder(ctx, id)
	if err != nil {
		return nil, err
	}
	switch n.(type) {
	case *ent.Email:
		return s.client.Email.Get(ctx, id)
	case *ent.EmailFolder:
		return s.client.EmailFolder.Get(ctx, id)
	case *ent.Workspace:
		return s.client.Workspace.Get(ctx, id)
	}
	return n, nil
}

// trashLevel is the level trashing or restoring n needs: WRITE for an email
// or a folder, MANAGE for a whole workspace.
func trashLevel(n ent.Noder) viewer.Level {
	if _, ok := n.(*ent.Workspace); ok {
		return viewer.Manage
	}
	return viewer.Write
}

// authorize checks the viewer's level on what n lives in and returns the
// context the change is made with (auth.Authorize).
func authorize(ctx context.Context, n ent.Noder, l viewer.Level) (context.Context, error) {
	t, ok := auth.TargetOf(n)
	if !ok {
		return nil, &auth.InputError{Field: "id", Message: "only emails, email folders and workspaces go to the trash"}
	}
	return auth.Authorize(ctx, t, l)
}

// Trash moves an item to the trash (WRITE needed; MANAGE for a workspace).
func (s *Service) Trash(ctx context.Context, id int) (ent.Noder, error) {
	now := time.Now()
	return s.setTrashed(ctx, id, &now)
}

// Restore takes an item out of the trash (as Trash).
func (s *Service) Restore(ctx context.Context, id int) (ent.Noder, error) {
	return s.setTrashed(ctx, id, nil)
}

func (s *Service) setTrashed(ctx context.Context, id int, at *time.Time) (ent.Noder, error) {
	n, err := s.node(ctx, id)
	if err != nil {
		return nil, err
	}
	sys, err := authorize(ctx, n, trashLevel(n))
	if err != nil {
		return nil, err
	}
	defer s.notify(sys, n)
	// The generic mutation sets or clears the one field all three share.
	type trashable interface {
		SetTrashedAt(time.Time)
		ClearTrashedAt()
	}
	apply := func(m trashable) {
		if at != nil {
			m.SetTrashedAt(*at)
		} else {
			m.ClearTrashedAt()
		}
	}
	var saved ent.Noder
	switch n := n.(type) {
	case *ent.Email:
		u := s.client.Email.UpdateOne(n)
		apply(u.Mutation())
		saved, err = u.Save(sys)
	case *ent.EmailFolder:
		u := s.client.EmailFolder.UpdateOne(n)
		apply(u.Mutation())
		saved, err = u.Save(sys)
	case *ent.Workspace:
		u := s.client.Workspace.UpdateOne(n)
		apply(u.Mutation())
		saved, err = u.Save(sys)
	default:
		return nil, fmt.Errorf("unreachable")
	}
	if err != nil {
		return nil, err
	}
	s.record(ctx, saved, at != nil)
	return saved, nil
}

// record tells the activity Recorder that n was trashed or restored.
func (s *Service) record(ctx context.Context, n ent.Noder, trashed bool) {
	if s.Activity == nil {
		return
	}
	e := activity.Entry{Kind: activity.Restored}
	if v := viewer.FromContext(ctx); v != nil {
		e.ActorID = v.UserID
	}
	what, name := "", ""
	switch n := n.(type) {
	case *ent.Email:
		e.EmailID, what, name = n.ID, "the email", n.Subject
	case *ent.EmailFolder:
		e.FolderID, what, name = n.ID, "the folder", n.Title
	case *ent.Workspace:
		e.WorkspaceID, what, name = n.ID, "the workspace", n.Title
	}
	if trashed {
		e.Kind, e.Text = activity.Trashed, fmt.Sprintf("moved %s %q to the trash", what, name)
	} else {
		e.Text = fmt.Sprintf("restored %s %q from the trash", what, name)
	}
	s.Activity.Record(ctx, e)
}

// Purge deletes an item in the trash for good (MANAGE needed), with what it
// holds, then removes the blobs nothing refers to any more.
func (s *Service) Purge(ctx context.Context, id int) error {
	n, err := s.node(ctx, id)
	if err != nil {
		return err
	}
	sys, err := authorize(ctx, n, viewer.Manage)
	if err != nil {
		return err
	}
	defer s.notifyLater(sys, n)()
	var hashes []string
	err = store.WithTx(sys, s.client, func(tx *ent.Tx) error {
		switch n := n.(type) {
		case *ent.Email:
			if n.TrashedAt == nil {
				return ErrNotInTrash
			}
			hashes, err = s.purgeEmails(sys, tx, email.ID(n.ID))
			return err
		case *ent.EmailFolder:
			if n.TrashedAt == nil {
				return ErrNotInTrash
			}
			hashes, err = s.purgeFolder(sys, tx, n.ID)
			return err
		case *ent.Workspace:
			if n.TrashedAt == nil {
				return ErrNotInTrash
			}
			folders, err := tx.Workspace.QueryEmailFolders(n).IDs(sys)
			if err != nil {
				return err
			}
			if err := requireManageAll(ctx, tx, folders); err != nil {
				return err
			}
			for _, f := range folders {
				h, err := s.purgeFolder(sys, tx, f)
				if err != nil {
					return err
				}
				hashes = append(hashes, h...)
			}
			if _, err := tx.AccessEntry.Delete().Where(accessentry.WorkspaceID(n.ID)).Exec(sys); err != nil {
				return err
			}
			return tx.Workspace.DeleteOne(n).Exec(sys)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return s.collect(sys, hashes)
}

// requireManageAll refuses to purge a workspace holding a folder the viewer
// cannot MANAGE: a folder that blocks inheritance keeps the workspace's
// managers out, and deleting the workspace must not get around that. The
// whole purge is refused rather than done in part, so nothing is lost that
// the viewer did not mean; a folder the viewer cannot even see is counted,
// not named.
func requireManageAll(ctx context.Context, tx *ent.Tx, folders []int) error {
	var named []string
	unseen := 0
	for _, id := range folders {
		l, err := auth.Level(ctx, auth.Target{FolderID: id})
		if err != nil {
			return err
		}
		switch {
		case l >= viewer.Manage:
			continue
		case l >= viewer.Read:
			f, err := tx.EmailFolder.Get(ctx, id) // the viewer may read it
			if err != nil {
				return err
			}
			named = append(named, fmt.Sprintf("%q", f.Title))
		default:
			unseen++
		}
	}
	if len(named) == 0 && unseen == 0 {
		return nil
	}
	what := strings.Join(named, ", ")
	if unseen > 0 {
		if what != "" {
			what += " and "
		}
		what += fmt.Sprintf("%d folder(s) you cannot see", unseen)
	}
	return fmt.Errorf("%w: the workspace holds %s without MANAGE for you (the folder blocks the workspace's permissions); "+
		"nothing was deleted: ask the folder's managers or an administrator", auth.ErrForbidden, what)
}

// purgeEmails deletes the emails matching where and their attachments, and
// returns the hashes of the blobs they used. Ledger entries stay: the
// messages are not imported again.
func (s *Service) purgeEmails(ctx context.Context, tx *ent.Tx, where ...predicate.Email) ([]string, error) {
	emails, err := tx.Email.Query().Where(where...).WithAttachments().All(ctx)
	if err != nil {
		return nil, err
	}
	var hashes []string
	ids := make([]int, len(emails))
	for i, e := range emails {
		ids[i] = e.ID
		hashes = append(hashes, e.RawSha256)
		for _, a := range e.Edges.Attachments {
			hashes = append(hashes, a.Sha256)
		}
	}
	for part := range slices.Chunk(ids, store.ChunkSize) {
		if _, err := tx.Attachment.Delete().Where(attachment.EmailIDIn(part...)).Exec(ctx); err != nil {
			return nil, err
		}
		if _, err := tx.Email.Delete().Where(email.IDIn(part...)).Exec(ctx); err != nil {
			return nil, err
		}
		if err := s.index.Remove(ctx, tx, part); err != nil {
			return nil, err
		}
	}
	return hashes, nil
}

// purgeFolder deletes a folder with its emails, runs, ledger and access entries.
func (s *Service) purgeFolder(ctx context.Context, tx *ent.Tx, id int) ([]string, error) {
	hashes, err := s.purgeEmails(ctx, tx, email.FolderID(id))
	if err != nil {
		return nil, err
	}
	if _, err := tx.FetchRun.Delete().Where(fetchrun.FolderID(id)).Exec(ctx); err != nil {
		return nil, err
	}
	if _, err := tx.LedgerEntry.Delete().Where(ledgerentry.FolderID(id)).Exec(ctx); err != nil {
		return nil, err
	}
	if _, err := tx.AccessEntry.Delete().Where(accessentry.FolderID(id)).Exec(ctx); err != nil {
		return nil, err
	}
	return hashes, tx.EmailFolder.DeleteOneID(id).Exec(ctx)
}

// collect removes the blobs that no email or attachment refers to any more.
// Content addressing means an attachment shared by several emails stays.
func (s *Service) collect(ctx context.Context, hashes []string) error {
	seen := map[string]bool{}
	for _, h := range hashes {
		if h == "" || seen[h] {
			continue
		}
		seen[h] = true
		// Checked under the blob's lock: an import holding it pinned, or
		// committing its reference meanwhile, keeps it.
		// The check may run later, when an import releases the blob: it must
		// outlive this request.
		bg := context.WithoutCancel(ctx)
		if err := s.blobs.Collect(h, func() (bool, error) { return s.unused(bg, h) }); err != nil {
			return fmt.Errorf("remove blob: %w", err)
		}
	}
	return nil
}

// unused reports whether no email or attachment refers to the blob h.
func (s *Service) unused(ctx context.Context, h string) (bool, error) {
	used, err := s.client.Email.Query().Where(email.RawSha256(h)).Exist(ctx)
	if err != nil || used {
		return false, err
	}
	used, err = s.client.Attachment.Query().Where(attachment.Sha256(h)).Exist(ctx)
	return !used, err
}

// EmptyTrash purges every trashed email of a folder (MANAGE needed) and
// returns how many were deleted.
func (s *Service) EmptyTrash(ctx context.Context, folderID int) (int, error) {
	sys, err := auth.Authorize(ctx, auth.Target{FolderID: folderID}, viewer.Manage)
	if err != nil {
		return 0, err
	}
	var hashes []string
	n := 0
	err = store.WithTx(sys, s.client, func(tx *ent.Tx) error {
		where := []predicate.Email{email.FolderID(folderID), email.TrashedAtNotNil()}
		count, err := tx.Email.Query().Where(where...).Count(sys)
		if err != nil {
			return err
		}
		n = count
		hashes, err = s.purgeEmails(sys, tx, where...)
		return err
	})
	if err != nil {
		return 0, err
	}
	return n, s.collect(sys, hashes)
}

// notify reports the folders n is or holds to FolderChanged.
func (s *Service) notify(ctx context.Context, n ent.Noder) { s.notifyLater(ctx, n)() }

// notifyLater collects the folders now (before a purge removes them) and
// returns the call that reports them; ctx is the server's (it lists folders
// the viewer may not see, which stop being watched too).
func (s *Service) notifyLater(ctx context.Context, n ent.Noder) func() {
	if s.FolderChanged == nil {
		return func() {}
	}
	var ids []int
	switch n := n.(type) {
	case *ent.EmailFolder:
		ids = []int{n.ID}
	case *ent.Workspace:
		ids, _ = s.client.Workspace.QueryEmailFolders(n).IDs(ctx)
	}
	return func() {
		for _, id := range ids {
			s.FolderChanged(id)
		}
	}
}

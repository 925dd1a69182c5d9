package activity

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"entgo.io/ent/dialect/sql"

	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/email"
	"mailroom/ent/ledgerentry"
	"mailroom/ent/subscription"
	"mailroom/ent/user"
	"mailroom/events"
	"mailroom/store"
)

// Service is the Recorder of the server: it writes the history entry at
// once (one insert) and hands the fan-out to notifications to a bounded
// queue, so a fetch run or a mutation never waits for followers, websockets
// or SMTP.
type Service struct {
	client *ent.Client
	auth   *auth.Service
	bus    events.Bus
	log    *slog.Logger
	opts   Options

	queue   chan fanout
	wg      sync.WaitGroup
	mu      sync.RWMutex // held to send on queue; Close takes it to close queue
	closed  bool
	dropped atomic.Int64
	pending atomic.Int64 // entries queued and not yet fanned out
}

// Options tune the Service; the zero value is right for production.
type Options struct {
	// Queue is how many entries may wait for their fan-out; beyond it new
	// entries keep their history but notify nobody (logged). 0 means 1024.
	Queue int
	// Mailer sends alert emails (optional: none without --smtp-url).
	Mailer *Mailer
}

// fanout is an entry written to the history and waiting to notify.
type fanout struct {
	e       Entry
	history int
}

// New starts the fan-out worker; Close stops it.
func New(client *ent.Client, authSvc *auth.Service, bus events.Bus, log *slog.Logger, opts Options) *Service {
	if opts.Queue <= 0 {
		opts.Queue = 1024
	}
	s := &Service{client: client, auth: authSvc, bus: bus, log: log, opts: opts, queue: make(chan fanout, opts.Queue)}
	s.wg.Add(1)
	go s.work()
	return s
}

// Close finishes the entries already queued and stops the worker.
func (s *Service) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	close(s.queue)
	s.mu.Unlock()
	s.wg.Wait()
}

// Wait returns once every entry recorded so far has been fanned out (tests
// and measurements).
func (s *Service) Wait() {
	for s.pending.Load() > 0 {
		time.Sleep(2 * time.Millisecond)
	}
}

// Record keeps e in the history and queues its notifications. It never
// fails the caller: errors are logged.
func (s *Service) Record(ctx context.Context, e Entry) {
	ctx = viewer.SystemContext(context.WithoutCancel(ctx))
	if err := s.locate(ctx, &e); err != nil {
		s.log.Warn("activity: the target is gone", slog.String("kind", string(e.Kind)), slog.Any("error", err))
		return
	}
	h := s.client.HistoryEntry.Create().SetKind(string(e.Kind)).SetText(e.Text).SetWorkspaceID(e.WorkspaceID)
	if e.ActorID != 0 {
		h.SetActorID(e.ActorID)
	}
	if e.FolderID != 0 {
		h.SetFolderID(e.FolderID)
	}
	if e.EmailID != 0 {
		h.SetEmailID(e.EmailID)
	}
	if e.ObjectID != 0 {
		h.SetObjectID(e.ObjectID)
	}
	if e.RunID != 0 {
		h.SetRunID(e.RunID)
	}
	rec, err := h.Save(ctx)
	if err != nil {
		s.log.Error("activity: record history", slog.String("kind", string(e.Kind)), slog.Any("error", err))
		return
	}
	if !e.Kind.Notifies() && len(e.MentionIDs) == 0 {
		return
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if s.closed {
		return // shutting down: the history is kept, nobody is notified
	}
	s.pending.Add(1)
	select {
	case s.queue <- fanout{e: e, history: rec.ID}:
	default:
		s.pending.Add(-1)
		if s.dropped.Add(1)%100 == 1 {
			s.log.Warn("activity: notifications are behind; an entry notified nobody", slog.String("kind", string(e.Kind)))
		}
	}
}

// locate fills in the containers of the entry's most specific target.
func (s *Service) locate(ctx context.Context, e *Entry) error {
	if e.EmailID != 0 {
		m, err := s.client.Email.Query().Where(email.ID(e.EmailID)).Select(email.FieldFolderID).Only(ctx)
		if err != nil {
			return fmt.Errorf("email %d: %w", e.EmailID, err)
		}
		e.FolderID = m.FolderID
	}
	if e.FolderID != 0 {
		f, err := s.client.EmailFolder.Get(ctx, e.FolderID)
		if err != nil {
			return fmt.Errorf("folder %d: %w", e.FolderID, err)
		}
		e.WorkspaceID = f.WorkspaceID
	}
	if e.WorkspaceID == 0 {
		return fmt.Errorf("no target")
	}
	return nil
}

func (s *Service) work() {
	defer s.wg.Done()
	for f := range s.queue {
		s.fanOut(f)
		s.pending.Add(-1)
	}
}

// alert is one notification to create: whom, about what.
type alert struct {
	userID int
	e      Entry
	text   string
}

// fanOut turns an entry into notifications: the followers of its target and
// of the target's containers, the users it mentions, and for an import the
// followers of the conversations the new emails reply to.
func (s *Service) fanOut(f fanout) {
	ctx := viewer.SystemContext(context.Background())
	e := f.e
	targets := []int{e.WorkspaceID}
	if e.FolderID != 0 {
		targets = append(targets, e.FolderID)
	}
	if e.EmailID != 0 {
		targets = append(targets, e.EmailID)
	}
	var ids []int
	var err error
	if e.Kind.Notifies() {
		ids, err = s.followersOf(ctx, targets)
	}
	if err != nil {
		s.log.Error("activity: followers", slog.Any("error", err))
		return
	}
	var alerts []alert
	for _, u := range append(ids, e.MentionIDs...) {
		if u == e.ActorID || slices.ContainsFunc(alerts, func(a alert) bool { return a.userID == u }) {
			continue
		}
		alerts = append(alerts, alert{userID: u, e: e, text: e.Text})
	}
	if e.Kind == Imported && e.RunID != 0 {
		replies, err := s.conversationAlerts(ctx, e)
		if err != nil {
			s.log.Error("activity: conversation followers", slog.Any("error", err))
		}
		alerts = append(alerts, replies...)
	}
	for _, a := range alerts {
		if err := s.notify(ctx, a, f.history); err != nil {
			s.log.Error("activity: notify", slog.Int("user", a.userID), slog.Any("error", err))
		}
	}
}

func (s *Service) followersOf(ctx context.Context, targets []int) ([]int, error) {
	subs, err := s.client.Subscription.Query().Where(subscription.TargetIDIn(targets...)).All(ctx)
	if err != nil {
		return nil, err
	}
	var ids []int
	for _, sub := range subs {
		if !slices.Contains(ids, sub.UserID) {
			ids = append(ids, sub.UserID)
		}
	}
	return ids, nil
}

// maxReferences bounds the Message-IDs of one email looked up as its
// conversation (a hostile References header may name thousands).
const maxReferences = 50

// conversationAlerts finds the emails of the run that reply to (In-Reply-To
// or References) an email someone follows, and alerts those followers, each
// reply on its own. It starts from the followed emails (one query driven by
// the subscriptions, whose targets are primary keys): Message-IDs are not
// indexed across folders, and a lookup per reply scanned every email once
// per reply of the run — the largest cost of a fetch of 2,000 messages.
func (s *Service) conversationAlerts(ctx context.Context, e Entry) ([]alert, error) {
	followed, err := s.client.Email.Query().Where(func(sel *sql.Selector) {
		sel.Where(sql.In(sel.C(email.FieldID), sql.Select(subscription.FieldTargetID).From(sql.Table(subscription.Table))))
	}, email.MessageIDNEQ("")).Select(email.FieldID, email.FieldMessageID).All(ctx)
	if err != nil || len(followed) == 0 {
		return nil, err
	}
	byMessageID := make(map[string][]int, len(followed))
	for _, f := range followed {
		byMessageID[f.MessageID] = append(byMessageID[f.MessageID], f.ID)
	}
	emailIDs, err := s.client.LedgerEntry.Query().Where(ledgerentry.FetchRunID(e.RunID),
		ledgerentry.OutcomeEQ(ledgerentry.OutcomeIMPORTED), ledgerentry.EmailIDNotNil()).
		Select(ledgerentry.FieldEmailID).Ints(ctx)
	if err != nil {
		return nil, err
	}
	var out []alert
	for ids := range slices.Chunk(emailIDs, store.ChunkSize) {
		replies, err := s.client.Email.Query().Where(email.IDIn(ids...)).
			Select(email.FieldSubject, email.FieldInReplyTo, email.FieldReferences, email.FieldFolderID, email.FieldMessageID).All(ctx)
		if err != nil {
			return out, err
		}
		for _, r := range replies {
			refs := append([]string{}, r.References...)
			if r.InReplyTo != "" {
				refs = append(refs, r.InReplyTo)
			}
			refs = slices.DeleteFunc(refs, func(id string) bool { return id == "" || id == r.MessageID })
			if len(refs) > maxReferences {
				refs = refs[len(refs)-maxReferences:] // the nearest ancestors come last
			}
			var parents []int
			for _, ref := range refs {
				for _, id := range byMessageID[ref] {
					if id != r.ID && !slices.Contains(parents, id) {
						parents = append(parents, id)
					}
				}
			}
			if len(parents) == 0 {
				continue
			}
			users, err := s.followersOf(ctx, parents)
			if err != nil {
				return out, err
			}
			for _, u := range users {
				re := e
				re.EmailID, re.FolderID, re.RunID = r.ID, r.FolderID, e.RunID
				out = append(out, alert{userID: u, e: re, text: "new reply in a conversation you follow: " + subjectOf(r.Subject)})
			}
		}
	}
	return out, nil
}

func subjectOf(s string) string {
	if s == "" {
		return "(no subject)"
	}
	return s
}

// notify creates one user's notification if they may read its target now,
// tells their websockets and queues the alert email their preference asks
// for.
func (s *Service) notify(ctx context.Context, a alert, historyID int) error {
	v, err := s.auth.ViewerOf(ctx, a.userID)
	if err != nil || v == nil {
		return err
	}
	ok, err := CanRead(viewer.NewContext(ctx, v), s.client, a.e)
	if err != nil || !ok {
		return err
	}
	u, err := s.client.User.Query().Where(user.ID(a.userID)).Select(user.FieldEmail, user.FieldAlertEmails).Only(ctx)
	if err != nil {
		return err
	}
	mail := s.opts.Mailer != nil && u.Email != ""
	c := s.client.Notification.Create().SetUserID(a.userID).SetKind(string(a.e.Kind)).SetText(a.text).
		SetWorkspaceID(a.e.WorkspaceID).SetHistoryEntryID(historyID).
		SetDigestPending(mail && u.AlertEmails == user.AlertEmailsDAILY_DIGEST)
	if a.e.FolderID != 0 {
		c.SetFolderID(a.e.FolderID)
	}
	if a.e.EmailID != 0 {
		c.SetEmailID(a.e.EmailID)
	}
	if a.e.ActorID != 0 {
		c.SetActorID(a.e.ActorID)
	}
	n, err := c.Save(ctx)
	if err != nil {
		return err
	}
	s.bus.Publish(events.Event{Type: events.NotificationAdded, FolderID: events.UserTopic(a.userID), NotificationID: n.ID})
	if mail && u.AlertEmails == user.AlertEmailsIMMEDIATE {
		s.opts.Mailer.Queue(ctx, a.userID, false, []int{n.ID})
	}
	return nil
}

// CanRead reports whether the viewer of ctx may read the most specific
// target of e, by the privacy rules.
func CanRead(ctx context.Context, client *ent.Client, e Entry) (bool, error) {
	var err error
	switch {
	case e.EmailID != 0:
		_, err = client.Email.Query().Where(email.ID(e.EmailID)).OnlyID(ctx)
	case e.FolderID != 0:
		_, err = client.EmailFolder.Get(ctx, e.FolderID)
	default:
		_, err = client.Workspace.Get(ctx, e.WorkspaceID)
	}
	if ent.IsNotFound(err) {
		return false, nil
	}
	return err == nil, err
}

// Package thread groups emails into conversations, JWZ-style: by the
// Message-IDs of References and In-Reply-To, including those of messages that
// never arrived (their replies still meet through them), merging threads when
// a message arriving late links two of them, and, for a message without any
// reference, by its normalized subject within SubjectWindow in the same
// folder. Threads are global, like Message-IDs: one message stored in several
// folders joins one conversation, and each viewer sees of it the emails they
// may read.
package thread

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"mailroom/ent"
	"mailroom/ent/email"
	"mailroom/ent/thread"
	"mailroom/ent/threadref"
	"mailroom/store"
)

// SubjectWindow is how far apart in time two emails without references may
// be and still be taken for one conversation because their subjects match.
const SubjectWindow = 30 * 24 * time.Hour

// MaxListed bounds Email.thread: a conversation of more emails lists the
// first ones (a mailing list that kept one subject for years).
const MaxListed = 500

// Message is what threading reads of an email.
type Message struct {
	FolderID   int
	MessageID  string
	InReplyTo  string
	References []string
	Subject    string
	Sent       *time.Time // nil: no readable date; the time of import stands in
}

func (m Message) hasReferences() bool { return m.InReplyTo != "" || len(m.References) > 0 }

// idKeys are the ThreadRef keys of the message's own and referenced IDs.
func (m Message) idKeys() []string {
	var keys []string
	add := func(id string) {
		id = strings.TrimSpace(id)
		if id == "" {
			return
		}
		if k := "mid:" + id; !slices.Contains(keys, k) {
			keys = append(keys, k)
		}
	}
	for _, r := range m.References {
		add(r)
	}
	add(m.InReplyTo)
	add(m.MessageID)
	return keys
}

func (m Message) subjectKey() string {
	n := NormalizeSubject(m.Subject)
	if n == "" {
		return ""
	}
	return "subject:" + strconv.Itoa(m.FolderID) + ":" + n
}

// Assign gives each message its thread, inside the transaction that stores
// them: one lookup of every key of the batch, new threads in one insert,
// merges when the batch links threads that were apart, and the keys
// recorded. The result is parallel to msgs.
func Assign(ctx context.Context, tx *ent.Tx, msgs []Message, now time.Time) ([]int, error) {
	if len(msgs) == 0 {
		return nil, nil
	}
	type known struct {
		thread int
		lastAt *time.Time
	}
	var keys []string
	for _, m := range msgs {
		keys = append(keys, m.idKeys()...)
		if k := m.subjectKey(); k != "" {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	keys = slices.Compact(keys)
	stored := make(map[string]known, len(keys))
	for part := range slices.Chunk(keys, store.ChunkSize) {
		refs, err := tx.ThreadRef.Query().Where(threadref.KeyIn(part...)).All(ctx)
		if err != nil {
			return nil, fmt.Errorf("thread lookup: %w", err)
		}
		for _, r := range refs {
			stored[r.Key] = known{r.ThreadID, r.LastAt}
		}
	}

	// Union-find over messages ("m<i>"), keys and stored threads ("t<id>").
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok || p == x {
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	union := func(a, b string) {
		if ra, rb := find(a), find(b); ra != rb {
			parent[ra] = rb
		}
	}
	tnode := func(id int) string { return "t" + strconv.Itoa(id) }
	for k, r := range stored {
		if strings.HasPrefix(k, "mid:") {
			union(k, tnode(r.thread))
		}
	}
	sent := func(m Message) time.Time {
		if m.Sent != nil && !m.Sent.IsZero() {
			return *m.Sent
		}
		return now
	}
	within := func(a, b time.Time) bool { return a.Sub(b).Abs() <= SubjectWindow }
	batchSubject := map[string]int{} // subject key → a message of the batch without references
	for i, m := range msgs {
		node := "m" + strconv.Itoa(i)
		parent[node] = node
		for _, k := range m.idKeys() {
			union(node, k)
		}
		if m.hasReferences() {
			continue
		}
		sk := m.subjectKey()
		if sk == "" {
			continue
		}
		if r, ok := stored[sk]; ok && r.lastAt != nil && within(sent(m), *r.lastAt) {
			union(node, tnode(r.thread))
		}
		if j, ok := batchSubject[sk]; ok && within(sent(m), sent(msgs[j])) {
			union(node, "m"+strconv.Itoa(j))
		}
		batchSubject[sk] = i
	}

	// Each group of messages: its stored threads (the smallest survives,
	// the others merge into it), or a new thread.
	storedIn := map[string][]int{} // root → stored threads
	for _, r := range stored {
		if root := find(tnode(r.thread)); !slices.Contains(storedIn[root], r.thread) {
			storedIn[root] = append(storedIn[root], r.thread)
		}
	}
	roots := make([]string, len(msgs))
	var fresh []string
	for i := range msgs {
		roots[i] = find("m" + strconv.Itoa(i))
		if len(storedIn[roots[i]]) == 0 && !slices.Contains(fresh, roots[i]) {
			fresh = append(fresh, roots[i])
		}
	}
	threadOf := map[string]int{}
	if len(fresh) > 0 {
		creates := make([]*ent.ThreadCreate, len(fresh))
		for i := range fresh {
			creates[i] = tx.Thread.Create().SetCreatedAt(now)
		}
		for part := range slices.Chunk(creates, store.ChunkSize) {
			saved, err := tx.Thread.CreateBulk(part...).Save(ctx)
			if err != nil {
				return nil, fmt.Errorf("new threads: %w", err)
			}
			for _, t := range saved {
				threadOf[fresh[0]] = t.ID
				fresh = fresh[1:]
			}
		}
	}
	for root, ids := range storedIn {
		slices.Sort(ids)
		threadOf[root] = ids[0]
		if len(ids) > 1 && slices.Contains(roots, root) {
			if err := merge(ctx, tx, ids[0], ids[1:]); err != nil {
				return nil, err
			}
		}
	}

	// canon is where a stored thread went (itself, or the survivor of a merge).
	canon := func(id int) int {
		if t, ok := threadOf[find(tnode(id))]; ok {
			return t
		}
		return id
	}

	// Record the keys: new IDs, and subject keys now pointing at the thread
	// of the batch's newest email under that subject.
	out := make([]int, len(msgs))
	write := map[string]*ent.ThreadRefCreate{}
	for i, m := range msgs {
		t := threadOf[roots[i]]
		out[i] = t
		for _, k := range m.idKeys() {
			if _, ok := stored[k]; !ok {
				write[k] = tx.ThreadRef.Create().SetKey(k).SetThreadID(t)
			}
		}
		sk := m.subjectKey()
		if sk == "" {
			continue
		}
		at := sent(m)
		if r, ok := stored[sk]; ok && r.lastAt != nil && r.lastAt.After(at) {
			if canon(r.thread) != t {
				continue // another conversation is more recent under this subject
			}
			at = *r.lastAt // this thread already has a later email under this subject
		}
		stored[sk] = known{t, &at}
		write[sk] = tx.ThreadRef.Create().SetKey(sk).SetThreadID(t).SetLastAt(at)
	}
	creates := make([]*ent.ThreadRefCreate, 0, len(write))
	for _, k := range slices.Sorted(maps.Keys(write)) {
		creates = append(creates, write[k])
	}
	for part := range slices.Chunk(creates, store.ChunkSize) {
		err := tx.ThreadRef.CreateBulk(part...).OnConflictColumns(threadref.FieldKey).
			UpdateThreadID().UpdateLastAt().Exec(ctx)
		if err != nil {
			return nil, fmt.Errorf("thread keys: %w", err)
		}
	}
	return out, nil
}

// merge moves the emails and keys of the losing threads into survivor.
func merge(ctx context.Context, tx *ent.Tx, survivor int, losers []int) error {
	if err := tx.Email.Update().Where(email.ThreadIDIn(losers...)).SetThreadID(survivor).Exec(ctx); err != nil {
		return fmt.Errorf("merge threads: %w", err)
	}
	if err := tx.ThreadRef.Update().Where(threadref.ThreadIDIn(losers...)).SetThreadID(survivor).Exec(ctx); err != nil {
		return fmt.Errorf("merge threads: %w", err)
	}
	if _, err := tx.Thread.Delete().Where(thread.IDIn(losers...)).Exec(ctx); err != nil {
		return fmt.Errorf("merge threads: %w", err)
	}
	return nil
}

// Of is what threading reads of a stored email.
func Of(e *ent.Email) Message {
	return Message{FolderID: e.FolderID, MessageID: e.MessageID, InReplyTo: e.InReplyTo,
		References: e.References, Subject: e.Subject, Sent: e.SentAt}
}

// Backfill threads the emails stored before threads existed, in the order
// they arrived, a batch per transaction; run at start with the system
// context. Running it again finds nothing to do.
func Backfill(ctx context.Context, client *ent.Client) (int, error) {
	done := 0
	for last := -1 << 62; ; {
		batch, err := client.Email.Query().Where(email.ThreadIDIsNil(), email.IDGT(last)).
			Order(ent.Asc(email.FieldID)).Limit(store.ChunkSize).
			Select(email.FieldID, email.FieldFolderID, email.FieldMessageID, email.FieldInReplyTo,
				email.FieldReferences, email.FieldSubject, email.FieldSentAt, email.FieldImportedAt).All(ctx)
		if err != nil {
			return done, fmt.Errorf("thread backfill: %w", err)
		}
		if len(batch) == 0 {
			return done, nil
		}
		err = store.WithTx(ctx, client, func(tx *ent.Tx) error {
			msgs := make([]Message, len(batch))
			for i, e := range batch {
				msgs[i] = Of(e)
				if msgs[i].Sent == nil {
					msgs[i].Sent = &e.ImportedAt
				}
			}
			ids, err := Assign(ctx, tx, msgs, time.Now())
			if err != nil {
				return err
			}
			byThread := map[int][]int{}
			for i, e := range batch {
				byThread[ids[i]] = append(byThread[ids[i]], e.ID)
			}
			for t, emails := range byThread {
				if err := tx.Email.Update().Where(email.IDIn(emails...)).SetThreadID(t).Exec(ctx); err != nil {
					return err
				}
			}
			return nil
		})
		if err != nil {
			return done, fmt.Errorf("thread backfill: %w", err)
		}
		done += len(batch)
		last = batch[len(batch)-1].ID
	}
}

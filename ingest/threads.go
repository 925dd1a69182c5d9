package ingest

import (
	"time"

	"mailroom/ent"
	"mailroom/thread"
)

// assignThreads puts each new email of a batch into its conversation, in the
// batch's transaction (one lookup of the batch's keys, see thread.Assign).
func (p *pipeline) assignThreads(tx *ent.Tx, creates []*ent.EmailCreate, items []*item) error {
	msgs := make([]thread.Message, len(items))
	for i, it := range items {
		m := it.msg
		msgs[i] = thread.Message{FolderID: p.folderID, MessageID: m.MessageID, InReplyTo: m.InReplyTo,
			References: m.References, Subject: m.Subject}
		if !m.Date.IsZero() {
			msgs[i].Sent = &m.Date
		}
	}
	ids, err := thread.Assign(p.ctx, tx, msgs, time.Now())
	if err != nil {
		return err
	}
	for i, c := range creates {
		c.SetThreadID(ids[i])
	}
	return nil
}

package ingest

import (
	"entgo.io/ent/dialect/sql/sqlgraph"

	"mailroom/ent/ledgerentry"
)

// conflictRetries bounds how often a batch is written again after another
// run committed some of its messages first.
const conflictRetries = 3

// writeTx writes a batch in one transaction. A unique violation on an
// email's dedupe key or a ledger row means another run (on another instance,
// or one that raced this one) committed the same message first: the batch is
// written again without what is now recorded, and those messages count as
// duplicates. The violation is never surfaced to the caller.
func (p *pipeline) writeTx(items, refused []*item) error {
	for attempt := 0; ; attempt++ {
		err := p.writeOnce(items, refused)
		if err == nil || attempt == conflictRetries || !sqlgraph.IsUniqueConstraintError(err) {
			return err
		}
		p.s.log.Debug("batch raced another run; writing it again", "folder", p.folderID, "error", err)
		if items, err = p.dropRecorded(items); err != nil {
			return err
		}
		if refused, err = p.dropRecorded(refused); err != nil {
			return err
		}
		if len(items)+len(refused) == 0 {
			return nil
		}
	}
}

// dropRecorded returns the items whose server message has no ledger row yet;
// the others are marked duplicates of the email the other run imported.
// The rest are reset for the next attempt.
func (p *pipeline) dropRecorded(items []*item) ([]*item, error) {
	if len(items) == 0 {
		return nil, nil
	}
	uids := make([]string, len(items))
	for i, it := range items {
		uids[i] = it.serverUID
	}
	rows, err := p.s.client.LedgerEntry.Query().Where(ledgerentry.FolderID(p.folderID),
		ledgerentry.UIDValidity(p.uidValidity), ledgerentry.ServerUIDIn(uids...)).All(p.ctx)
	if err != nil {
		return nil, err
	}
	recorded := make(map[string]*int, len(rows))
	for _, r := range rows {
		recorded[r.ServerUID] = r.EmailID
	}
	var rest []*item
	for _, it := range items {
		it.duplicate, it.emailID = false, 0
		if emailID, ok := recorded[it.serverUID]; ok {
			it.duplicate = true
			if emailID != nil {
				it.emailID = *emailID
			}
			continue
		}
		rest = append(rest, it)
	}
	return rest, nil
}

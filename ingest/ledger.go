package ingest

import (
	"context"
	"fmt"
	"slices"
	"strconv"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"mailroom/ent"
	"mailroom/ent/emailfolder"
	"mailroom/ent/ledgerentry"
	"mailroom/ent/predicate"
	"mailroom/store"
)

// withoutLedger drops the UIDs the ledger already knows for this UIDVALIDITY:
// their outcome is durable, whatever their flags on the server say.
func (s *Service) withoutLedger(ctx context.Context, folderID int, validity int64, uids []imap.UID) ([]imap.UID, error) {
	var out []imap.UID
	for part := range slices.Chunk(uids, store.ChunkSize) {
		keys := make([]string, len(part))
		for i, u := range part {
			keys[i] = strconv.FormatUint(uint64(u), 10)
		}
		known, err := s.knownServerUIDs(ctx, folderID, validity, keys)
		if err != nil {
			return nil, err
		}
		for i, u := range part {
			if _, ok := known[keys[i]]; !ok {
				out = append(out, u)
			}
		}
	}
	return out, nil
}

// knownServerUIDs returns the ledger's keys among keys; the value is true
// when the message is stored (imported or a duplicate), false when it was
// refused for good (FAILED): it is known, but must never be deleted.
func (s *Service) knownServerUIDs(ctx context.Context, folderID int, validity int64, keys []string) (map[string]bool, error) {
	rows, err := s.client.LedgerEntry.Query().
		Where(ledgerentry.FolderID(folderID), ledgerentry.UIDValidity(validity), ledgerentry.ServerUIDIn(keys...)).
		Select(ledgerentry.FieldServerUID, ledgerentry.FieldOutcome).All(ctx)
	if err != nil {
		return nil, fmt.Errorf("read ledger: %w", err)
	}
	m := make(map[string]bool, len(rows))
	for _, r := range rows {
		m[r.ServerUID] = r.Outcome != ledgerentry.OutcomeFAILED
	}
	return m, nil
}

// ackPending applies afterImport to messages committed by an earlier run
// that stopped before acknowledging them.
func (s *Service) ackPending(ctx context.Context, c *imapclient.Client, f *ent.EmailFolder, validity int64) error {
	keys, err := s.client.LedgerEntry.Query().
		Where(ledgerentry.FolderID(f.ID), ledgerentry.UIDValidity(validity), ledgerentry.Acked(false)).
		Select(ledgerentry.FieldServerUID).Strings(ctx)
	if err != nil || len(keys) == 0 {
		return err
	}
	uids := make([]imap.UID, 0, len(keys))
	for _, k := range keys {
		if n, err := strconv.ParseUint(k, 10, 32); err == nil {
			uids = append(uids, imap.UID(n))
		}
	}
	return s.ack(ctx, c, f, validity, uids)
}

// ack applies the folder's afterImport to uids on the server, then marks
// their ledger entries done. Only UID commands are used: never a plain
// EXPUNGE, which would remove messages this run did not import.
func (s *Service) ack(ctx context.Context, c *imapclient.Client, f *ent.EmailFolder, validity int64, uids []imap.UID) error {
	if len(uids) == 0 {
		return nil
	}
	set := imap.UIDSetNum(uids...)
	var err error
	switch f.AfterImport {
	case emailfolder.AfterImportMARK_SEEN:
		err = c.Store(set, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagSeen}}, nil).Close()
	case emailfolder.AfterImportDELETE:
		if !c.Caps().Has(imap.CapUIDPlus) && !c.Caps().Has(imap.CapIMAP4rev2) {
			return fmt.Errorf("imported, but not deleted on the server: it lacks UIDPLUS (UID EXPUNGE); choose MARK_SEEN")
		}
		err = c.Store(set, &imap.StoreFlags{Op: imap.StoreFlagsAdd, Silent: true, Flags: []imap.Flag{imap.FlagDeleted}}, nil).Close()
		if err == nil {
			err = c.UIDExpunge(set).Close()
		}
	case emailfolder.AfterImportMOVE:
		caps := c.Caps()
		if !caps.Has(imap.CapMove) && !caps.Has(imap.CapIMAP4rev2) && !caps.Has(imap.CapUIDPlus) {
			return fmt.Errorf("imported, but not moved on the server: it lacks MOVE and UIDPLUS; choose MARK_SEEN")
		}
		_, err = c.Move(set, f.MoveTo).Wait()
	}
	if err != nil {
		return fmt.Errorf("imported, but the server refused %s: %w", f.AfterImport, err)
	}
	keys := make([]string, len(uids))
	for i, u := range uids {
		keys[i] = strconv.FormatUint(uint64(u), 10)
	}
	for part := range slices.Chunk(keys, store.ChunkSize) {
		err := s.client.LedgerEntry.Update().
			Where(ledgerentry.FolderID(f.ID), ledgerentry.UIDValidity(validity),
				ledgerentry.ServerUIDIn(part...)).
			SetAcked(true).Exec(ctx)
		if err != nil {
			return fmt.Errorf("record acknowledgement: %w", err)
		}
	}
	return nil
}

func uidsOf(items []*item) []imap.UID {
	uids := make([]imap.UID, 0, len(items))
	for _, it := range items {
		uids = append(uids, imap.UID(it.uid))
	}
	return uids
}

func ledgerentryFolderUnacked(folderID int) []predicate.LedgerEntry {
	return []predicate.LedgerEntry{ledgerentry.FolderID(folderID), ledgerentry.UIDValidity(0), ledgerentry.Acked(false)}
}

package ingest

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"mailroom/ent"
	"mailroom/ent/emailfolder"
	"mailroom/mail/account"
	"mailroom/mail/pop3"
	"mailroom/store"
)

// fetchPOP3 runs the pipeline on a POP3 account. POP3 has no flags: "new"
// means a UIDL the ledger does not know. Mail is left on the server unless
// afterImport is DELETE, and then only after the commit.
func (s *Service) fetchPOP3(ctx context.Context, f *ent.EmailFolder, cfg account.Config) Report {
	c, err := account.DialPOP3(ctx, cfg)
	if err != nil {
		return Report{Err: err}
	}
	defer c.Close()
	list, err := c.UIDL()
	if err != nil {
		return Report{Err: fmt.Errorf("list messages (UIDL): %w", account.Classify(err, cfg))}
	}
	del := f.AfterImport == emailfolder.AfterImportDELETE
	keys := make([]string, len(list))
	for i, m := range list {
		keys[i] = m.UID
	}
	known := make(map[string]bool)
	for part := range slices.Chunk(keys, store.ChunkSize) {
		k, err := s.knownServerUIDs(ctx, f.ID, 0, part)
		if err != nil {
			return Report{Err: err}
		}
		for uid, stored := range k {
			known[uid] = stored
		}
	}
	var todo []pop3.MessageID
	var toDelete []int // known and not yet deleted (a crash before QUIT)
	for _, m := range list {
		if stored, ok := known[m.UID]; ok {
			if stored { // a refused message stays on the server
				toDelete = append(toDelete, m.Num)
			}
			continue
		}
		todo = append(todo, m)
	}
	candidates := len(todo)
	if len(todo) > f.EmailsLimit {
		todo = todo[:f.EmailsLimit]
	}

	// LIST announces the sizes: larger messages are refused unread. (A
	// server without a usable LIST is still bounded while reading.)
	sizes := map[int]int64{}
	if len(todo) > 0 {
		if list, err := c.List(); err == nil {
			for _, m := range list {
				sizes[m.Num] = m.Size
			}
		}
	}

	p := s.newPipeline(ctx, f.ID, 0, !del)
	var fetchErr error
	for part := range slices.Chunk(todo, s.opts.BatchSize) {
		if fetchErr != nil {
			break
		}
		b := &batch{}
		for _, m := range part {
			if ctx.Err() != nil {
				fetchErr = errStopped
				break
			}
			it := &item{serverUID: m.UID, num: m.Num}
			if size := sizes[m.Num]; size > s.opts.MaxMessageSize {
				p.refuse(b, it, &tooLargeError{size: size, max: s.opts.MaxMessageSize})
				continue
			}
			size, listed := sizes[m.Num]
			if !listed {
				size = -1
			}
			var err error
			if b, err = p.reserve(b, it, size); err != nil {
				fetchErr = err
				break
			}
			if err := s.retr(c, p, it); err != nil {
				if tl, ok := errors.AsType[*tooLargeError](err); ok {
					// The rest of the body is not read: the session ends
					// here and the next run skips this message.
					p.refuse(b, it, tl)
					fetchErr = fmt.Errorf("message %s is larger than announced: %w", m.UID, tl)
					break
				}
				fetchErr = fmt.Errorf("fetch interrupted: %w", account.Classify(err, cfg))
				break
			}
			p.queue(b, it)
		}
		p.submit(b)
	}
	p.finish()

	var ackErr error
	if del && fetchErr == nil {
		for _, it := range p.takeAcks() {
			toDelete = append(toDelete, it.num)
		}
		ackErr = s.deletePOP3(ctx, c, f, toDelete)
	} else {
		_ = c.Quit()
	}
	rep := p.result(candidates, fetchErr, ackErr)
	rep.Server = &ServerCounts{Messages: len(list), New: candidates}
	return rep
}

func (s *Service) retr(c *pop3.Client, p *pipeline, it *item) error {
	body, err := c.Retr(it.num)
	if err != nil {
		return err
	}
	err = p.store(it, body, -1)
	if _, ok := errors.AsType[*tooLargeError](err); ok {
		c.Close() // draining the body would read it all
		return err
	}
	if cerr := body.Close(); err == nil {
		err = cerr
	}
	return err
}

// deletePOP3 marks the messages deleted and commits with QUIT; the ledger
// entries are acknowledged only when the server confirmed.
func (s *Service) deletePOP3(ctx context.Context, c *pop3.Client, f *ent.EmailFolder, nums []int) error {
	for _, n := range nums {
		if err := c.Dele(n); err != nil {
			return fmt.Errorf("imported, but the server refused to delete message %d: %w", n, err)
		}
	}
	if err := c.Quit(); err != nil {
		return fmt.Errorf("imported, but the server did not confirm the deletion: %w", err)
	}
	return s.client.LedgerEntry.Update().Where(ledgerentryFolderUnacked(f.ID)...).SetAcked(true).Exec(ctx)
}

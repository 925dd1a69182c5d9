package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"strconv"
	"time"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"

	"mailroom/ent"
	"mailroom/ent/emailfolder"
	"mailroom/mail/account"
)

// fetchIMAP is steps 1–9 of the pipeline for an IMAP folder.
func (s *Service) fetchIMAP(ctx context.Context, f *ent.EmailFolder, cfg account.Config) Report {
	c, err := account.DialIMAP(ctx, cfg, nil)
	if err != nil {
		return Report{Err: err}
	}
	defer func() {
		_ = c.Logout().Wait()
		c.Close()
	}()
	sel, err := c.Select(cfg.Mailbox, &imap.SelectOptions{ReadOnly: f.AfterImport == emailfolder.AfterImportLEAVE}).Wait()
	if err != nil {
		return Report{Err: account.ClassifySelect(err, cfg)}
	}
	validity := int64(sel.UIDValidity)
	if validity != f.UIDValidity {
		if f.UIDValidity != 0 {
			s.log.Warn("UIDVALIDITY changed: stored UIDs are forgotten, Message-IDs still prevent duplicates",
				slog.Int("folder", f.ID), slog.Int64("old", f.UIDValidity), slog.Int64("new", validity))
		}
		if err := s.client.EmailFolder.UpdateOne(f).SetUIDValidity(validity).Exec(ctx); err != nil {
			return Report{Err: err}
		}
	}

	// A crash between commit and acknowledgement left work to finish.
	ackErr := s.ackPending(ctx, c, f, validity)

	if sel.NumMessages == 0 {
		return Report{Err: ackErr, Server: &ServerCounts{Unseen: ptrTo(0), UIDValidity: validity}}
	}
	found, err := c.UIDSearch(&imap.SearchCriteria{NotFlag: []imap.Flag{imap.FlagSeen}}, nil).Wait()
	if err != nil {
		return Report{Err: fmt.Errorf("search unread mail: %w", account.Classify(err, cfg))}
	}
	uids, err := s.withoutLedger(ctx, f.ID, validity, found.AllUIDs())
	if err != nil {
		return Report{Err: err}
	}
	slices.Sort(uids)
	candidates := len(uids)
	if len(uids) > f.EmailsLimit {
		uids = uids[:f.EmailsLimit]
	}

	p := s.newPipeline(ctx, f.ID, validity, f.AfterImport == emailfolder.AfterImportLEAVE)
	fetchErr := s.fetchUIDs(ctx, c, p, uids, f, cfg)
	p.finish()
	if err := s.ack(ctx, c, f, validity, uidsOf(p.takeAcks())); err != nil && ackErr == nil {
		ackErr = ackError(err, cfg)
	}

	rep := p.result(candidates, fetchErr, ackErr)
	rep.Server = &ServerCounts{Messages: int(sel.NumMessages), Unseen: ptrTo(len(found.AllUIDs())), New: candidates, UIDValidity: validity}
	return rep
}

// fetchUIDs streams the messages in batches, acknowledging committed batches
// between FETCH commands.
func (s *Service) fetchUIDs(ctx context.Context, c *imapclient.Client, p *pipeline, uids []imap.UID, f *ent.EmailFolder, cfg account.Config) error {
	for chunk := range slices.Chunk(uids, s.opts.BatchSize) {
		if err := ctx.Err(); err != nil {
			return errStopped
		}
		if err := p.err(); err != nil {
			return err
		}
		b := &batch{}
		t0 := time.Now()
		chunk, err := s.withoutOversized(c, p, b, chunk)
		if err == nil && len(chunk) > 0 {
			b, err = s.fetchBatch(c, p, b, chunk)
		}
		t1 := time.Now()
		p.submit(b)
		s.log.Debug("batch fetched", slog.Int("folder", f.ID), slog.Int("messages", len(chunk)),
			slog.Duration("fetch", t1.Sub(t0)), slog.Duration("handoff", time.Since(t1)))
		if err != nil {
			if ctx.Err() != nil {
				return errStopped
			}
			return fmt.Errorf("fetch interrupted: %w", account.Classify(err, cfg))
		}
		if err := s.ack(ctx, c, f, p.uidValidity, uidsOf(p.takeAcks())); err != nil {
			return ackError(err, cfg)
		}
	}
	return nil
}

// fetchBatch fetches chunk into b, or into the batches that follow it when
// the memory budget makes the pipeline commit b early; it returns the batch
// it was filling last.
func (s *Service) fetchBatch(c *imapclient.Client, p *pipeline, b *batch, chunk []imap.UID) (*batch, error) {
	opts := &imap.FetchOptions{UID: true, BodySection: []*imap.FetchItemBodySection{{Peek: true}}}
	cmd := c.Fetch(imap.UIDSetNum(chunk...), opts)
	defer cmd.Close()
	for {
		msg := cmd.Next()
		if msg == nil {
			break
		}
		it := &item{}
		stored := false
		for {
			data := msg.Next()
			if data == nil {
				break
			}
			switch d := data.(type) {
			case imapclient.FetchItemDataUID:
				it.uid = uint32(d.UID)
			case imapclient.FetchItemDataBodySection:
				if d.Literal == nil {
					continue
				}
				var err error
				if b, err = p.reserve(b, it, d.Literal.Size()); err != nil {
					c.Close() // the literal is not read: the connection goes
					return b, err
				}
				if err := p.store(it, d.Literal, d.Literal.Size()); err != nil {
					if tl, ok := errors.AsType[*tooLargeError](err); ok && it.uid != 0 {
						// RFC822.SIZE said otherwise. The literal is not read:
						// the connection goes, the next run skips this UID.
						p.refuse(b, &item{uid: it.uid, serverUID: strconv.FormatUint(uint64(it.uid), 10)}, tl)
						abandon(c, d.Literal)
						return b, fmt.Errorf("message %d is larger than its server announced: %w", it.uid, tl)
					}
					// The literal failed (a cut connection) or storing it did:
					// the connection goes. Closed first, the client's reader has
					// stopped when the deferred cmd.Close discards the rest of
					// the literal; go-imap beta.8 resumes that reader once a
					// literal returns an error, and both would read its buffer.
					c.Close()
					return b, err
				}
				stored = true
			}
		}
		if it.uid == 0 {
			continue // an unsolicited FETCH (flags of another message)
		}
		it.serverUID = strconv.FormatUint(uint64(it.uid), 10)
		if stored {
			p.queue(b, it)
		} else {
			p.fail(b, it, errors.New("the server returned no body"))
		}
	}
	return b, cmd.Close()
}

// ackError keeps the server's refusal of an acknowledgement in its words
// ("imported, but the server refused MOVE: ..."), but a connection lost
// under it is told as one.
func ackError(err error, cfg account.Config) error {
	if lost := account.Classify(err, cfg); errors.Is(lost, account.ErrConnectionLost) {
		return lost
	}
	return err
}

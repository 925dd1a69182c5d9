package ingest

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"slices"
	"sync"
	"time"

	"mailroom/blob"
	"mailroom/ent"
	"mailroom/ent/email"
	"mailroom/ent/ledgerentry"
	"mailroom/ent/predicate"
	"mailroom/ent/schema/fetchlog"
	"mailroom/events"
	"mailroom/mail"
	"mailroom/search"
	"mailroom/store"
)

// item is one server message travelling through the pipeline.
type item struct {
	serverUID string // IMAP UID in decimal or POP3 UIDL
	uid       uint32 // IMAP UID
	num       int    // POP3 message number
	rawSHA    string
	size      int64
	data      []byte // the raw message when small enough to keep in memory
	msg       *mail.Message
	parts     []search.Part // the attachments' names and text, for the search index
	unread    []unreadPart  // attachments whose text could not be read: logged with the email's ID after the commit
	doc       *search.Doc   // its search document, words made on the parse workers
	hasPDF    bool          // its PDFs are read after the commit
	err       error         // the message could not be fetched or stored: retried next run
	refused   bool          // err is final (too large): a FAILED ledger entry, never retried
	failKind  fetchlog.FailureKind
	charge    int64 // bytes of the memory budget held until the batch commits
	emailID   int   // after commit: the new email, or the one it duplicates
	duplicate bool
	key       string // dedupe key, see dedupeKey
	batch     *batch
}

// unreadPart is an attachment indexed by its name only, and why.
type unreadPart struct {
	position int
	err      error
}

// batch is a group of items committed in one transaction.
type batch struct {
	items  []*item
	parsed sync.WaitGroup
}

// pipeline parses fetched messages off the network goroutine and commits
// them in batches, in order, one transaction per batch.
type pipeline struct {
	s           *Service
	ctx         context.Context
	folderID    int
	uidValidity int64
	autoAck     bool // LEAVE: nothing to do on the server, the ledger entry is final at once
	runID       int  // the fetch run writing the ledger rows (0: none)

	parseQ  chan *item
	batches chan *batch
	workers sync.WaitGroup
	done    chan struct{}

	// lease pins the run's blobs against garbage collection until every
	// batch has committed (see blob.Lease).
	lease *blob.Lease

	mu      sync.Mutex
	toAck   []*item
	rep     Report
	refused int   // of rep.Failed, the messages refused for good: not remaining
	failure error // a commit failed: the run stops
}

func (s *Service) newPipeline(ctx context.Context, folderID int, uidValidity int64, autoAck bool) *pipeline {
	p := &pipeline{s: s, ctx: ctx, folderID: folderID, uidValidity: uidValidity, autoAck: autoAck,
		parseQ: make(chan *item, s.opts.BatchSize), batches: make(chan *batch, 1), done: make(chan struct{}),
		lease: s.blobs.Lease()}
	for range s.opts.Parsers {
		p.workers.Add(1)
		go p.parseLoop()
	}
	p.runID = runIDFrom(ctx)
	go p.commitLoop()
	return p
}

// store takes a raw message from the server. Small messages are read into
// memory and written to the blob store by the parse workers, so the network
// goroutine only reads; large ones are streamed to the blob store here and
// never held in memory. An error means the message could not be read (the
// connection is then unusable) or stored.
func (p *pipeline) store(it *item, r io.Reader, size int64) (err error) {
	defer func() {
		if err != nil {
			p.refund(it) // not kept: nothing of it is in flight
		}
	}()
	max := p.s.opts.MaxMessageSize
	if size > max {
		return &tooLargeError{size: size, max: max}
	}
	if size >= 0 && size <= p.s.opts.InMemoryLimit {
		buf := make([]byte, size)
		if _, err := io.ReadFull(r, buf); err != nil {
			return fmt.Errorf("read message: %w", err)
		}
		it.data, it.size = buf, size
		return nil
	}
	w, err := p.lease.Create()
	if err != nil {
		return err
	}
	// A server announcing no size (POP3) or lying about it is cut off at
	// the maximum: nothing of the message is kept.
	n, err := io.Copy(w, io.LimitReader(r, max+1))
	if err == nil && n > max {
		err = &tooLargeError{max: max}
	}
	if err != nil {
		w.Abort()
		if _, ok := errors.AsType[*tooLargeError](err); ok {
			return err
		}
		return fmt.Errorf("read message: %w", err)
	}
	it.rawSHA, it.size, err = w.Commit()
	return err
}

// refuse records an item that will never be imported (too large): its
// FAILED ledger entry keeps later runs from fetching it again.
func (p *pipeline) refuse(b *batch, it *item, err error) {
	it.err, it.refused, it.failKind = err, true, fetchlog.TooLarge
	b.items = append(b.items, it)
}

// queue adds a stored message to b and hands it to the parsers.
func (p *pipeline) queue(b *batch, it *item) {
	it.batch = b
	b.items = append(b.items, it)
	b.parsed.Add(1)
	p.parseQ <- it
}

// fail records an item that could not be fetched; it stays a candidate.
func (p *pipeline) fail(b *batch, it *item, err error) {
	it.err, it.failKind = err, fetchlog.Fetch
	b.items = append(b.items, it)
}

// submit hands a complete batch to the committer (blocking while one batch
// is already waiting, which bounds memory).
func (p *pipeline) submit(b *batch) {
	if len(b.items) > 0 {
		p.batches <- b
	}
}

// finish waits for every submitted batch to be committed.
func (p *pipeline) finish() {
	close(p.parseQ)
	close(p.batches)
	<-p.done
	p.workers.Wait()
	if err := p.lease.Release(); err != nil {
		p.s.log.Warn("unused blobs not removed", slog.Int("folder", p.folderID), slog.Any("error", err))
	}
}

// takeAcks returns the committed items whose afterImport is still to do.
func (p *pipeline) takeAcks() []*item {
	p.mu.Lock()
	defer p.mu.Unlock()
	a := p.toAck
	p.toAck = nil
	return a
}

// err returns the commit failure, if any.
func (p *pipeline) err() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.failure
}

// result is the run's report once the pipeline has finished. Of the
// candidates (new on the server and not in the ledger, before the limit),
// what was neither imported nor found duplicate remains: the failed ones,
// those beyond the limit, and those an interrupted run did not reach. The
// first error that stopped the run wins (a failed commit, the fetch, the
// acknowledgement); a lost connection is told with the counts.
func (p *pipeline) result(candidates int, fetchErr, ackErr error) Report {
	p.mu.Lock()
	defer p.mu.Unlock()
	r := p.rep
	// Refused messages (too large) are done with: they are recorded FAILED
	// and not offered again.
	done := r.Imported + r.Duplicates + p.refused
	r.Remaining = max(0, candidates-done)
	for _, err := range []error{p.failure, fetchErr, ackErr} {
		if err != nil {
			r.Err = withProgress(err, done, candidates)
			break
		}
	}
	return r
}

func (p *pipeline) parseLoop() {
	defer p.workers.Done()
	for it := range p.parseQ {
		p.parse(it)
	}
}

func (p *pipeline) parse(it *item) {
	defer it.batch.parsed.Done()
	var r io.Reader
	if it.data != nil {
		sum, _, err := p.lease.Put(bytes.NewReader(it.data))
		if err != nil {
			it.err, it.failKind = err, fetchlog.Store
			return
		}
		it.rawSHA = sum
		r = bytes.NewReader(it.data)
	} else {
		f, err := p.s.blobs.Open(it.rawSHA)
		if err != nil {
			it.err, it.failKind = err, fetchlog.Store
			return
		}
		defer f.Close()
		r = f
	}
	msg, err := mail.Parse(r, p.lease, nil)
	if err != nil {
		it.err, it.failKind = fmt.Errorf("store message %s: %w", it.serverUID, err), fetchlog.Parse
		return
	}
	it.msg = msg
	it.data = nil // the bytes are in the blob store; free them before the commit
	if p.s.opts.Search != nil {
		// Read here, on the parse workers, not inside the commit's transaction.
		// PDFs are read after the commit (pdftext.go): indexed by name here.
		it.parts = search.Extract(p.ctx, msg.Attachments, func(sum string) (io.ReadCloser, error) { return p.s.blobs.Open(sum) },
			nil, func(position int, err error) { it.unread = append(it.unread, unreadPart{position, err}) })
		it.hasPDF = p.s.pdf != nil && len(search.PDFs(msg.Attachments)) > 0
		// The texts write sets on the email; ID, folder and date come at commit.
		doc := search.DocOf(&ent.Email{Subject: msg.Subject, From: msg.From, To: msg.To, Cc: msg.Cc, Text: msg.Text}, it.parts)
		p.s.opts.Search.Prepare(&doc)
		it.doc = &doc
	}
}

func (p *pipeline) commitLoop() {
	defer close(p.done)
	for b := range p.batches {
		b.parsed.Wait()
		if p.err() == nil { // else drain: the run has already failed
			if err := p.commit(b); err != nil {
				p.mu.Lock()
				p.failure = err
				p.mu.Unlock()
			}
		}
		for _, it := range b.items {
			it.msg, it.doc, it.parts = nil, nil, nil
			p.refund(it)
		}
	}
}

// commit makes a batch durable: blobs first (one syncfs), then one
// transaction with the emails, their attachments and the ledger rows.
func (p *pipeline) commit(b *batch) error {
	var ok, refused []*item
	var failures []fetchlog.Failure
	for _, it := range b.items {
		if it.err != nil || it.msg == nil {
			reason, kind := "not parsed", it.failKind
			if it.err != nil {
				reason = it.err.Error()
			}
			if kind == "" {
				kind = fetchlog.Parse
			}
			failures = append(failures, fetchlog.Failure{ServerUID: it.serverUID, Reason: reason, Kind: kind})
			if it.refused {
				refused = append(refused, it)
				p.s.log.Warn("message refused for good", slog.Int("folder", p.folderID),
					slog.String("uid", it.serverUID), slog.String("reason", reason))
				continue
			}
			p.s.log.Warn("message not imported; it will be retried", slog.Int("folder", p.folderID),
				slog.String("uid", it.serverUID), slog.String("reason", reason))
			continue
		}
		ok = append(ok, it)
	}
	if len(ok)+len(refused) > 0 {
		t0 := time.Now()
		if len(ok) > 0 {
			if err := p.s.blobs.Sync(); err != nil {
				return err
			}
		}
		t1 := time.Now()
		if p.s.beforeWrite != nil {
			p.s.beforeWrite(p.folderID)
		}
		if err := p.writeTx(ok, refused); err != nil {
			p.s.log.Error("batch not stored; its messages stay new on the server", slog.Int("folder", p.folderID),
				slog.Int("messages", len(ok)+len(refused)), slog.Any("error", err))
			return &storeError{err}
		}
		p.s.log.Debug("batch committed", slog.Int("folder", p.folderID), slog.Int("messages", len(ok)),
			slog.Duration("sync", t1.Sub(t0)), slog.Duration("tx", time.Since(t1)))
	}
	imported, dups := 0, 0
	for _, it := range ok {
		if it.duplicate {
			dups++
			continue
		}
		imported++
		for _, u := range it.unread {
			p.s.log.Warn("attachment indexed by its name only", slog.Int("folder", p.folderID), slog.Int("email", it.emailID),
				slog.Int("attachment", u.position), slog.Any("error", u.err))
		}
		if it.hasPDF {
			p.s.pdf.queue(p.ctx, pdfJob{emailID: it.emailID, folderID: p.folderID})
		}
		p.s.bus.Publish(events.Event{Type: events.EmailAdded, FolderID: p.folderID, EmailID: it.emailID})
	}
	p.mu.Lock()
	p.rep.Imported += imported
	p.rep.Duplicates += dups
	p.rep.Failed += len(failures)
	p.refused += len(refused)
	p.rep.Failures = append(p.rep.Failures, failures...)
	if !p.autoAck {
		p.toAck = append(p.toAck, ok...)
	}
	p.mu.Unlock()
	return nil
}

// dedupeKey identifies a message within a folder: its Message-ID, or the
// sha256 of its bytes when it has none.
func dedupeKey(it *item) string {
	if it.msg.MessageID != "" {
		return "mid:" + it.msg.MessageID
	}
	return "sha256:" + it.rawSHA
}

func (p *pipeline) writeOnce(items, refused []*item) error {
	return store.WithTx(p.ctx, p.s.client, func(tx *ent.Tx) error {
		if len(items) > 0 {
			if err := p.write(tx, items); err != nil {
				return err
			}
		}
		if len(refused) > 0 {
			return p.writeRefused(tx, refused)
		}
		return nil
	})
}

// writeRefused records messages that will not be imported: FAILED with the
// reason, acknowledged at once since nothing is to be done on the server
// (the message stays there, untouched).
func (p *pipeline) writeRefused(tx *ent.Tx, items []*item) error {
	rows := make([]*ent.LedgerEntryCreate, len(items))
	for i, it := range items {
		rows[i] = tx.LedgerEntry.Create().SetFolderID(p.folderID).SetUIDValidity(p.uidValidity).
			SetServerUID(it.serverUID).SetOutcome(ledgerentry.OutcomeFAILED).SetError(it.err.Error()).SetAcked(true)
		if p.runID != 0 {
			rows[i].SetFetchRunID(p.runID)
		}
	}
	return tx.LedgerEntry.CreateBulk(rows...).Exec(p.ctx)
}

func (p *pipeline) write(tx *ent.Tx, items []*item) error {
	ctx := p.ctx
	keys := make([]string, len(items))
	for i, it := range items {
		it.key = dedupeKey(it)
		keys[i] = it.key
	}
	known := make(map[string]int)
	existing, err := tx.Email.Query().Where(email.FolderID(p.folderID), email.DedupeKeyIn(keys...)).
		Select(email.FieldID, email.FieldDedupeKey).All(ctx)
	if err != nil {
		return err
	}
	for _, e := range existing {
		known[e.DedupeKey] = e.ID
	}
	purged, err := p.purgedKeys(tx, items, known)
	if err != nil {
		return err
	}

	var creates []*ent.EmailCreate
	var fresh []*item
	for _, it := range items {
		if _, ok := known[it.key]; ok || purged[it.key] {
			it.duplicate = true // resolved to the email's id below (none when purged)
			continue
		}
		known[it.key] = 0 // a second copy in the same batch duplicates this one
		m := it.msg
		c := tx.Email.Create().SetFolderID(p.folderID).SetDedupeKey(it.key).SetMessageID(m.MessageID).
			SetSubject(m.Subject).SetTo(nonNil(m.To)).SetCc(nonNil(m.Cc)).SetReplyTo(nonNil(m.ReplyTo)).
			SetInReplyTo(m.InReplyTo).SetReferences(nonNilStrings(m.References)).SetText(m.Text).
			SetSize(it.size).SetRawSha256(it.rawSHA).SetAttachmentCount(len(m.Attachments))
		if m.From != nil {
			c.SetFrom(m.From)
		}
		if !m.Date.IsZero() {
			c.SetSentAt(m.Date)
		}
		if m.HTML != "" {
			c.SetHTML(m.HTML)
		}
		if m.ParseError != "" {
			c.SetParseError(m.ParseError)
		}
		creates = append(creates, c)
		fresh = append(fresh, it)
	}
	if len(creates) > 0 {
		if err := p.assignThreads(tx, creates, fresh); err != nil {
			return err
		}
		saved, err := tx.Email.CreateBulk(creates...).Save(ctx)
		if err != nil {
			return err
		}
		var atts []*ent.AttachmentCreate
		docs := make([]search.Doc, len(saved))
		for i, e := range saved {
			fresh[i].emailID = e.ID
			known[fresh[i].key] = e.ID
			if d := fresh[i].doc; d != nil {
				d.ID, d.FolderID, d.SentAt = e.ID, e.FolderID, e.SentAt // the item's too: its PDFs are read with it
				docs[i] = *d
			} else {
				docs[i] = search.DocOf(e, fresh[i].parts)
			}
			for pos, a := range fresh[i].msg.Attachments {
				atts = append(atts, tx.Attachment.Create().SetEmailID(e.ID).SetFilename(a.Filename).
					SetContentType(a.ContentType).SetSize(a.Size).SetSha256(a.SHA256).SetContentID(a.ContentID).
					SetInline(a.Inline).SetPosition(pos))
			}
		}
		if err := p.s.opts.Search.Add(ctx, tx, docs); err != nil {
			return err
		}
		for part := range slices.Chunk(atts, store.ChunkSize) {
			if err := tx.Attachment.CreateBulk(part...).Exec(ctx); err != nil {
				return err
			}
		}
	}
	ledger := make([]*ent.LedgerEntryCreate, len(items))
	for i, it := range items {
		if it.duplicate {
			it.emailID = known[it.key]
		}
		outcome := ledgerentry.OutcomeIMPORTED
		if it.duplicate {
			outcome = ledgerentry.OutcomeDUPLICATE
		}
		ledger[i] = tx.LedgerEntry.Create().SetFolderID(p.folderID).SetUIDValidity(p.uidValidity).
			SetServerUID(it.serverUID).SetMessageID(it.msg.MessageID).SetRawSha256(it.rawSHA).
			SetOutcome(outcome).SetAcked(p.autoAck)
		if it.emailID != 0 {
			ledger[i].SetEmailID(it.emailID)
		}
		if it.duplicate {
			ledger[i].SetDuplicateBy(duplicateBy(it.key))
		}
		if p.runID != 0 {
			ledger[i].SetFetchRunID(p.runID)
		}
	}
	return tx.LedgerEntry.CreateBulk(ledger...).Exec(ctx)
}

func nonNil(a []mail.Address) []mail.Address {
	if a == nil {
		return []mail.Address{}
	}
	return a
}

func nonNilStrings(a []string) []string {
	if a == nil {
		return []string{}
	}
	return a
}

// purgedKeys finds the dedupe keys of emails that were imported into this
// folder and later deleted for good: the ledger remembers them, so the same
// message delivered again is a duplicate, not new mail.
func (p *pipeline) purgedKeys(tx *ent.Tx, items []*item, known map[string]int) (map[string]bool, error) {
	var mids, shas []string
	for _, it := range items {
		if _, ok := known[it.key]; ok {
			continue
		}
		if it.msg.MessageID != "" {
			mids = append(mids, it.msg.MessageID)
		} else {
			shas = append(shas, it.rawSHA)
		}
	}
	out := map[string]bool{}
	if len(mids)+len(shas) == 0 {
		return out, nil
	}
	// Two lookups on the index (folder, message_id, raw_sha256): joined by
	// OR, SQLite read every entry of the folder.
	var rows []*ent.LedgerEntry
	for _, by := range []struct {
		keys  []string
		match func(...string) predicate.LedgerEntry
	}{
		{mids, ledgerentry.MessageIDIn},
		{shas, func(s ...string) predicate.LedgerEntry {
			return ledgerentry.And(ledgerentry.MessageID(""), ledgerentry.RawSha256In(s...))
		}},
	} {
		if len(by.keys) == 0 {
			continue
		}
		found, err := tx.LedgerEntry.Query().Where(ledgerentry.FolderID(p.folderID),
			ledgerentry.OutcomeEQ(ledgerentry.OutcomeIMPORTED), by.match(by.keys...)).All(p.ctx)
		if err != nil {
			return nil, err
		}
		rows = append(rows, found...)
	}
	for _, r := range rows {
		if r.MessageID != "" {
			out["mid:"+r.MessageID] = true
		} else {
			out["sha256:"+r.RawSha256] = true
		}
	}
	return out, nil
}

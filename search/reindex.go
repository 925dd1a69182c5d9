package search

import (
	"context"
	"fmt"
	"io"
	"log/slog"

	"mailroom/auth/viewer"
	"mailroom/blob"
	"mailroom/ent"
	"mailroom/ent/attachment"
	"mailroom/ent/email"
	"mailroom/mail"
	"mailroom/store"
)

// backfillBatch is how many emails one transaction of Backfill indexes.
const backfillBatch = 200

// Clear empties the index; every email then needs Backfill.
func (ix *Index) Clear(ctx context.Context) error {
	stmts := []string{`DELETE FROM email_search_doc`, `DELETE FROM email_search_part`}
	if !ix.postgres {
		stmts = append(stmts, `INSERT INTO email_fts (email_fts) VALUES ('delete-all')`)
	}
	for _, s := range stmts {
		if _, err := ix.db.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("clear the search index: %w", err)
		}
	}
	return nil
}

// Missing counts the stored emails that are not in the index.
func (ix *Index) Missing(ctx context.Context) (int, error) {
	var n int
	err := ix.db.QueryRowContext(ctx, `SELECT count(*) FROM emails WHERE id NOT IN (SELECT email_id FROM email_search_doc)`).Scan(&n)
	return n, err
}

// Backfill indexes the stored emails that are not in the index (all of
// them after Clear or a new index version), oldest first, a batch per
// transaction, reading attachment text from blobs as ingest does. progress,
// when given, is told after each batch. It returns how many it indexed.
// Ingest may run meanwhile: an email it indexes is simply not missing.
func (ix *Index) Backfill(ctx context.Context, client *ent.Client, blobs *blob.Store, progress func(done, total int)) (int, error) {
	ctx = viewer.SystemContext(ctx)
	total, err := ix.Missing(ctx)
	if err != nil || total == 0 {
		return 0, err
	}
	done, last := 0, 0
	for {
		ids, err := ix.missingAfter(ctx, last)
		if err != nil {
			return done, err
		}
		if len(ids) == 0 {
			return done, nil
		}
		last = ids[len(ids)-1]
		emails, err := client.Email.Query().Where(email.IDIn(ids...)).
			WithAttachments(func(q *ent.AttachmentQuery) { q.Order(ent.Asc(attachment.FieldPosition)) }).All(ctx)
		if err != nil {
			return done, err
		}
		docs := make([]Doc, len(emails))
		for i, e := range emails {
			id := e.ID
			docs[i] = ix.storedDoc(ctx, e, blobs, func(position int, err error) {
				slog.Warn("attachment indexed by its name only", slog.Int("email", id), slog.Int("attachment", position), slog.Any("error", err))
			})
		}
		if err := store.WithTx(ctx, client, func(tx *ent.Tx) error { return ix.Add(ctx, tx, docs) }); err != nil {
			return done, err
		}
		done += len(docs)
		if progress != nil {
			progress(min(done, total), total)
		}
	}
}

func (ix *Index) missingAfter(ctx context.Context, after int) ([]int, error) {
	rows, err := ix.db.QueryContext(ctx, ix.rebind(`SELECT id FROM emails WHERE id > ?
		AND id NOT IN (SELECT email_id FROM email_search_doc) ORDER BY id LIMIT ?`), after, backfillBatch)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int
	for rows.Next() {
		var id int
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// storedDoc is the document of a stored email (its attachments loaded, in
// order), the text of its attachments read from blobs.
func (ix *Index) storedDoc(ctx context.Context, e *ent.Email, blobs *blob.Store, warn func(position int, err error)) Doc {
	atts := make([]mail.Attachment, len(e.Edges.Attachments))
	for j, a := range e.Edges.Attachments {
		atts[j] = mail.Attachment{Filename: a.Filename, ContentType: a.ContentType, Size: a.Size, SHA256: a.Sha256}
	}
	var open func(string) (io.ReadCloser, error)
	if blobs != nil {
		open = func(sum string) (io.ReadCloser, error) { return blobs.Open(sum) }
	}
	return DocOf(e, Extract(ctx, atts, open, ix.PDF, warn))
}

// ReadPDFs indexes a stored email again with the text of its PDFs, for an
// email indexed at its commit with its PDFs by name (ingest reads them
// after the commit, off the fetch). warn is told of each PDF that could not
// be read. An email that is gone (purged meanwhile) is left out.
func (ix *Index) ReadPDFs(ctx context.Context, client *ent.Client, blobs *blob.Store, id int, warn func(position int, err error)) error {
	if ix == nil || ix.PDF == nil {
		return nil
	}
	ctx = viewer.SystemContext(ctx)
	e, err := client.Email.Query().Where(email.ID(id)).
		WithAttachments(func(q *ent.AttachmentQuery) { q.Order(ent.Asc(attachment.FieldPosition)) }).Only(ctx)
	if ent.IsNotFound(err) {
		return nil
	} else if err != nil {
		return err
	}
	d := ix.storedDoc(ctx, e, blobs, func(position int, err error) {
		if a := e.Edges.Attachments[position]; isPDF(mail.Attachment{Filename: a.Filename, ContentType: a.ContentType}) {
			warn(position, err) // the others were told at the commit
		}
	})
	return ix.replace(ctx, d)
}

// replace writes d again in its own transaction; an email gone by then is
// left out of the index.
func (ix *Index) replace(ctx context.Context, d Doc) error {
	ix.Prepare(&d)
	tx, err := ix.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if err := ix.Add(ctx, tx, []Doc{d}); err != nil {
		return err
	}
	// Checked after the write: on SQLite the write holds the lock, so a
	// purge either came before (the email is gone) or waits for this.
	var n int
	if err := tx.QueryRowContext(ctx, ix.rebind(`SELECT count(*) FROM emails WHERE id = ?`), d.ID).Scan(&n); err != nil {
		return err
	}
	if n == 0 {
		return nil // rolled back
	}
	return tx.Commit()
}

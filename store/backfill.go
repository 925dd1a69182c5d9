package store

import (
	"context"
	"database/sql"
	"fmt"

	"mailroom/ent/schema"
)

// backfillSentOrder gives the emails stored before sent_order existed their
// sort key. The migration added the column with NoSentDate, the key of an
// undated email, so a dated email still holding it has not been done yet.
// Emails are immutable through ent (a hook refuses updates), hence plain SQL;
// running it again finds nothing to do.
func backfillSentOrder(ctx context.Context, db *sql.DB, d Dialect) error {
	sel := `SELECT id, sent_at FROM emails WHERE sent_order = ? AND sent_at IS NOT NULL AND id > ? ORDER BY id LIMIT 1000`
	upd := `UPDATE emails SET sent_order = ? WHERE id = ?`
	if d == Postgres {
		sel = `SELECT id, sent_at FROM emails WHERE sent_order = $1 AND sent_at IS NOT NULL AND id > $2 ORDER BY id LIMIT 1000`
		upd = `UPDATE emails SET sent_order = $1 WHERE id = $2`
	}
	for last := int64(-1 << 63); ; {
		type row struct {
			id   int64
			sent sql.NullTime
		}
		var batch []row
		rows, err := db.QueryContext(ctx, sel, schema.NoSentDate, last)
		if err != nil {
			return fmt.Errorf("backfill sent_order: %w", err)
		}
		for rows.Next() {
			var r row
			if err := rows.Scan(&r.id, &r.sent); err != nil {
				rows.Close()
				return fmt.Errorf("backfill sent_order: %w", err)
			}
			batch = append(batch, r)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("backfill sent_order: %w", err)
		}
		if len(batch) == 0 {
			return nil
		}
		tx, err := db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("backfill sent_order: %w", err)
		}
		for _, r := range batch {
			t := r.sent.Time
			if _, err := tx.ExecContext(ctx, upd, schema.SentOrder(&t), r.id); err != nil {
				tx.Rollback()
				return fmt.Errorf("backfill sent_order of email %d: %w", r.id, err)
			}
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("backfill sent_order: %w", err)
		}
		last = batch[len(batch)-1].id
	}
}

package store

import (
	"context"
	"database/sql"
	"fmt"
)

// Folder counts: how many emails each folder holds, and how many of them are
// outside the trash, kept by the database itself. Counting a folder's emails
// on every page cost a scan of the folder (on SQLite, of every row up to its
// last column, the trash mark, past the bodies): 300 ms at 100,000 emails,
// seconds under load. Triggers on the emails table keep the counts in the
// same transaction as whatever inserts, trashes, restores or deletes an
// email — ingest, trash, purge, tests that write through ent — so no code
// path can forget them. The table is created, and filled from a real count,
// the first time a database is opened with this version.

// countsVersion names the triggers; a change of their SQL takes a new
// version, and opening recounts.
const countsVersion = "v1"

var sqliteCounts = []string{
	`CREATE TABLE folder_email_counts (
		folder_id INTEGER PRIMARY KEY,
		emails INTEGER NOT NULL DEFAULT 0,
		live INTEGER NOT NULL DEFAULT 0
	)`,
	`CREATE TRIGGER folder_email_counts_insert_` + countsVersion + ` AFTER INSERT ON emails BEGIN
		INSERT INTO folder_email_counts (folder_id, emails, live) VALUES (NEW.folder_id, 1, NEW.trashed_at IS NULL)
		ON CONFLICT (folder_id) DO UPDATE SET emails = emails + 1, live = live + (NEW.trashed_at IS NULL);
	END`,
	`CREATE TRIGGER folder_email_counts_delete_` + countsVersion + ` AFTER DELETE ON emails BEGIN
		UPDATE folder_email_counts SET emails = emails - 1, live = live - (OLD.trashed_at IS NULL) WHERE folder_id = OLD.folder_id;
	END`,
	`CREATE TRIGGER folder_email_counts_update_` + countsVersion + ` AFTER UPDATE OF trashed_at, folder_id ON emails
	WHEN (OLD.trashed_at IS NULL) <> (NEW.trashed_at IS NULL) OR OLD.folder_id <> NEW.folder_id BEGIN
		UPDATE folder_email_counts SET emails = emails - 1, live = live - (OLD.trashed_at IS NULL) WHERE folder_id = OLD.folder_id;
		INSERT INTO folder_email_counts (folder_id, emails, live) VALUES (NEW.folder_id, 1, NEW.trashed_at IS NULL)
		ON CONFLICT (folder_id) DO UPDATE SET emails = emails + 1, live = live + (NEW.trashed_at IS NULL);
	END`,
	`CREATE TRIGGER folder_email_counts_folder_` + countsVersion + ` AFTER DELETE ON email_folders BEGIN
		DELETE FROM folder_email_counts WHERE folder_id = OLD.id;
	END`,
}

var postgresCounts = []string{
	`CREATE TABLE folder_email_counts (
		folder_id BIGINT PRIMARY KEY,
		emails BIGINT NOT NULL DEFAULT 0,
		live BIGINT NOT NULL DEFAULT 0
	)`,
	`CREATE OR REPLACE FUNCTION folder_email_counts_` + countsVersion + `() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN
			UPDATE folder_email_counts SET emails = emails - 1,
				live = live - CASE WHEN OLD.trashed_at IS NULL THEN 1 ELSE 0 END
			WHERE folder_id = OLD.folder_id;
		END IF;
		IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
			INSERT INTO folder_email_counts AS c (folder_id, emails, live)
			VALUES (NEW.folder_id, 1, CASE WHEN NEW.trashed_at IS NULL THEN 1 ELSE 0 END)
			ON CONFLICT (folder_id) DO UPDATE SET emails = c.emails + 1, live = c.live + EXCLUDED.live;
		END IF;
		RETURN NULL;
	END $$`,
	`CREATE TRIGGER folder_email_counts_` + countsVersion + ` AFTER INSERT OR DELETE ON emails
		FOR EACH ROW EXECUTE FUNCTION folder_email_counts_` + countsVersion + `()`,
	`CREATE TRIGGER folder_email_counts_update_` + countsVersion + ` AFTER UPDATE OF trashed_at, folder_id ON emails
		FOR EACH ROW WHEN ((OLD.trashed_at IS NULL) <> (NEW.trashed_at IS NULL) OR OLD.folder_id <> NEW.folder_id)
		EXECUTE FUNCTION folder_email_counts_` + countsVersion + `()`,
	`CREATE OR REPLACE FUNCTION folder_email_counts_folder_` + countsVersion + `() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		DELETE FROM folder_email_counts WHERE folder_id = OLD.id;
		RETURN NULL;
	END $$`,
	`CREATE TRIGGER folder_email_counts_folder_` + countsVersion + ` AFTER DELETE ON email_folders
		FOR EACH ROW EXECUTE FUNCTION folder_email_counts_folder_` + countsVersion + `()`,
}

// recount fills the table from a real count.
const recount = `INSERT INTO folder_email_counts (folder_id, emails, live)
	SELECT folder_id, COUNT(*), SUM(CASE WHEN trashed_at IS NULL THEN 1 ELSE 0 END) FROM emails GROUP BY folder_id`

// ensureFolderCounts creates the counts and their triggers when this version
// of them is missing, and fills them, in one transaction: the emails cannot
// change between the count and the triggers taking over (SQLite's write
// lock; on PostgreSQL a lock on the table, and Open holds the migration
// lock across instances).
func ensureFolderCounts(ctx context.Context, db *sql.DB, d Dialect) error {
	exists := `SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?`
	trigger := "folder_email_counts_insert_" + countsVersion
	stmts := sqliteCounts
	if d == Postgres {
		exists = `SELECT COUNT(*) FROM pg_trigger WHERE tgname = $1`
		trigger = "folder_email_counts_" + countsVersion
		stmts = postgresCounts
	}
	var n int
	if err := db.QueryRowContext(ctx, exists, trigger).Scan(&n); err != nil {
		return fmt.Errorf("folder counts: %w", err)
	}
	if n > 0 {
		return nil
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("folder counts: %w", err)
	}
	defer tx.Rollback()
	if d == Postgres {
		if _, err := tx.ExecContext(ctx, `LOCK TABLE emails IN SHARE ROW EXCLUSIVE MODE`); err != nil {
			return fmt.Errorf("folder counts: %w", err)
		}
	}
	if err := dropFolderCounts(ctx, tx, d); err != nil {
		return err
	}
	for _, s := range append(stmts, recount) {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("folder counts: %w", err)
		}
	}
	return tx.Commit()
}

// dropFolderCounts removes the table and the triggers of any version.
func dropFolderCounts(ctx context.Context, tx *sql.Tx, d Dialect) error {
	list := `SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'folder_email_counts_%'`
	drop := `DROP TRIGGER %s`
	if d == Postgres {
		list = `SELECT tgname || ' ON ' || tgrelid::regclass::text FROM pg_trigger WHERE tgname LIKE 'folder_email_counts_%'`
		drop = `DROP TRIGGER %s`
	}
	rows, err := tx.QueryContext(ctx, list)
	if err != nil {
		return fmt.Errorf("folder counts: %w", err)
	}
	var names []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			rows.Close()
			return fmt.Errorf("folder counts: %w", err)
		}
		names = append(names, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fmt.Errorf("folder counts: %w", err)
	}
	for _, name := range names {
		if _, err := tx.ExecContext(ctx, fmt.Sprintf(drop, name)); err != nil {
			return fmt.Errorf("folder counts: %w", err)
		}
	}
	if _, err := tx.ExecContext(ctx, `DROP TABLE IF EXISTS folder_email_counts`); err != nil {
		return fmt.Errorf("folder counts: %w", err)
	}
	return nil
}

// Counts are a folder's emails: all of them, and those outside the trash.
type Counts struct {
	Emails, Live int
}

// Querier runs a query: a *sql.DB, a *sql.Tx, or an ent client (built with
// the ExecQuery feature).
type Querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// FolderCounts reads a folder's maintained counts. It does not check who
// asks: callers have read the folder through the privacy rules first. The
// one placeholder is written $1, which SQLite reads as the first argument
// too, so callers need not know the dialect.
func FolderCounts(ctx context.Context, db Querier, folderID int) (Counts, error) {
	rows, err := db.QueryContext(ctx, `SELECT emails, live FROM folder_email_counts WHERE folder_id = $1`, folderID)
	if err != nil {
		return Counts{}, fmt.Errorf("folder counts of %d: %w", folderID, err)
	}
	defer rows.Close()
	var c Counts
	if rows.Next() { // no row: a folder that never held an email
		if err := rows.Scan(&c.Emails, &c.Live); err != nil {
			return Counts{}, fmt.Errorf("folder counts of %d: %w", folderID, err)
		}
	}
	if err := rows.Err(); err != nil {
		return Counts{}, fmt.Errorf("folder counts of %d: %w", folderID, err)
	}
	return c, nil
}

package store

import (
	"context"
	"database/sql"
	"fmt"
)

// Folder conversations: which conversations each folder holds outside the
// trash, kept by the database as the email counts are (counts.go). The
// conversations view counted them with its own query, one probe of the
// thread index per email: 353 ms at 100,000 emails. Here a row per (folder,
// conversation) carries how many of its emails are outside the trash, and
// the row goes when none is left, so a folder's count is the length of its
// range of the primary key. A conversation is the email's thread, or the
// email alone (minus its ID: thread IDs are positive) before the thread
// backfill gave it one — as thread.NewestInFolder sees it.

const conversationsVersion = "v1"

// conversation is the key of an email's conversation, in either dialect.
const conversationOf = "COALESCE(%[1]s.thread_id, -%[1]s.id)"

var sqliteConversations = []string{
	`CREATE TABLE folder_conversations (
		folder_id INTEGER NOT NULL,
		conversation INTEGER NOT NULL,
		live INTEGER NOT NULL,
		PRIMARY KEY (folder_id, conversation)
	) WITHOUT ROWID`,
	`CREATE TRIGGER folder_conversations_insert_` + conversationsVersion + ` AFTER INSERT ON emails
	WHEN NEW.trashed_at IS NULL BEGIN
		INSERT INTO folder_conversations (folder_id, conversation, live) VALUES (NEW.folder_id, ` + fmt.Sprintf(conversationOf, "NEW") + `, 1)
		ON CONFLICT (folder_id, conversation) DO UPDATE SET live = live + 1;
	END`,
	`CREATE TRIGGER folder_conversations_delete_` + conversationsVersion + ` AFTER DELETE ON emails
	WHEN OLD.trashed_at IS NULL BEGIN
		UPDATE folder_conversations SET live = live - 1 WHERE folder_id = OLD.folder_id AND conversation = ` + fmt.Sprintf(conversationOf, "OLD") + `;
		DELETE FROM folder_conversations WHERE folder_id = OLD.folder_id AND conversation = ` + fmt.Sprintf(conversationOf, "OLD") + ` AND live <= 0;
	END`,
	`CREATE TRIGGER folder_conversations_update_` + conversationsVersion + ` AFTER UPDATE OF trashed_at, folder_id, thread_id ON emails
	WHEN (OLD.trashed_at IS NULL OR NEW.trashed_at IS NULL) AND ((OLD.trashed_at IS NULL) <> (NEW.trashed_at IS NULL)
		OR OLD.folder_id <> NEW.folder_id OR OLD.thread_id IS NOT NEW.thread_id) BEGIN
		UPDATE folder_conversations SET live = live - 1
		WHERE OLD.trashed_at IS NULL AND folder_id = OLD.folder_id AND conversation = ` + fmt.Sprintf(conversationOf, "OLD") + `;
		DELETE FROM folder_conversations
		WHERE OLD.trashed_at IS NULL AND folder_id = OLD.folder_id AND conversation = ` + fmt.Sprintf(conversationOf, "OLD") + ` AND live <= 0;
		INSERT INTO folder_conversations (folder_id, conversation, live)
		SELECT NEW.folder_id, ` + fmt.Sprintf(conversationOf, "NEW") + `, 1 WHERE NEW.trashed_at IS NULL
		ON CONFLICT (folder_id, conversation) DO UPDATE SET live = live + 1;
	END`,
	`CREATE TRIGGER folder_conversations_folder_` + conversationsVersion + ` AFTER DELETE ON email_folders BEGIN
		DELETE FROM folder_conversations WHERE folder_id = OLD.id;
	END`,
}

var postgresConversations = []string{
	`CREATE TABLE folder_conversations (
		folder_id BIGINT NOT NULL,
		conversation BIGINT NOT NULL,
		live BIGINT NOT NULL,
		PRIMARY KEY (folder_id, conversation)
	)`,
	`CREATE OR REPLACE FUNCTION folder_conversations_` + conversationsVersion + `() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		IF TG_OP = 'DELETE' OR TG_OP = 'UPDATE' THEN
			IF OLD.trashed_at IS NULL THEN
				UPDATE folder_conversations SET live = live - 1
				WHERE folder_id = OLD.folder_id AND conversation = ` + fmt.Sprintf(conversationOf, "OLD") + `;
				DELETE FROM folder_conversations
				WHERE folder_id = OLD.folder_id AND conversation = ` + fmt.Sprintf(conversationOf, "OLD") + ` AND live <= 0;
			END IF;
		END IF;
		IF TG_OP = 'INSERT' OR TG_OP = 'UPDATE' THEN
			IF NEW.trashed_at IS NULL THEN
				INSERT INTO folder_conversations AS c (folder_id, conversation, live)
				VALUES (NEW.folder_id, ` + fmt.Sprintf(conversationOf, "NEW") + `, 1)
				ON CONFLICT (folder_id, conversation) DO UPDATE SET live = c.live + 1;
			END IF;
		END IF;
		RETURN NULL;
	END $$`,
	`CREATE TRIGGER folder_conversations_` + conversationsVersion + ` AFTER INSERT OR DELETE ON emails
		FOR EACH ROW EXECUTE FUNCTION folder_conversations_` + conversationsVersion + `()`,
	`CREATE TRIGGER folder_conversations_update_` + conversationsVersion + ` AFTER UPDATE OF trashed_at, folder_id, thread_id ON emails
		FOR EACH ROW WHEN ((OLD.trashed_at IS NULL) <> (NEW.trashed_at IS NULL) OR OLD.folder_id <> NEW.folder_id
			OR OLD.thread_id IS DISTINCT FROM NEW.thread_id)
		EXECUTE FUNCTION folder_conversations_` + conversationsVersion + `()`,
	`CREATE OR REPLACE FUNCTION folder_conversations_folder_` + conversationsVersion + `() RETURNS trigger LANGUAGE plpgsql AS $$
	BEGIN
		DELETE FROM folder_conversations WHERE folder_id = OLD.id;
		RETURN NULL;
	END $$`,
	`CREATE TRIGGER folder_conversations_folder_` + conversationsVersion + ` AFTER DELETE ON email_folders
		FOR EACH ROW EXECUTE FUNCTION folder_conversations_folder_` + conversationsVersion + `()`,
}

// recountConversations fills the table from the emails.
var recountConversations = `INSERT INTO folder_conversations (folder_id, conversation, live)
	SELECT folder_id, ` + fmt.Sprintf(conversationOf, "emails") + `, COUNT(*) FROM emails WHERE trashed_at IS NULL
	GROUP BY folder_id, ` + fmt.Sprintf(conversationOf, "emails")

// ensureFolderConversations creates the table and its triggers when this
// version of them is missing, and fills it, in one transaction (see
// ensureFolderCounts).
func ensureFolderConversations(ctx context.Context, db *sql.DB, d Dialect) error {
	exists := `SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name = ?`
	trigger := "folder_conversations_insert_" + conversationsVersion
	list := `SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'folder_conversations_%'`
	stmts := sqliteConversations
	if d == Postgres {
		exists = `SELECT COUNT(*) FROM pg_trigger WHERE tgname = $1`
		trigger = "folder_conversations_" + conversationsVersion
		list = `SELECT tgname || ' ON ' || tgrelid::regclass::text FROM pg_trigger WHERE tgname LIKE 'folder_conversations_%'`
		stmts = postgresConversations
	}
	fail := func(err error) error { return fmt.Errorf("folder conversations: %w", err) }
	var n int
	if err := db.QueryRowContext(ctx, exists, trigger).Scan(&n); err != nil {
		return fail(err)
	}
	if n > 0 {
		return nil
	}
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fail(err)
	}
	defer tx.Rollback()
	if d == Postgres {
		if _, err := tx.ExecContext(ctx, `LOCK TABLE emails IN SHARE ROW EXCLUSIVE MODE`); err != nil {
			return fail(err)
		}
	}
	rows, err := tx.QueryContext(ctx, list)
	if err != nil {
		return fail(err)
	}
	var old []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			rows.Close()
			return fail(err)
		}
		old = append(old, "DROP TRIGGER "+s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fail(err)
	}
	old = append(old, `DROP TABLE IF EXISTS folder_conversations`)
	for _, s := range append(append(old, stmts...), recountConversations) {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return fail(err)
		}
	}
	return tx.Commit()
}

// FolderConversations counts a folder's conversations outside the trash
// from the maintained table. Like FolderCounts it does not check who asks.
func FolderConversations(ctx context.Context, db Querier, folderID int) (int, error) {
	rows, err := db.QueryContext(ctx, `SELECT COUNT(*) FROM folder_conversations WHERE folder_id = $1`, folderID)
	if err != nil {
		return 0, fmt.Errorf("conversations of folder %d: %w", folderID, err)
	}
	defer rows.Close()
	var n int
	if rows.Next() {
		if err := rows.Scan(&n); err != nil {
			return 0, fmt.Errorf("conversations of folder %d: %w", folderID, err)
		}
	}
	return n, rows.Err()
}

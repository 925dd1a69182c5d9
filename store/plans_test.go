package store_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"mailroom/auth/viewer"
	"mailroom/store"
)

// TestHotLookupsUseAnIndex: the lookups made per batch of an import and per
// email read go through an index, not a scan of a table that grows with the
// folder (the million-email run slowed from 1,700 to 450 msg/s on the
// ledger's, and every email view scanned all attachments).
func TestHotLookupsUseAnIndex(t *testing.T) {
	ctx := viewer.SystemContext(context.Background())
	client, db, err := store.Open(ctx, filepath.Join(t.TempDir(), "plans.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer client.Close()
	defer db.Close()
	for name, q := range map[string]string{
		"an email's attachments": "SELECT * FROM attachments WHERE email_id IN (1, 2) ORDER BY position",
		// ingest's purgedKeys, each as ent writes it
		"imported before, by Message-ID": "SELECT * FROM ledger_entries WHERE folder_id = 1 AND outcome = 'IMPORTED' AND message_id IN ('a', 'b')",
		"imported before, by content":    "SELECT * FROM ledger_entries WHERE folder_id = 1 AND outcome = 'IMPORTED' AND message_id = '' AND raw_sha256 IN ('x', 'y')",
		"a folder's runs":                "SELECT * FROM fetch_runs WHERE folder_id = 1 ORDER BY id DESC LIMIT 20",
	} {
		rows, err := db.QueryContext(ctx, "EXPLAIN QUERY PLAN "+q)
		if err != nil {
			t.Fatal(err)
		}
		var plan []string
		for rows.Next() {
			var id, parent, unused int
			var detail string
			if err := rows.Scan(&id, &parent, &unused, &detail); err != nil {
				t.Fatal(err)
			}
			plan = append(plan, detail)
		}
		rows.Close()
		all := strings.Join(plan, "; ")
		if strings.Contains(all, "SCAN ") || strings.Contains(all, "ledgerentry_folder_id ") ||
			(strings.HasSuffix(name, "by content") && !strings.Contains(all, "raw_sha256=?")) {
			t.Errorf("%s: %s", name, all)
		}
		t.Logf("%s: %s", name, all)
	}
}

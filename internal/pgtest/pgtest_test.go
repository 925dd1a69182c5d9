package pgtest_test

import (
	"context"
	"testing"

	"mailroom/auth/viewer"
	"mailroom/internal/pgtest"
	"mailroom/store"
)

// TestStartServesStore starts a private PostgreSQL and opens it the way the
// application does: the schema migrates and a row goes in and out.
func TestStartServesStore(t *testing.T) {
	srv := pgtest.Start(t)
	ctx := context.Background()
	for _, dsn := range []string{srv.NewDatabase(t), srv.NewDatabase(t)} {
		client, db, err := store.Open(ctx, dsn)
		if err != nil {
			t.Fatalf("store.Open(%s): %v", dsn, err)
		}
		var version string
		if err := db.QueryRowContext(ctx, "SHOW server_version").Scan(&version); err != nil {
			t.Fatal(err)
		}
		t.Logf("PostgreSQL %s at %s", version, dsn)
		n, err := client.User.Query().Count(viewer.SystemContext(ctx))
		if err != nil || n != 0 {
			t.Fatalf("users in a fresh database: %d, %v", n, err)
		}
		client.Close()
	}
}

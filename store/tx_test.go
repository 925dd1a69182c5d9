package store_test

import (
	"errors"
	"testing"

	"mailroom/ent"
	"mailroom/internal/testenv"
	"mailroom/store"
)

// WithTx commits what fn wrote when it returns nil and leaves nothing behind
// when it fails or panics; the panic still reaches the caller.
func TestWithTx(t *testing.T) {
	te := testenv.New(t)
	ctx, client := te.Ctx, te.Client
	create := func(tx *ent.Tx, title string) error {
		return tx.Workspace.Create().SetTitle(title).Exec(ctx)
	}
	if err := store.WithTx(ctx, client, func(tx *ent.Tx) error { return create(tx, "kept") }); err != nil {
		t.Fatal(err)
	}
	boom := errors.New("boom")
	if err := store.WithTx(ctx, client, func(tx *ent.Tx) error {
		if err := create(tx, "failed"); err != nil {
			return err
		}
		return boom
	}); !errors.Is(err, boom) {
		t.Fatalf("WithTx returned %v, want fn's error", err)
	}
	func() {
		defer func() {
			if recover() == nil {
				t.Error("the panic did not reach the caller")
			}
		}()
		_ = store.WithTx(ctx, client, func(tx *ent.Tx) error {
			if err := create(tx, "panicked"); err != nil {
				return err
			}
			panic("in fn")
		})
	}()
	titles := client.Workspace.Query().Select("title").StringsX(ctx)
	if len(titles) != 1 || titles[0] != "kept" {
		t.Fatalf("workspaces after commit, failure and panic: %v, want [kept]", titles)
	}
	// The connection was given back: with SQLite's single writer a leaked
	// transaction would block this write.
	if err := store.WithTx(ctx, client, func(tx *ent.Tx) error { return create(tx, "again") }); err != nil {
		t.Fatal(err)
	}
}

func TestDialectOf(t *testing.T) {
	for db, want := range map[string]store.Dialect{
		"postgres://u@db/mr": store.Postgres, "postgresql://db/mr": store.Postgres,
		"data/mailroom.db": store.SQLite, "file:x.db?_fk=1": store.SQLite, "postgres.db": store.SQLite,
	} {
		if got := store.DialectOf(db); got != want {
			t.Errorf("DialectOf(%q) = %q, want %q", db, got, want)
		}
	}
}

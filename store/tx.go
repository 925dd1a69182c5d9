package store

import (
	"context"
	"errors"
	"fmt"

	"mailroom/ent"
)

// WithTx runs fn in a transaction of client: committed when fn returns nil,
// rolled back when it fails or panics (the panic goes on). It is the one
// way Mailroom writes several rows that stand or fall together.
func WithTx(ctx context.Context, client *ent.Client, fn func(tx *ent.Tx) error) (err error) {
	tx, err := client.Tx(ctx)
	if err != nil {
		return err
	}
	defer func() {
		if p := recover(); p != nil {
			_ = tx.Rollback()
			panic(p)
		}
	}()
	if err := fn(tx); err != nil {
		if rerr := tx.Rollback(); rerr != nil && !errors.Is(rerr, context.Canceled) {
			return fmt.Errorf("%w (and the rollback failed: %v)", err, rerr)
		}
		return err
	}
	return tx.Commit()
}

// ChunkSize is how many values one statement takes at the most (an IN list,
// a bulk insert): well under SQLite's and PostgreSQL's parameter limits.
// Loop over slices.Chunk(values, store.ChunkSize).
const ChunkSize = 500

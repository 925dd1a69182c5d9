package store

import (
	"context"
	"sync"
	"testing"

	"mailroom/internal/pgtest"
)

// Instances of a cluster started together on a fresh database all migrate
// it: the migrations wait for one another instead of failing on tables the
// other created a moment before.
func TestInstancesStartedTogetherMigrateOnce(t *testing.T) {
	dsn := pgtest.DSN(t)
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			client, db, err := Open(context.Background(), dsn)
			if err == nil {
				client.Close()
				db.Close()
			}
			errs[i] = err
		}()
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("instance %d: %v", i, err)
		}
	}
}

package blob

import (
	"os"
	"strings"
	"sync"
	"testing"
)

func TestCollectLeavesLeasedBlobsUntilRelease(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	sum, _, err := s.Put(strings.NewReader("message"))
	if err != nil {
		t.Fatal(err)
	}
	exists := func() bool { _, err := os.Stat(s.Path(sum)); return err == nil }

	// An import reuses the blob (same bytes) and holds it.
	l := s.Lease()
	if got, _, err := l.Put(strings.NewReader("message")); err != nil || got != sum {
		t.Fatalf("lease put: %s %v", got, err)
	}
	referenced := false
	checks := 0
	unused := func() (bool, error) { checks++; return !referenced, nil }
	if err := s.Collect(sum, unused); err != nil {
		t.Fatal(err)
	}
	if !exists() || checks != 0 {
		t.Fatalf("a leased blob was looked at (%d) or removed (exists %v)", checks, exists())
	}
	// The import committed a reference: the release checks again and keeps it.
	referenced = true
	if err := l.Release(); err != nil {
		t.Fatal(err)
	}
	if !exists() || checks != 1 {
		t.Fatalf("after release: exists %v, checks %d", exists(), checks)
	}

	// Unreferenced and unleased: removed.
	referenced = false
	if err := s.Collect(sum, unused); err != nil || exists() {
		t.Fatalf("unused blob kept: %v", err)
	}
}

// Collect checks references and removes under the digest's lock: a lease
// taking the same blob meanwhile waits, then puts the bytes back in place.
func TestLeaseDuringCollectGetsItsBlob(t *testing.T) {
	s, _ := Open(t.TempDir())
	sum, _, _ := s.Put(strings.NewReader("bytes"))
	l := s.Lease()
	var wg sync.WaitGroup
	err := s.Collect(sum, func() (bool, error) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if _, _, err := l.Put(strings.NewReader("bytes")); err != nil {
				t.Error(err)
			}
		}()
		return true, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	wg.Wait()
	if _, err := os.Stat(s.Path(sum)); err != nil {
		t.Fatalf("the lease's blob is gone: %v", err)
	}
	if err := s.Collect(sum, func() (bool, error) { return true, nil }); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(s.Path(sum)); err != nil {
		t.Fatal("a leased blob was removed")
	}
	l.Release()
	if _, err := os.Stat(s.Path(sum)); !os.IsNotExist(err) {
		t.Fatal("released unused blob kept")
	}
}

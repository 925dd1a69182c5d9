// Package blob is a content-addressed file store: raw messages and
// attachments are kept once per sha256, whatever number of emails refer to them.
package blob

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
)

// ErrNotFound is returned for a hash the store does not hold.
var ErrNotFound = errors.New("blob not found")

// Store keeps blobs under dir/ab/cd/<sha256>.
type Store struct {
	dir string

	mu      sync.Mutex
	pending []string // files and directories written since the last Sync

	dirs sync.Map // fan-out directories known to exist

	pins pins // blobs that garbage collection must leave alone, see pin.go

	// s3, when set, keeps the blobs in an S3 bucket instead of dir (s3.go).
	s3 *s3Store
}

// Open returns the store in dir, creating it.
func Open(dir string) (*Store, error) {
	if err := os.MkdirAll(filepath.Join(dir, "tmp"), 0o700); err != nil {
		return nil, fmt.Errorf("blob store: %w", err)
	}
	return &Store{dir: dir}, nil
}

// Path is where the blob with the given hex sha256 lives.
func (s *Store) Path(sum string) string {
	if s.s3 != nil {
		return s.s3.location(sum)
	}
	if len(sum) < 4 {
		return filepath.Join(s.dir, "invalid")
	}
	return filepath.Join(s.dir, sum[:2], sum[2:4], sum)
}

// Put streams r into the store and returns its sha256 and size. The blob is
// visible at once but durable only after Sync.
func (s *Store) Put(r io.Reader) (string, int64, error) { return put(s.Create, r) }

// put copies r into a writer of create and commits it.
func put(create func() (*Writer, error), r io.Reader) (string, int64, error) {
	w, err := create()
	if err != nil {
		return "", 0, err
	}
	if _, err := io.Copy(w, r); err != nil {
		w.Abort()
		return "", 0, err
	}
	return w.Commit()
}

// Writer hashes what is written to a temporary file until Commit.
type Writer struct {
	s    *Store
	f    *os.File
	h    hashWriter
	size int64
	// anonymous: f has no name (O_TMPFILE); Commit links it into place.
	anonymous bool
	// lease, when set, pins the blob from the moment it is in place.
	lease *Lease
	// obj, on an S3 store, holds what is not uploaded yet (s3.go); f is nil.
	obj *s3Writer
}

type hashWriter interface {
	io.Writer
	Sum([]byte) []byte
}

// Create starts a new blob.
func (s *Store) Create() (*Writer, error) {
	if s.s3 != nil {
		return &Writer{s: s, h: sha256.New(), obj: &s3Writer{b: s.s3}}, nil
	}
	tmp := filepath.Join(s.dir, "tmp")
	if f, err := openAnonymous(tmp); err == nil {
		return &Writer{s: s, f: f, h: sha256.New(), anonymous: true}, nil
	}
	f, err := os.CreateTemp(tmp, "blob-*")
	if err != nil {
		return nil, fmt.Errorf("blob store: %w", err)
	}
	return &Writer{s: s, f: f, h: sha256.New()}, nil
}

func (w *Writer) Write(p []byte) (int, error) {
	if w.obj != nil {
		return w.writeS3(p)
	}
	n, err := w.f.Write(p)
	w.h.Write(p[:n])
	w.size += int64(n)
	return n, err
}

// Abort discards the blob.
func (w *Writer) Abort() {
	if w.obj != nil {
		w.obj.abort()
		return
	}
	w.f.Close()
	if !w.anonymous {
		os.Remove(w.f.Name())
	}
}

// Commit moves the blob to its content address.
func (w *Writer) Commit() (string, int64, error) {
	sum := hex.EncodeToString(w.h.Sum(nil))
	if w.obj != nil {
		return w.commitS3(sum)
	}
	final := w.s.Path(sum)
	dir := filepath.Dir(final)
	fail := func(err error) (string, int64, error) {
		w.Abort()
		return "", 0, fmt.Errorf("blob store: %w", err)
	}
	if _, ok := w.s.dirs.Load(dir); !ok {
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return fail(err)
		}
		w.s.dirs.Store(dir, true)
	}
	if w.lease != nil {
		// Put the blob in place and pin it as one step against Collect.
		mu := w.s.pins.lock(sum)
		mu.Lock()
		defer mu.Unlock()
		w.lease.hold(sum)
	}
	if w.anonymous {
		err := linkAnonymous(w.f, final)
		if err != nil && !errors.Is(err, os.ErrExist) { // an existing blob has the same bytes
			return fail(err)
		}
		if err := w.f.Close(); err != nil {
			return "", 0, fmt.Errorf("blob store: %w", err)
		}
	} else {
		if err := w.f.Close(); err != nil {
			os.Remove(w.f.Name())
			return "", 0, fmt.Errorf("blob store: %w", err)
		}
		// Same name, same bytes: replacing an existing blob is harmless and
		// spares a stat per blob.
		if err := os.Rename(w.f.Name(), final); err != nil {
			os.Remove(w.f.Name())
			return "", 0, fmt.Errorf("blob store: %w", err)
		}
	}
	w.s.mu.Lock()
	w.s.pending = append(w.s.pending, final, dir)
	w.s.mu.Unlock()
	return sum, w.size, nil
}

// File is an open blob: read as a stream, seeked (downloads answer Range
// requests), its size and time from Stat. The file store's is an *os.File;
// an S3 store's checks the sha256 as it is read from the start to the end
// and fails the read at the end with ErrCorrupt on a mismatch.
type File interface {
	io.ReadSeekCloser
	Stat() (os.FileInfo, error)
}

// Open opens a blob for reading.
func (s *Store) Open(sum string) (File, error) {
	if s.s3 != nil {
		return s.s3.open(sum)
	}
	f, err := os.Open(s.Path(sum))
	if errors.Is(err, os.ErrNotExist) {
		return nil, ErrNotFound
	}
	return f, err
}

// Remove deletes a blob (garbage collection of unreferenced blobs).
func (s *Store) Remove(sum string) error {
	if s.s3 != nil {
		return s.s3.remove(sum)
	}
	err := os.Remove(s.Path(sum))
	if errors.Is(err, os.ErrNotExist) {
		return nil
	}
	return err
}

// Sync makes every blob committed so far durable. The fetch pipeline calls it
// once per batch, before the database transaction that refers to the blobs.
func (s *Store) Sync() error {
	s.mu.Lock()
	pending := s.pending
	s.pending = nil
	s.mu.Unlock()
	if len(pending) == 0 {
		return nil
	}
	if err := s.syncAll(pending); err != nil {
		// Keep them pending so the next Sync retries.
		s.mu.Lock()
		s.pending = append(pending, s.pending...)
		s.mu.Unlock()
		return fmt.Errorf("blob store sync: %w", err)
	}
	return nil
}

func fsyncPaths(paths []string) error {
	seen := make(map[string]bool, len(paths))
	for _, p := range paths {
		if seen[p] {
			continue
		}
		seen[p] = true
		f, err := os.Open(p)
		if err != nil {
			return err
		}
		err = f.Sync()
		f.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

package blob

import (
	"fmt"
	"os"
	"path/filepath"
)

// Dir is the directory the store keeps its blobs in.
func (s *Store) Dir() string { return s.dir }

// Probe checks that the store answers: its directory is there and a file can
// be written in it (a full or read-only disk, an unmounted volume). It leaves
// nothing behind.
func (s *Store) Probe() error {
	fi, err := os.Stat(s.dir)
	if err != nil {
		return fmt.Errorf("blob store: %w", err)
	}
	if !fi.IsDir() {
		return fmt.Errorf("blob store: %s is not a directory", s.dir)
	}
	tmp := filepath.Join(s.dir, "tmp")
	f, err := os.CreateTemp(tmp, "probe-*")
	if err != nil {
		return fmt.Errorf("blob store cannot write: %w", err)
	}
	name := f.Name()
	_, werr := f.Write([]byte("probe"))
	cerr := f.Close()
	os.Remove(name)
	if werr != nil {
		return fmt.Errorf("blob store cannot write: %w", werr)
	}
	if cerr != nil {
		return fmt.Errorf("blob store cannot write: %w", cerr)
	}
	return nil
}

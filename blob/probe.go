package blob

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Dir is the directory the store keeps its blobs in.
func (s *Store) Dir() string { return s.dir }

// Probe checks that the store answers: its directory is there and a file can
// be written in it (a full or read-only disk, an unmounted volume). It leaves
// nothing behind. Its errors name no path: /readyz shows them to anyone.
func (s *Store) Probe() error {
	if s.s3 != nil {
		return s.s3.probe()
	}
	fi, err := os.Stat(s.dir)
	if err != nil {
		return fmt.Errorf("blob store: %w", pathless(err))
	}
	if !fi.IsDir() {
		return fmt.Errorf("blob store: %s is not a directory", s.dir)
	}
	tmp := filepath.Join(s.dir, "tmp")
	f, err := os.CreateTemp(tmp, "probe-*")
	if err != nil {
		return fmt.Errorf("blob store cannot write: %w", pathless(err))
	}
	name := f.Name()
	_, werr := f.Write([]byte("probe"))
	cerr := f.Close()
	os.Remove(name)
	if werr != nil {
		return fmt.Errorf("blob store cannot write: %w", pathless(werr))
	}
	if cerr != nil {
		return fmt.Errorf("blob store cannot write: %w", pathless(cerr))
	}
	return nil
}

// pathless drops the file name from a file-system error.
func pathless(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

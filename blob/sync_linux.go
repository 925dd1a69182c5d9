package blob

import (
	"os"

	"golang.org/x/sys/unix"
)

// syncAll flushes the whole file system of the store in one syncfs call,
// which is far cheaper than an fsync per file for a batch of hundreds.
func (s *Store) syncAll(paths []string) error {
	f, err := os.Open(s.dir)
	if err != nil {
		return err
	}
	defer f.Close()
	if err := unix.Syncfs(int(f.Fd())); err != nil {
		return fsyncPaths(paths)
	}
	return nil
}

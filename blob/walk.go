package blob

import (
	"encoding/hex"
	"io/fs"
	"os"
	"path/filepath"
)

// At returns the store in dir without creating anything: for tools that
// only read it (verify, backup).
func At(dir string) *Store { return &Store{dir: dir} }

// Walk calls fn for every blob in the store (name and size), in directory
// order. Files that are not at a content address (temporary files, strays)
// are skipped.
func (s *Store) Walk(fn func(sum string, size int64) error) error {
	if s.s3 != nil {
		return s.s3.walk(fn)
	}
	return filepath.WalkDir(s.dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if path == s.dir {
				return err
			}
			if os.IsNotExist(err) { // removed while walking (purge)
				return nil
			}
			return err
		}
		if d.IsDir() {
			if path != s.dir && d.Name() == "tmp" && filepath.Dir(path) == s.dir {
				return filepath.SkipDir
			}
			return nil
		}
		sum := d.Name()
		if !IsSum(sum) || s.Path(sum) != path {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			if os.IsNotExist(err) {
				return nil
			}
			return err
		}
		return fn(sum, info.Size())
	})
}

// IsSum tells whether s is a lower-case hex sha256, the name of a blob.
func IsSum(s string) bool {
	if len(s) != 64 {
		return false
	}
	for _, c := range []byte(s) {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	_, err := hex.DecodeString(s)
	return err == nil
}

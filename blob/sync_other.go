//go:build !linux

package blob

func (s *Store) syncAll(paths []string) error { return fsyncPaths(paths) }

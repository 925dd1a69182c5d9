package blob

import (
	"fmt"
	"os"

	"golang.org/x/sys/unix"
)

// openAnonymous opens a file without a name in dir (O_TMPFILE): no directory
// entry is made until linkAnonymous gives it its content address, and a
// crash leaves nothing behind.
func openAnonymous(dir string) (*os.File, error) {
	fd, err := unix.Open(dir, unix.O_TMPFILE|unix.O_WRONLY|unix.O_CLOEXEC, 0o600)
	if err != nil {
		return nil, err
	}
	return os.NewFile(uintptr(fd), dir+"/(anonymous)"), nil
}

func linkAnonymous(f *os.File, name string) error {
	err := unix.Linkat(unix.AT_FDCWD, fmt.Sprintf("/proc/self/fd/%d", f.Fd()), unix.AT_FDCWD, name, unix.AT_SYMLINK_FOLLOW)
	if err == unix.EEXIST {
		return os.ErrExist
	}
	return err
}

package blob

import (
	"errors"
	"fmt"
)

// ErrCorrupt is what a read of a blob whose bytes do not match their address
// fails with (errors.Is): the blob was altered where it is kept.
var ErrCorrupt = errors.New("blob content does not match its sha256")

// CorruptError says which blob was read and what its bytes hash to.
type CorruptError struct {
	Sum  string // the address
	Got  string // the sha256 of the bytes read; "" when they changed while being read
	Size int64  // bytes read
}

func (e *CorruptError) Error() string {
	if e.Got == "" {
		return fmt.Sprintf("blob %s changed while it was read", e.Sum)
	}
	return fmt.Sprintf("blob %s: its %d bytes have sha256 %s", e.Sum, e.Size, e.Got)
}

// Is makes errors.Is(err, ErrCorrupt) true.
func (e *CorruptError) Is(target error) bool { return target == ErrCorrupt }

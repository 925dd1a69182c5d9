package ingest

import "fmt"

// tooLargeError is a message over Options.MaxMessageSize. It is refused for
// good (a FAILED ledger entry with this reason), never half stored.
type tooLargeError struct {
	size int64 // announced by the server; 0 when it only showed while reading
	max  int64
}

func (e *tooLargeError) Error() string {
	if e.size > 0 {
		return fmt.Sprintf("not imported: the message is %s, larger than the %s this server accepts (--max-message-size)",
			byteSize(e.size), byteSize(e.max))
	}
	return fmt.Sprintf("not imported: the message is larger than the %s this server accepts (--max-message-size)", byteSize(e.max))
}

// byteSize writes n in the largest unit that keeps it exact or readable.
func byteSize(n int64) string {
	for _, u := range []struct {
		size int64
		name string
	}{{1 << 30, "GB"}, {1 << 20, "MB"}, {1 << 10, "KB"}} {
		if n >= u.size && (n%u.size == 0 || n >= 10*u.size) {
			return fmt.Sprintf("%d %s", n/u.size, u.name)
		}
	}
	return fmt.Sprintf("%d bytes", n)
}

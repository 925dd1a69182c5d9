package ingest

import (
	"fmt"
	"io"
	"strconv"

	"github.com/emersion/go-imap/v2"
	"github.com/emersion/go-imap/v2/imapclient"
)

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

// abandon closes c in the middle of the literal lit without reading it:
// Close waits for the client's reader, which waits until lit is consumed,
// and once the connection is closed draining lit ends at once.
func abandon(c *imapclient.Client, lit io.Reader) {
	done := make(chan struct{})
	go func() {
		c.Close()
		close(done)
	}()
	_, _ = io.Copy(io.Discard, lit)
	<-done
}

// withoutOversized asks the sizes of chunk (RFC822.SIZE, no bodies) and
// refuses the messages over the maximum size before their bytes are fetched.
func (s *Service) withoutOversized(c *imapclient.Client, p *pipeline, b *batch, chunk []imap.UID) ([]imap.UID, error) {
	msgs, err := c.Fetch(imap.UIDSetNum(chunk...), &imap.FetchOptions{UID: true, RFC822Size: true}).Collect()
	if err != nil {
		return nil, err
	}
	big := map[imap.UID]int64{}
	for _, m := range msgs {
		if m.RFC822Size > s.opts.MaxMessageSize {
			big[m.UID] = m.RFC822Size
		}
	}
	if len(big) == 0 {
		return chunk, nil
	}
	out := make([]imap.UID, 0, len(chunk))
	for _, uid := range chunk {
		size, ok := big[uid]
		if !ok {
			out = append(out, uid)
			continue
		}
		p.refuse(b, &item{uid: uint32(uid), serverUID: strconv.FormatUint(uint64(uid), 10)},
			&tooLargeError{size: size, max: s.opts.MaxMessageSize})
	}
	return out, nil
}

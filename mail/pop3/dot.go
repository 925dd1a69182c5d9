package pop3

import (
	"bufio"
	"errors"
	"io"
)

// dotReader decodes a dot-stuffed multi-line block (RFC 1939 section 3):
// a leading "." is removed from lines that start with one, and a line
// holding only "." ends the block. Unlike textproto.DotReader it keeps the
// line endings, so the message bytes are exactly the server's.
type dotReader struct {
	r       *bufio.Reader
	bol     bool   // at the beginning of a line
	pending []byte // rest of the current chunk, inside r's buffer
	done    bool
}

func newDotReader(r *bufio.Reader) *dotReader { return &dotReader{r: r, bol: true} }

func (d *dotReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	for len(d.pending) == 0 {
		if d.done {
			return 0, io.EOF
		}
		if err := d.fill(); err != nil {
			return 0, err
		}
	}
	n := copy(p, d.pending)
	d.pending = d.pending[n:]
	return n, nil
}

// fill reads the next chunk of a line into pending, handling the dot at the
// start of a line. pending points into r's buffer, which stays valid until
// the next read of r: fill is only called once pending is consumed.
func (d *dotReader) fill() error {
	if d.bol {
		b, err := d.r.Peek(1)
		if err != nil {
			return unexpectedEOF(err)
		}
		if b[0] == '.' {
			// Peek one byte at a time: a server ending with a bare ".\n"
			// sends nothing after it, and peeking further would block.
			b, err = d.r.Peek(2)
			if err != nil {
				return unexpectedEOF(err)
			}
			if b[1] == '\n' {
				d.r.Discard(2)
				d.done = true
				return nil
			}
			if b[1] == '\r' {
				b, err = d.r.Peek(3)
				if err != nil {
					return unexpectedEOF(err)
				}
				if b[2] == '\n' {
					d.r.Discard(3)
					d.done = true
					return nil
				}
			}
			d.r.Discard(1) // the stuffing dot
		}
	}
	line, err := d.r.ReadSlice('\n')
	switch {
	case err == nil:
		d.bol = true
	case errors.Is(err, bufio.ErrBufferFull):
		d.bol = false // a line longer than the buffer: its rest has no dot rule
	default:
		return unexpectedEOF(err)
	}
	d.pending = line
	return nil
}

func unexpectedEOF(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

package mail

import (
	"encoding/base64"
	"errors"
	"io"
)

// base64Reader decodes a base64 body leniently and fast. go-message's decoder
// (a byte-at-a-time whitespace filter in front of encoding/base64) was a
// quarter of the parse time for attachment-heavy mail; this one filters a
// block at a time, skips any byte outside the alphabet, and restarts after
// padding, so concatenated base64 blocks decode too.
type base64Reader struct {
	r     io.Reader
	raw   []byte
	clean []byte // filtered characters not yet decoded (a partial quantum)
	out   []byte // decoded bytes not yet returned
	buf   []byte // backing store for out
	junk  int    // bytes skipped that were neither alphabet nor whitespace
	err   error
}

// errBase64Junk reports, after all data, that invalid bytes were skipped.
var errBase64Junk = errors.New("base64 data had invalid characters, skipped")

func newBase64Reader(r io.Reader) *base64Reader {
	d := &base64Reader{raw: make([]byte, 4096), clean: make([]byte, 0, 4096+4), buf: make([]byte, 0, 3072+3)}
	d.reset(r)
	return d
}

// reset readies d for another body, keeping its buffers: parts are decoded
// one after another, so one decoder per parse saves allocations.
func (d *base64Reader) reset(r io.Reader) {
	d.r, d.clean, d.out, d.buf, d.junk, d.err = r, d.clean[:0], nil, d.buf[:0], 0, nil
}

// base64Alphabet marks the bytes of the standard base64 alphabet, for the
// body decoder and UTF-7 (decodeUTF7).
var base64Alphabet = func() (t [256]bool) {
	for _, c := range []byte("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") {
		t[c] = true
	}
	return t
}()

func (d *base64Reader) Read(p []byte) (int, error) {
	for len(d.out) == 0 {
		if d.err != nil {
			return 0, d.err
		}
		n, err := d.r.Read(d.raw)
		d.buf = d.buf[:0]
		for _, c := range d.raw[:n] {
			if base64Alphabet[c] {
				d.clean = append(d.clean, c)
				continue
			}
			switch c {
			case '\n', '\r', ' ', '\t':
				continue
			case '=':
			default:
				d.junk++
				continue
			}
			if len(d.clean)%4 != 0 {
				// Padding ends a quantum: decode up to here and start afresh.
				for len(d.clean)%4 != 0 {
					d.clean = append(d.clean, '=')
				}
				d.decode(len(d.clean))
			}
		}
		d.decode(len(d.clean) / 4 * 4)
		if err != nil {
			if err == io.EOF && len(d.clean) >= 2 {
				// Unpadded tail: decode what forms whole bytes.
				if m, e := base64.RawStdEncoding.Decode(d.buf[len(d.buf):cap(d.buf)], d.clean); e == nil {
					d.buf = d.buf[:len(d.buf)+m]
				}
			}
			if err == io.EOF && (d.junk > 0 || len(d.clean) == 1) {
				err = errBase64Junk
			}
			d.clean = d.clean[:0]
			d.err = err
		}
		d.out = d.buf
	}
	n := copy(p, d.out)
	d.out = d.out[n:]
	return n, nil
}

// decode decodes clean[:n] (a whole number of quanta) onto buf.
func (d *base64Reader) decode(n int) {
	if n == 0 {
		return
	}
	if need := len(d.buf) + n/4*3; need > cap(d.buf) {
		nb := make([]byte, len(d.buf), need)
		copy(nb, d.buf)
		d.buf = nb
	}
	m, err := base64.StdEncoding.Decode(d.buf[len(d.buf):cap(d.buf)], d.clean[:n])
	if err != nil {
		// Only possible with padding inside a quantum ("a=b="); keep what
		// decoded.
		m = 0
	}
	d.buf = d.buf[:len(d.buf)+m]
	d.clean = append(d.clean[:0], d.clean[n:]...)
}

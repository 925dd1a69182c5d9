package mail

import (
	"io"
	"mime/quotedprintable"
)

// errQP is what a quoted-printable body's problem says; the decoding error
// mime/quotedprintable gave (untyped) is kept underneath.
type errQP struct{ err error }

func (e errQP) Error() string { return "bad quoted-printable data, decoded up to the error" }
func (e errQP) Unwrap() error { return e.err }

// qpReader decodes a quoted-printable body with mime/quotedprintable, which is
// lenient already: it accepts "=" + LF as a soft line break, lower-case hex,
// an "=" not followed by two hex digits as a literal "=", and 8-bit bytes.
// It reads a line at a time into a 4 KiB buffer, though, and stops at a
// longer line, so qpLines cuts long lines first.
type qpReader struct{ r *quotedprintable.Reader }

func newQPReader(r io.Reader) qpReader {
	return qpReader{quotedprintable.NewReader(&qpLines{r: r})}
}

func (q qpReader) Read(p []byte) (int, error) {
	n, err := q.r.Read(p)
	if err != nil && err != io.EOF {
		err = errQP{err}
	}
	return n, err
}

// qpLineMax is where qpLines cuts a line, well inside the decoder's buffer.
const qpLineMax = 1000

// qpLines cuts lines of an LF-only quoted-printable body longer than
// qpLineMax with soft line breaks ("=" LF), which the decoder removes. It
// never cuts inside an escape ("=XX") nor after white space, which the
// decoder would keep before a soft break but drop at a line's end.
type qpLines struct {
	r    io.Reader
	in   [4096]byte
	out  []byte // cut bytes not yet returned
	buf  []byte // backing store for out
	col  int    // bytes since the last LF
	last [2]byte
	err  error
}

func (q *qpLines) Read(p []byte) (int, error) {
	for len(q.out) == 0 {
		if q.err != nil {
			return 0, q.err
		}
		n, err := q.r.Read(q.in[:])
		if q.buf == nil {
			q.buf = make([]byte, 0, len(q.in)+len(q.in)/qpLineMax*2+2)
		}
		q.out, q.err = q.cut(q.buf[:0], q.in[:n]), err
		q.buf = q.out[:0]
	}
	n := copy(p, q.out)
	q.out = q.out[n:]
	return n, nil
}

func (q *qpLines) cut(dst, src []byte) []byte {
	for _, c := range src {
		switch {
		case c == '\n':
			q.col = 0
		case q.col >= qpLineMax && q.last[0] != '=' && q.last[1] != '=' && q.last[1] != ' ' && q.last[1] != '\t':
			dst = append(dst, '=', '\n')
			q.col = 1
		default:
			q.col++
		}
		dst = append(dst, c)
		q.last = [2]byte{q.last[1], c}
	}
	return dst
}

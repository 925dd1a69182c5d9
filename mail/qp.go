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
type qpReader struct{ r *quotedprintable.Reader }

func newQPReader(r io.Reader) qpReader {
	return qpReader{quotedprintable.NewReader(r)}
}

func (q qpReader) Read(p []byte) (int, error) {
	n, err := q.r.Read(p)
	if err != nil && err != io.EOF {
		err = errQP{err}
	}
	return n, err
}

package mail

import (
	"bufio"
	"bytes"
	"errors"
	"io"
)

// lineBufSize bounds the longest line inspected as a whole: boundary lines
// longer than this are not recognised (mime4j's corpus has a 7,000-byte one).
const lineBufSize = 16 << 10

// errDelimiter reports that the scanner stopped at a multipart delimiter line;
// scanner.pending says which one.
var errDelimiter = errors.New("multipart delimiter")

// delimiter is a boundary line seen in the stream but not yet consumed by the
// multipart it belongs to.
type delimiter struct {
	level int  // index into scanner.bounds
	close bool // "--boundary--"
}

// scanner reads the normalized (LF-only) message line by line and recognises
// the delimiters of every enclosing multipart at once. Checking all open
// boundaries, not just the innermost, lets an outer boundary end an inner
// multipart whose closing boundary is missing, as mail clients do.
type scanner struct {
	br      *bufio.Reader
	bounds  [][]byte // "--boundary" for each open multipart, outermost first
	pending *delimiter
	midLine bool // the last line was longer than the buffer and is not finished
}

func newScanner(r io.Reader) *scanner {
	return &scanner{br: bufio.NewReaderSize(r, lineBufSize)}
}

func (s *scanner) push(boundary string) int {
	s.bounds = append(s.bounds, []byte("--"+boundary))
	return len(s.bounds) - 1
}

func (s *scanner) pop() {
	s.bounds = s.bounds[:len(s.bounds)-1]
}

// next returns the next line, including its LF if any. The slice is only
// valid until the next call. It returns errDelimiter when a boundary line of
// an open multipart is reached (and stays there until pending is consumed),
// io.EOF at the end of input, or the input's read error.
func (s *scanner) next() ([]byte, error) {
	if s.pending != nil {
		return nil, errDelimiter
	}
	line, err := s.br.ReadSlice('\n')
	atStart := !s.midLine
	s.midLine = err == bufio.ErrBufferFull
	if len(line) == 0 {
		return nil, err // ReadSlice gives nothing only with io.EOF or a read error
	}
	if atStart && !s.midLine && len(s.bounds) > 0 && len(line) > 2 && line[0] == '-' && line[1] == '-' {
		if d, ok := s.match(line); ok {
			s.pending = &d
			return nil, errDelimiter
		}
	}
	return line, nil
}

// match reports whether line is a delimiter of an open multipart, innermost
// first. Trailing whitespace is tolerated (RFC 2046 allows it, and some
// mailers also pad the boundary parameter itself).
func (s *scanner) match(line []byte) (delimiter, bool) {
	for i := len(s.bounds) - 1; i >= 0; i-- {
		b := s.bounds[i]
		if !bytes.HasPrefix(line, b) {
			continue
		}
		rest := line[len(b):]
		close := false
		if len(rest) >= 2 && rest[0] == '-' && rest[1] == '-' {
			rest = rest[2:]
			close = true
		} else if len(rest) >= 1 && rest[0] == '-' && isBlank(rest[1:]) {
			// "--boundary-": a mistyped closing delimiter seen in the wild.
			rest = rest[1:]
			close = true
		}
		if isBlank(rest) {
			return delimiter{level: i, close: close}, true
		}
	}
	return delimiter{}, false
}

func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			return false
		}
	}
	return true
}

// partReader reads the raw (still transfer-encoded) body of one entity: the
// top-level message (level -1) or a part of the multipart at bounds[level].
// The LF before a delimiter belongs to the delimiter (RFC 2046), so each
// line's LF is withheld until the next line proves it is content.
type partReader struct {
	s     *scanner
	level int
	back  []byte // lines pushed back by the header reader; owned copy
	rest  []byte // unread bytes of the current line (aliases the scanner buffer)
	nl    bool   // emit an LF before rest
	held  bool   // the current line's LF is withheld
	eof   bool
	err   error // error to report once drained
}

// line returns the next whole line of the entity for header parsing.
func (r *partReader) line() ([]byte, error) {
	if r.back != nil {
		b := r.back
		r.back = nil
		return b, nil
	}
	if r.eof {
		return nil, r.err
	}
	l, err := r.s.next()
	if err != nil {
		r.finish(err)
		return nil, r.err
	}
	if !r.s.midLine {
		return l, nil
	}
	// A line longer than the buffer: join its pieces (header lines only,
	// bounded by the header size limit).
	long := append([]byte(nil), l...)
	for r.s.midLine && len(long) <= maxHeaderBytes {
		l, err := r.s.next()
		if err != nil {
			r.finish(err)
			break
		}
		long = append(long, l...)
	}
	return long, nil
}

// unread gives lines back to the body.
func (r *partReader) unread(b []byte) {
	r.back = append(append([]byte(nil), b...), r.back...)
}

func (r *partReader) finish(err error) {
	r.eof = true
	switch err {
	case errDelimiter:
		r.err = io.EOF
		r.held = false
	default:
		r.err = err
	}
}

func (r *partReader) load(line []byte) {
	r.nl = r.held
	if n := len(line); n > 0 && line[n-1] == '\n' {
		r.rest = line[:n-1]
		r.held = true
	} else {
		r.rest = line
		r.held = false
	}
}

func (r *partReader) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		if r.nl {
			p[n] = '\n'
			n++
			r.nl = false
			continue
		}
		if len(r.rest) > 0 {
			c := copy(p[n:], r.rest)
			r.rest = r.rest[c:]
			n += c
			continue
		}
		if r.back != nil {
			b := r.back
			r.back = nil
			r.load(b)
			continue
		}
		if r.eof {
			if r.held && r.err == io.EOF {
				// No delimiter followed: the last LF is content.
				r.held = false
				r.nl = true
				continue
			}
			break
		}
		if r.level < 0 {
			// No multipart encloses the top-level body: read in bulk.
			if r.held {
				r.held, r.nl = false, true
				continue
			}
			m, err := r.s.br.Read(p[n:])
			n += m
			if err != nil {
				r.finish(err)
			}
			if m > 0 {
				break
			}
			continue
		}
		if n > 0 && r.s.br.Buffered() == 0 {
			break // return what we have rather than block on input
		}
		line, err := r.s.next()
		if err != nil {
			r.finish(err)
			continue
		}
		r.load(line)
	}
	if n == 0 && r.eof {
		return 0, r.err
	}
	return n, nil
}

// multipartReader iterates over the parts of one multipart entity.
type multipartReader struct {
	s        *scanner
	level    int
	cur      *partReader
	parts    int
	done     bool
	closed   bool // the closing delimiter was seen
	cut      bool // an enclosing boundary ended it early
	preamble []byte
	maxPre   int
}

// errNoBoundary reports a multipart body in which its boundary never occurs.
var errNoBoundary = errors.New("boundary not found")

// next returns the raw reader of the next part (its header not yet read),
// io.EOF after the last part, errNoBoundary, or the input's read error.
func (m *multipartReader) next() (*partReader, error) {
	if m.cur != nil {
		if _, err := io.Copy(io.Discard, m.cur); err != nil {
			return nil, err
		}
		m.cur = nil
	}
	if m.done {
		return nil, io.EOF
	}
	for {
		if d := m.s.pending; d != nil {
			switch {
			case d.level > m.level:
				// A delimiter of an inner multipart that already ended.
				m.s.pending = nil
				continue
			case d.level < m.level:
				m.done, m.cut = true, true
				return nil, io.EOF
			}
			m.s.pending = nil
			if d.close {
				m.done, m.closed = true, true
				return nil, m.skipEpilogue()
			}
			m.parts++
			m.cur = &partReader{s: m.s, level: m.level}
			return m.cur, nil
		}
		line, err := m.s.next()
		if err == errDelimiter {
			continue
		}
		if err != nil {
			m.done = true
			if err != io.EOF {
				return nil, err
			}
			if m.parts == 0 {
				return nil, errNoBoundary
			}
			return nil, io.EOF
		}
		if m.parts == 0 && len(m.preamble) < m.maxPre {
			m.preamble = append(m.preamble, line...)
		}
	}
}

// skipEpilogue discards text after the closing delimiter up to the next
// delimiter of an enclosing multipart, or the end of input.
func (m *multipartReader) skipEpilogue() error {
	for {
		_, err := m.s.next()
		if err == nil {
			continue
		}
		if err == errDelimiter {
			if m.s.pending.level >= m.level {
				m.s.pending = nil
				continue
			}
			return io.EOF
		}
		return err
	}
}

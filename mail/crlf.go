package mail

import (
	"bytes"
	"io"
)

// lfReader rewrites CRLF and lone CR line endings to LF while streaming, so
// one line scanner handles Unix, DOS and classic Mac (CR-only) messages alike.
// Converting in place keeps it allocation free.
type lfReader struct {
	r      io.Reader
	lastCR bool // the previous chunk ended in CR, so a leading LF is its pair
}

func (l *lfReader) Read(p []byte) (int, error) {
	for {
		n, err := l.r.Read(p)
		if n == 0 {
			return 0, err
		}
		b := p[:n]
		start := 0
		if l.lastCR && b[0] == '\n' {
			start = 1
		}
		l.lastCR = false
		i := bytes.IndexByte(b[start:], '\r')
		if i < 0 {
			if start == 0 {
				return n, err
			}
			w := copy(p, b[start:])
			if w > 0 || err != nil {
				return w, err
			}
			continue
		}
		w := copy(p, b[start:start+i])
		for j := start + i; j < n; j++ {
			c := b[j]
			if c != '\r' {
				p[w] = c
				w++
				continue
			}
			p[w] = '\n'
			w++
			if j+1 < n {
				if b[j+1] == '\n' {
					j++
				}
			} else {
				l.lastCR = true
			}
		}
		return w, err
	}
}

// inputReader remembers the first real read error of the caller's reader, so
// Parse can tell a broken input stream (returned as error) from broken content
// (reported in ParseError).
type inputReader struct {
	r   io.Reader
	err error
}

func (in *inputReader) Read(p []byte) (int, error) {
	n, err := in.r.Read(p)
	if err != nil && err != io.EOF && in.err == nil {
		in.err = err
	}
	return n, err
}

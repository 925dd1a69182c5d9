// Package mbox reads and writes the mbox format (RFC 4155) in its mboxrd
// variant: a "From " line starts each message, and a body line matching
// ^>*From  gets one more '>' when written and loses one when read, so any
// message comes back byte for byte. Reading also accepts mboxo files (whose
// quoted ">From " lines it unquotes the same way). Both directions stream:
// memory stays flat whatever the size of a message or a line.
package mbox

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
	"time"
)

// bufSize is the longest line prefix examined for quoting. A line longer than
// this is handled in pieces, and only its first piece is looked at; reader
// and writer use the same size so that they agree even on such lines.
const bufSize = 64 << 10

var fromPrefix = []byte("From ")

// quoted reports whether a line starts with >*From .
func quoted(line []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(line, ">"), fromPrefix)
}

// Writer writes messages to an mbox.
type Writer struct {
	w  io.Writer
	br *bufio.Reader
}

// NewWriter returns a writer of an mbox to w.
func NewWriter(w io.Writer) *Writer {
	return &Writer{w: w, br: bufio.NewReaderSize(nil, bufSize)}
}

// WriteMessage writes one message: its From line (sender, date), the bytes of
// raw with From lines quoted, a line break if raw does not end with one, and
// the empty line that ends a message.
func (w *Writer) WriteMessage(sender string, date time.Time, raw io.Reader) error {
	if _, err := io.WriteString(w.w, FromLine(sender, date)); err != nil {
		return err
	}
	w.br.Reset(raw)
	lineStart, last := true, byte('\n')
	for {
		frag, err := w.br.ReadSlice('\n')
		if len(frag) > 0 {
			if lineStart && quoted(frag) {
				if _, werr := w.w.Write([]byte{'>'}); werr != nil {
					return werr
				}
			}
			if _, werr := w.w.Write(frag); werr != nil {
				return werr
			}
			last = frag[len(frag)-1]
			lineStart = last == '\n'
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
	}
	end := "\n"
	if last != '\n' {
		end = "\n\n"
	}
	_, err := io.WriteString(w.w, end)
	return err
}

// FromLine is the separator line of a message: "From sender date".
func FromLine(sender string, date time.Time) string {
	sender = strings.Map(func(r rune) rune {
		if r <= ' ' || r == 0x7f {
			return -1
		}
		return r
	}, sender)
	if sender == "" {
		sender = "MAILER-DAEMON"
	}
	if date.IsZero() {
		date = time.Unix(0, 0)
	}
	return "From " + sender + " " + date.UTC().Format("Mon Jan _2 15:04:05 2006") + "\n"
}

// ErrNotMbox is returned by Next when the data does not start with a From line.
var ErrNotMbox = errors.New("not an mbox: the file does not start with a \"From \" line")

// Reader splits an mbox into its messages.
type Reader struct {
	br    *bufio.Reader
	state int
	// Skipped counts the bytes before the first From line that were not
	// blank: what a broken mbox carries that is no message.
	Skipped int64
	cur     *message
}

const (
	stateStart = iota // before the first From line
	stateFrom         // a From line was read: a message follows
	stateEOF
)

// NewReader returns a reader of the mbox in r.
func NewReader(r io.Reader) *Reader {
	return &Reader{br: bufio.NewReaderSize(r, bufSize)}
}

// Next returns the next message, unquoted, to be read before the next call
// (Next drains what is left of it); io.EOF after the last one. Data before the
// first From line is skipped and counted in Skipped; without any From line
// Next returns ErrNotMbox.
func (r *Reader) Next() (io.Reader, error) {
	if r.cur != nil {
		if _, err := io.Copy(io.Discard, r.cur); err != nil {
			return nil, err
		}
		r.cur = nil
	}
	if r.state == stateStart {
		if err := r.skipPreamble(); err != nil {
			return nil, err
		}
	}
	if r.state == stateEOF {
		return nil, io.EOF
	}
	r.cur = &message{r: r, lineStart: true}
	return r.cur, nil
}

// skipPreamble reads up to and including the first From line.
func (r *Reader) skipPreamble() error {
	lineStart, inFrom := true, false
	for {
		frag, err := r.br.ReadSlice('\n')
		switch {
		case inFrom:
		case lineStart && bytes.HasPrefix(frag, fromPrefix):
			inFrom = true
		default:
			r.Skipped += int64(len(bytes.TrimSpace(frag)))
		}
		if len(frag) > 0 {
			lineStart = frag[len(frag)-1] == '\n'
		}
		if inFrom && lineStart {
			r.state = stateFrom
			return nil
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF {
			r.state = stateEOF
			if inFrom {
				r.state = stateFrom // a From line and nothing after: an empty message
				return nil
			}
			return ErrNotMbox
		}
		if err != nil {
			return err
		}
	}
}

// message reads one message's bytes up to the next From line.
type message struct {
	r         *Reader
	lineStart bool
	held      []byte // a blank line that may be the separator before the next From line
	out       []byte // bytes ready to be returned
	done      bool
	inFrom    bool // discarding the rest of a long From line
}

func (m *message) Read(p []byte) (int, error) {
	for len(m.out) == 0 {
		if m.done {
			return 0, io.EOF
		}
		if err := m.step(); err != nil {
			return 0, err
		}
	}
	n := copy(p, m.out)
	m.out = m.out[n:]
	return n, nil
}

// step reads one piece of a line and decides what of it belongs to the message.
func (m *message) step() error {
	r := m.r
	frag, err := r.br.ReadSlice('\n')
	if err != nil && err != bufio.ErrBufferFull && err != io.EOF {
		return err
	}
	lineStart := m.lineStart
	if len(frag) > 0 {
		m.lineStart = frag[len(frag)-1] == '\n'
	}
	switch {
	case len(frag) == 0: // the end: what is held is the separator, see below
	case m.inFrom:
		if m.lineStart {
			m.inFrom, m.done = false, true // the next message starts after this line
		}
	case lineStart && bytes.HasPrefix(frag, fromPrefix):
		m.held = nil // the blank line before a From line ends the message, it is not part of it
		if m.lineStart {
			m.done = true
		} else {
			m.inFrom = true
		}
	case lineStart && len(frag) > 0 && m.lineStart && isBlank(frag):
		m.out = m.held // the previous blank line was content after all
		m.held = append(make([]byte, 0, len(frag)), frag...)
	default:
		out := m.held
		m.held = nil
		if lineStart && quoted(frag) {
			frag = frag[1:]
		}
		if out == nil {
			m.out = frag // valid until the next ReadSlice, by when Read has handed it out
		} else {
			m.out = append(out, frag...)
		}
	}
	if err == io.EOF {
		if !m.done {
			// The last message: its trailing blank line is the separator.
			m.held, m.done = nil, true
			r.state = stateEOF
		}
		// Ended by a From line at the very end: an empty message follows,
		// and its reader meets the end at once.
		m.inFrom = false
	}
	return nil
}

func isBlank(line []byte) bool {
	return string(line) == "\n" || string(line) == "\r\n"
}

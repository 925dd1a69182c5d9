package pop3

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Limits on what a server may send outside message bodies: without them a
// hostile server sends one endless line, or an endless listing, and the
// client buffers it all. Message bodies are streamed; their size is bounded
// by the caller (see Retr).
const (
	// MaxLineLength bounds a status line or one line of a listing (CAPA,
	// UIDL, LIST). RFC 1939 allows 512 octets; 64 KiB leaves room for
	// servers that exceed it.
	MaxLineLength = 64 << 10
	// MaxListingSize bounds a whole CAPA, UIDL or LIST answer: about two
	// million messages of UIDL.
	MaxListingSize = 64 << 20
)

// ErrLineTooLong is a line or listing longer than the limits above. The
// session is closed: what follows cannot be told apart from the next answer.
var ErrLineTooLong = errors.New("pop3: the server sent a line longer than allowed")

// readLine reads one line of at most max octets without its line ending.
func readLine(r *bufio.Reader, max int) (string, error) {
	var sb strings.Builder
	for {
		chunk, err := r.ReadSlice('\n')
		if sb.Len()+len(chunk) > max+2 { // +2 for the CRLF
			return "", ErrLineTooLong
		}
		sb.Write(chunk)
		switch {
		case err == nil:
			return strings.TrimRight(sb.String(), "\r\n"), nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		case err == io.EOF && sb.Len() > 0:
			return "", io.ErrUnexpectedEOF
		default:
			return "", err
		}
	}
}

// readDotLines reads a dot-terminated listing, un-stuffing dots, within the
// line and listing limits.
func readDotLines(r *bufio.Reader) ([]string, error) {
	var lines []string
	total := 0
	for {
		line, err := readLine(r, MaxLineLength)
		if err != nil {
			return nil, unexpectedEOF(err)
		}
		if line == "." {
			return lines, nil
		}
		if total += len(line) + 2; total > MaxListingSize {
			return nil, fmt.Errorf("%w (a listing over %d MiB)", ErrLineTooLong, MaxListingSize>>20)
		}
		lines = append(lines, strings.TrimPrefix(line, "."))
	}
}

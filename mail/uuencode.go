package mail

import (
	"bufio"
	"bytes"
	"io"
	"strings"
)

// uuDecoder decodes a uuencoded block ("begin 644 name" ... "end"): the
// body of the x-uuencode transfer encoding old mailers used, and the files
// extractUUFiles finds in text.
type uuDecoder struct {
	br    *bufio.Reader
	out   []byte
	begun bool // the "begin" line is behind
	done  bool
}

// newUUDecoder decodes the first block in r, skipping what precedes it.
func newUUDecoder(r io.Reader) io.Reader {
	return &uuDecoder{br: bufio.NewReader(r)}
}

func (d *uuDecoder) Read(p []byte) (int, error) {
	for len(d.out) == 0 {
		if d.done {
			return 0, io.EOF
		}
		line, err := d.br.ReadBytes('\n')
		if len(line) == 0 && err != nil {
			d.done = true
			return 0, err
		}
		line = bytes.TrimRight(line, "\r\n")
		switch {
		case !d.begun:
			d.begun = bytes.HasPrefix(line, []byte("begin "))
		case bytes.Equal(bytes.TrimSpace(line), []byte("end")):
			d.done = true
		default:
			d.out = uudecodeLine(line)
		}
	}
	n := copy(p, d.out)
	d.out = d.out[n:]
	return n, nil
}

// uudecodeLine decodes one line: a length character, then groups of four
// characters carrying three bytes each.
func uudecodeLine(line []byte) []byte {
	if len(line) == 0 {
		return nil
	}
	n := int((line[0] - ' ') & 63)
	out := make([]byte, 0, n)
	for i := 1; len(out) < n; i += 4 {
		var c [4]byte
		for k := 0; k < 4; k++ {
			if i+k < len(line) {
				c[k] = (line[i+k] - ' ') & 63
			}
		}
		for _, b := range []byte{c[0]<<2 | c[1]>>4, c[1]<<4 | c[2]>>2, c[2]<<6 | c[3]} {
			if len(out) < n {
				out = append(out, b)
			}
		}
		if i > len(line) {
			break
		}
	}
	return out
}

// uuFile is a file found uuencoded inside a text body.
type uuFile struct {
	name string
	data []byte
}

// extractUUFiles removes "begin <mode> <name>" ... "end" blocks from a text
// body and returns them decoded. A block with a line that is not valid
// uuencode stays in the text untouched.
func extractUUFiles(text string) (string, []uuFile) {
	if !strings.Contains(text, "begin ") {
		return text, nil
	}
	lines := strings.SplitAfter(text, "\n")
	var (
		out   strings.Builder
		files []uuFile
	)
	for i := 0; i < len(lines); i++ {
		name, ok := uuBegin(lines[i])
		if !ok {
			out.WriteString(lines[i])
			continue
		}
		end := -1
		for j := i + 1; j < len(lines); j++ {
			l := strings.TrimRight(lines[j], "\r\n")
			if strings.TrimSpace(l) == "end" {
				end = j
				break
			}
			if !validUULine(l) {
				break
			}
		}
		if end < 0 {
			out.WriteString(lines[i])
			continue
		}
		block := &uuDecoder{br: bufio.NewReader(strings.NewReader(strings.Join(lines[i+1:end], ""))), begun: true}
		data, _ := io.ReadAll(block) // reading a string cannot fail
		files = append(files, uuFile{name: name, data: data})
		i = end
	}
	return out.String(), files
}

// uuBegin parses a "begin 644 name" line.
func uuBegin(line string) (string, bool) {
	f := strings.Fields(line)
	if len(f) < 2 || f[0] != "begin" || len(f[1]) < 3 || len(f[1]) > 4 || strings.Trim(f[1], "01234567") != "" {
		return "", false
	}
	return strings.Join(f[2:], " "), true
}

// validUULine checks the length character against the line's length.
func validUULine(l string) bool {
	if l == "" {
		return true
	}
	if l[0] < ' ' || l[0] > '`' {
		return false
	}
	n := int((l[0] - ' ') & 63)
	chars := (n + 2) / 3 * 4
	if len(l)-1 < chars || len(l)-1 > chars+2 {
		return false
	}
	for i := 1; i < len(l); i++ {
		if l[i] < ' ' || l[i] > '`' {
			return false
		}
	}
	return true
}

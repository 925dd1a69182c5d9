package mail

import (
	"bufio"
	"bytes"
	"io"
)

// uuDecoder decodes a uuencoded body ("begin 644 name" ... "end"), for the
// x-uuencode transfer encoding old mailers used.
type uuDecoder struct {
	br    *bufio.Reader
	out   []byte
	begun bool
	done  bool
}

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
			if err == io.EOF {
				return 0, io.EOF
			}
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

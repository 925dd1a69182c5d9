package pop3

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
)

func TestDotReader(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, wire, want string
		err              error
	}{
		{"empty", ".\r\n", "", nil},
		{"plain", "a\r\nb\r\n.\r\n", "a\r\nb\r\n", nil},
		{"stuffed", "..a\r\n..\r\n...\r\n.\r\n", ".a\r\n.\r\n..\r\n", nil},
		{"dot inside a line", "a.b\r\n a\r\n.\r\n", "a.b\r\n a\r\n", nil},
		{"bare LF kept", "a\nb\r\n.\r\n", "a\nb\r\n", nil},
		{"bare LF terminator", "a\r\n.\n", "a\r\n", nil},
		{"dot CR not at end of line", "..\rx\r\n.\r\n", ".\rx\r\n", nil},
		// 16 bytes fill the buffer: the next chunk starts with a dot that is
		// not at the beginning of a line.
		{"long line keeps its dots", strings.Repeat("z", 16) + ".x\r\n" + strings.Repeat("z", 32) + "..\r\n.\r\n",
			strings.Repeat("z", 16) + ".x\r\n" + strings.Repeat("z", 32) + "..\r\n", nil},
		{"truncated", "a\r\nb", "a\r\n", io.ErrUnexpectedEOF},
		{"truncated terminator", "a\r\n.\r", "a\r\n", io.ErrUnexpectedEOF},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			// The smallest buffer makes long lines cross ReadSlice's limit.
			br := bufio.NewReaderSize(strings.NewReader(tc.wire+"+OK next"), 16)
			if tc.err != nil {
				br = bufio.NewReaderSize(strings.NewReader(tc.wire), 16)
			}
			got, err := io.ReadAll(newDotReader(br))
			if string(got) != tc.want || !errors.Is(err, tc.err) {
				t.Fatalf("read %q, %v; want %q, %v", got, err, tc.want, tc.err)
			}
			if tc.err == nil {
				if rest, _ := io.ReadAll(br); string(rest) != "+OK next" {
					t.Fatalf("after the block the reader holds %q, want the next response", rest)
				}
			}
		})
	}
}

// dotStuff encodes body as a server sends it: a dot before every line that
// starts with one, then the terminating line.
func dotStuff(body []byte) []byte {
	var out bytes.Buffer
	bol := true
	for _, b := range body {
		if bol && b == '.' {
			out.WriteByte('.')
		}
		out.WriteByte(b)
		bol = b == '\n'
	}
	out.WriteString(".\r\n")
	return out.Bytes()
}

func FuzzDotReader(f *testing.F) {
	for _, seed := range []string{
		"", "a\r\n", ".\r\n", "..\r\n", ".\n", "a\n.\nb\r\n", strings.Repeat(".", 50) + "\r\n",
		"From: a@example.com\r\n\r\n.leading\r\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		// A message on the wire ends with CRLF before the terminator.
		if !bytes.HasSuffix(body, []byte("\r\n")) {
			body = append(body, '\r', '\n')
		}
		br := bufio.NewReaderSize(bytes.NewReader(append(dotStuff(body), "NEXT"...)), 16)
		got, err := io.ReadAll(newDotReader(br))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, body) {
			t.Fatalf("decoded %q, want %q", got, body)
		}
		if rest, _ := io.ReadAll(br); string(rest) != "NEXT" {
			t.Fatalf("rest %q, want NEXT", rest)
		}
	})
}

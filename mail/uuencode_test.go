package mail

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// uuencode encodes data as a uuencoded block, 45 bytes a line, "`" for
// zero as most encoders write it.
func uuencode(name string, data []byte) string {
	enc := func(c byte) byte {
		if c&63 == 0 {
			return '`'
		}
		return ' ' + c&63
	}
	var b strings.Builder
	b.WriteString("begin 644 " + name + "\r\n")
	for len(data) > 0 {
		n := min(45, len(data))
		line := append([]byte(nil), data[:n]...)
		data = data[n:]
		b.WriteByte(enc(byte(n)))
		for len(line)%3 != 0 {
			line = append(line, 0)
		}
		for i := 0; i < len(line); i += 3 {
			c0, c1, c2 := line[i], line[i+1], line[i+2]
			b.Write([]byte{enc(c0 >> 2), enc(c0<<4 | c1>>4), enc(c1<<2 | c2>>6), enc(c2)})
		}
		b.WriteString("\r\n")
	}
	b.WriteString("`\r\nend\r\n")
	return b.String()
}

// TestUUEncodeBothWays: a file uuencoded as the transfer encoding of a part
// and one uuencoded inside a text body come out as the same bytes.
func TestUUEncodeBothWays(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	for _, size := range []int{1, 2, 3, 44, 45, 46, 1000} {
		data := make([]byte, size)
		for i := range data {
			data[i] = byte(rng.Uint32())
		}
		block := uuencode("f.bin", data)
		part := parseString(t, "Content-Type: application/octet-stream; name=f.bin\r\nContent-Transfer-Encoding: x-uuencode\r\n\r\n"+block)
		text := parseString(t, "Subject: uu\r\n\r\nbefore\r\n"+block+"after\r\n")
		for name, m := range map[string]*Message{"transfer encoding": part, "in text": text} {
			if len(m.Attachments) != 1 || m.Attachments[0].SHA256 != sha(string(data)) || m.Attachments[0].Filename != "f.bin" {
				t.Errorf("size %d, %s: attachments %+v", size, name, m.Attachments)
			}
		}
		if text.Text != "before\nafter\n" {
			t.Errorf("size %d: text %q", size, text.Text)
		}
	}
}

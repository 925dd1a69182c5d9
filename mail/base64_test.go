package mail

import (
	"bytes"
	"encoding/base64"
	"io"
	"math/rand/v2"
	"strings"
	"testing"
	"testing/iotest"
)

func TestBase64Reader(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for _, size := range []int{0, 1, 2, 3, 4, 57, 58, 1000, 8191, 8192, 8193, 100000} {
		data := make([]byte, size)
		for i := range data {
			data[i] = byte(rng.Uint32())
		}
		enc := base64.StdEncoding.EncodeToString(data)
		var wrapped strings.Builder
		for len(enc) > 76 {
			wrapped.WriteString(enc[:76] + "\r\n")
			enc = enc[76:]
		}
		wrapped.WriteString(enc + "\n")
		for name, r := range map[string]io.Reader{
			"bulk":    strings.NewReader(wrapped.String()),
			"onebyte": iotest.OneByteReader(strings.NewReader(wrapped.String())),
		} {
			got, err := io.ReadAll(newBase64Reader(r))
			if err != nil || !bytes.Equal(got, data) {
				t.Errorf("size %d %s: err %v, equal %v", size, name, err, bytes.Equal(got, data))
			}
		}
	}
	tests := []struct {
		in, want string
		junk     bool
	}{
		{"aGVs\nbG8=\n", "hello", false},
		{"aGVsbG8", "hello", false},                                      // unpadded tail
		{"aGk=aGk=", "hihi", false},                                      // concatenated blocks
		{"aGVs bG8=", "hello", false},                                    // spaces
		{"aGVs!!bG8=", "hello", true},                                    // junk skipped and reported
		{"aGVsbG8=\n--\nend", "hello" + string(mustRawB64("end")), true}, // trailing text decodes as data, as with go-message
	}
	for _, tt := range tests {
		got, err := io.ReadAll(newBase64Reader(strings.NewReader(tt.in)))
		if string(got) != tt.want || (err == errBase64Junk) != tt.junk || err != nil && err != errBase64Junk {
			t.Errorf("%q: got %q, %v", tt.in, got, err)
		}
	}
}

func mustRawB64(s string) []byte {
	b, err := base64.RawStdEncoding.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

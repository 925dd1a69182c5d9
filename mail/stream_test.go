package mail

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"io"
	"math/rand/v2"
	"runtime"
	"testing"
)

// heapWatchSink hashes what it receives and samples the heap as bytes flow,
// to prove Parse streams attachments instead of buffering them.
type heapWatchSink struct {
	bytes   int64
	maxHeap uint64
}

func (s *heapWatchSink) Put(r io.Reader) (string, int64, error) {
	h := sha256.New()
	buf := make([]byte, 64<<10)
	var next int64
	for {
		n, err := r.Read(buf)
		h.Write(buf[:n])
		s.bytes += int64(n)
		if s.bytes >= next {
			var ms runtime.MemStats
			runtime.ReadMemStats(&ms)
			s.maxHeap = max(s.maxHeap, ms.HeapInuse)
			next += 4 << 20
		}
		if err == io.EOF {
			return hex.EncodeToString(h.Sum(nil)), s.bytes, nil
		}
		if err != nil {
			return "", s.bytes, fmt.Errorf("heap watch sink: %w", err)
		}
	}
}

func TestBigAttachmentStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB attachment")
	}
	const size = 50 << 20
	pr, pw := io.Pipe()
	want := make(chan string, 1)
	go func() {
		// Write a message with a 50 MB base64 attachment, never holding it.
		fmt.Fprint(pw, "From: big@example.com\r\nSubject: big\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--b\r\nContent-Type: application/octet-stream; name=big.bin\r\nContent-Transfer-Encoding: base64\r\n\r\n")
		h := sha256.New()
		rng := rand.New(rand.NewPCG(1, 2))
		raw := make([]byte, 57*1024) // 57 bytes per 76-char base64 line
		line := make([]byte, 78)
		for written := 0; written < size; {
			chunk := raw[:min(len(raw), size-written)]
			for i := range chunk {
				chunk[i] = byte(rng.Uint32())
			}
			h.Write(chunk)
			written += len(chunk)
			for len(chunk) > 0 {
				n := min(57, len(chunk))
				enc := base64.StdEncoding.EncodedLen(n)
				base64.StdEncoding.Encode(line, chunk[:n])
				line[enc], line[enc+1] = '\r', '\n'
				if _, err := pw.Write(line[:enc+2]); err != nil {
					return
				}
				chunk = chunk[n:]
			}
		}
		fmt.Fprint(pw, "--b--\r\n")
		pw.Close()
		want <- hex.EncodeToString(h.Sum(nil))
	}()

	runtime.GC()
	var before runtime.MemStats
	runtime.ReadMemStats(&before)
	sink := &heapWatchSink{}
	m, err := Parse(pr, sink, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Attachments) != 1 {
		t.Fatalf("attachments = %+v (%s)", m.Attachments, m.ParseError)
	}
	a := m.Attachments[0]
	if a.Size != size || sink.bytes != size || a.SHA256 != <-want || a.Filename != "big.bin" {
		t.Errorf("attachment = %+v, sink got %d bytes", a, sink.bytes)
	}
	growth := int64(sink.maxHeap) - int64(before.HeapInuse)
	t.Logf("heap in use grew by at most %.1f MiB while streaming %d MiB", float64(growth)/(1<<20), size>>20)
	if growth > 8<<20 {
		t.Errorf("heap grew by %d bytes: the attachment is being buffered", growth)
	}
	if m.Text != "see attached" || m.ParseError != "" {
		t.Errorf("Text %q ParseError %q", m.Text, m.ParseError)
	}
}

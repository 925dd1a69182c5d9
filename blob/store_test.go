package blob

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"strings"
	"testing"
)

func TestPutOpenDedupe(t *testing.T) {
	s, err := Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	data := strings.Repeat("hello blob ", 1000)
	sum, size, err := s.Put(strings.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	want := sha256.Sum256([]byte(data))
	if sum != hex.EncodeToString(want[:]) || size != int64(len(data)) {
		t.Fatalf("got %s %d", sum, size)
	}
	sum2, _, err := s.Put(strings.NewReader(data))
	if err != nil || sum2 != sum {
		t.Fatalf("second put: %s %v", sum2, err)
	}
	if err := s.Sync(); err != nil {
		t.Fatal(err)
	}
	f, err := s.Open(sum)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, _ := io.ReadAll(f)
	if !bytes.Equal(got, []byte(data)) {
		t.Fatal("content differs")
	}
	tmp, _ := os.ReadDir(s.dir + "/tmp")
	if len(tmp) != 0 {
		t.Fatalf("temporary files left: %d", len(tmp))
	}
	if err := s.Remove(sum); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Open(sum); err != ErrNotFound {
		t.Fatalf("after remove: %v", err)
	}
}

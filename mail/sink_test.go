package mail

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// hashSink is a real BlobSink that keeps nothing: it hashes and counts the
// bytes as they stream past, like the blob store does before writing.
type hashSink struct {
	puts  int
	bytes int64
}

func (s *hashSink) Put(r io.Reader) (string, int64, error) {
	h := sha256.New()
	n, err := io.Copy(h, r)
	if err != nil {
		return "", n, fmt.Errorf("hash sink: %w", err)
	}
	s.puts++
	s.bytes += n
	return hex.EncodeToString(h.Sum(nil)), n, nil
}

// corpusDir locates ../shared/corpus from the mail/ directory, or
// MAILROOM_CORPUS. The corpus is part of the test setup: missing is a failure.
func corpusDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("MAILROOM_CORPUS")
	if dir == "" {
		dir = filepath.Join("..", "..", "shared", "corpus")
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		t.Fatalf("mail corpus not found at %s (set MAILROOM_CORPUS): %v", dir, err)
	}
	return dir
}

// corpusMessages lists every *.eml and *.msg file under the corpus.
func corpusMessages(t testing.TB) []string {
	t.Helper()
	root := corpusDir(t)
	var files []string
	err := filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if ext := filepath.Ext(path); !d.IsDir() && (ext == ".eml" || ext == ".msg") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatalf("walk corpus: %v", err)
	}
	if len(files) == 0 {
		t.Fatalf("no messages in corpus %s", root)
	}
	return files
}

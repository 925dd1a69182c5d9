package mail

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestLineEndingsAgree parses sisimai's CR-only (mac) and CRLF (dos) copies
// against their LF (bsd) originals: line endings must not change the result.
func TestLineEndingsAgree(t *testing.T) {
	root := filepath.Join(corpusDir(t), "sisimai")
	compared := 0
	for _, variant := range []string{"mac", "dos"} {
		files, _ := filepath.Glob(filepath.Join(root, variant, "*.eml"))
		for _, f := range files {
			orig := filepath.Join(root, "bsd", filepath.Base(f))
			a, errA := os.ReadFile(f)
			b, errB := os.ReadFile(orig)
			if errA != nil || errB != nil || !bytes.Equal(toLF(a), b) {
				continue // no original, or the copies differ in more than line endings
			}
			got, want := parseFile(t, f), parseFile(t, orig)
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s/%s differs from its LF original:\n got %+v\nwant %+v", variant, filepath.Base(f), summary(got), summary(want))
			}
			compared++
		}
	}
	if compared < 50 {
		t.Fatalf("compared only %d files", compared)
	}
	t.Logf("%d CR-only and CRLF messages parse exactly like their LF originals", compared)
}

func summary(m *Message) any {
	text := m.Text
	if len(text) > 80 {
		text = text[:80]
	}
	return struct {
		Subject, Text, ParseError string
		From                      *Address
		Attachments               []Attachment
	}{m.Subject, text, m.ParseError, m.From, m.Attachments}
}

func toLF(b []byte) []byte {
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(b, []byte("\r"), []byte("\n"))
}

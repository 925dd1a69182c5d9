package mail

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestCorpusParses parses every message of the shared corpus: none may panic
// or take long, and the summary shows how much of the corpus reads cleanly.
func TestCorpusParses(t *testing.T) {
	files := corpusMessages(t)
	root := corpusDir(t)
	var (
		withErr, noSubject, noFrom, noDate, noBody int
		attachments                                int
		slowest                                    time.Duration
		slowestFile                                string
		perSuite                                   = map[string][2]int{}
	)
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatalf("read %s: %v", f, err)
		}
		rel, _ := filepath.Rel(root, f)
		suite := strings.SplitN(filepath.ToSlash(rel), "/", 3)
		key := suite[0] + "/" + suite[1]
		start := time.Now()
		sink := &hashSink{}
		m, err := Parse(bytes.NewReader(data), sink, nil)
		d := time.Since(start)
		if err != nil {
			t.Errorf("%s: Parse error %v", rel, err)
			continue
		}
		if m == nil {
			t.Fatalf("%s: nil message", rel)
		}
		if d > 2*time.Second {
			t.Errorf("%s: took %v", rel, d)
		}
		if d > slowest {
			slowest, slowestFile = d, rel
		}
		c := perSuite[key]
		c[0]++
		if m.ParseError != "" {
			withErr++
			c[1]++
			if testing.Verbose() && os.Getenv("MAILROOM_SHOW_ERRORS") != "" {
				t.Logf("%s: %s", rel, m.ParseError)
			}
		}
		perSuite[key] = c
		if m.Subject == "" {
			noSubject++
		}
		if m.From == nil {
			noFrom++
		}
		if m.Date.IsZero() {
			noDate++
		}
		if m.Text == "" && m.HTML == "" {
			noBody++
		}
		attachments += len(m.Attachments)
		if sink.puts != len(m.Attachments) {
			t.Errorf("%s: sink got %d puts for %d attachments", rel, sink.puts, len(m.Attachments))
		}
		for _, a := range m.Attachments {
			if a.Filename == "" || a.ContentType == "" || a.SHA256 == "" {
				t.Errorf("%s: incomplete attachment %+v", rel, a)
			}
		}
		if m.From != nil && (m.From.Address == "null" || m.From.Name == "null") {
			t.Errorf("%s: From has the string null: %+v", rel, m.From)
		}
	}
	t.Logf("parsed %d messages: %d with ParseError, %d without Subject, %d without From, %d with zero Date, %d without body, %d attachments; slowest %v (%s)",
		len(files), withErr, noSubject, noFrom, noDate, noBody, attachments, slowest, slowestFile)
	keys := make([]string, 0, len(perSuite))
	for k := range perSuite {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("  %-32s %4d messages, %3d with ParseError", k, perSuite[k][0], perSuite[k][1])
	}
}

package mail

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"
)

func TestDebugFile(t *testing.T) {
	f := os.Getenv("DEBUG_FILE")
	if f == "" {
		t.Skip()
	}
	data, _ := os.ReadFile(f)
	m, err := Parse(bytes.NewReader(data), &hashSink{}, nil)
	if len(m.Text) > 300 {
		m.Text = m.Text[:300] + "..."
	}
	if len(m.HTML) > 300 {
		m.HTML = m.HTML[:300] + "..."
	}
	b, _ := json.MarshalIndent(m, "", "  ")
	t.Logf("err=%v\n%s", err, b)
}

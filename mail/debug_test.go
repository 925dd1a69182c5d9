package mail

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

func TestDebugFiles(t *testing.T) {
	for _, f := range strings.Fields(os.Getenv("DEBUG_FILES")) {
		data, _ := os.ReadFile(f)
		m, err := Parse(bytes.NewReader(data), &hashSink{}, nil)
		if len(m.Text) > 400 {
			m.Text = m.Text[:400] + "..."
		}
		if len(m.HTML) > 200 {
			m.HTML = m.HTML[:200] + "..."
		}
		b, _ := json.Marshal(m)
		t.Logf("%s err=%v\n%s", f, err, b)
	}
}

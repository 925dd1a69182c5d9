package server

import (
	"fmt"
	"os"
	"testing"
	"time"
)

// TestMeasureCommentList is run by hand (MAILROOM_MEASURE=1): the time to
// list 500 comments with their authors and parents.
func TestMeasureCommentList(t *testing.T) {
	if os.Getenv("MAILROOM_MEASURE") == "" {
		t.Skip("set MAILROOM_MEASURE=1")
	}
	c := newCollabEnv(t)
	email := c.emails["notes"]
	var parent any
	for i := range 500 {
		id := c.must(c.tok["writer"], addComment, map[string]any{"t": email, "x": fmt.Sprintf("comment %d @reader", i), "p": parent})["addComment"].(map[string]any)["id"]
		if i%2 == 0 {
			parent = id
		} else {
			parent = nil
		}
	}
	for range 3 {
		start := time.Now()
		n := c.node(c.tok["reader"], email, `... on Email{comments{id text author{username} parent{id} history{text}}}`)
		t.Logf("%d comments listed in %v", len(n["comments"].([]any)), time.Since(start))
	}
}

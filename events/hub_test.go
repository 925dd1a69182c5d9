package events

import (
	"testing"
	"time"
)

func TestHubDeliversPerFolder(t *testing.T) {
	h := NewHub()
	a, cancelA := h.Subscribe(1)
	b, cancelB := h.Subscribe(2)
	defer cancelB()
	h.Publish(Event{Type: EmailAdded, FolderID: 1, EmailID: 7})
	select {
	case e := <-a:
		if e.EmailID != 7 || e.At.IsZero() {
			t.Fatalf("got %+v", e)
		}
	case <-time.After(time.Second):
		t.Fatal("no event")
	}
	select {
	case e := <-b:
		t.Fatalf("folder 2 got %+v", e)
	default:
	}
	cancelA()
	cancelA()
	h.Publish(Event{Type: EmailAdded, FolderID: 1})
	if len(h.subs) != 1 {
		t.Fatalf("subscriber not removed: %d folders", len(h.subs))
	}
}

// Package events publishes folder activity to subscribers. The in-process Hub
// implements Bus; a Postgres LISTEN/NOTIFY bus can replace it across instances.
package events

import (
	"sync"
	"time"
)

// Type is the kind of an activity event.
type Type string

const (
	FetchStarted  Type = "FETCH_STARTED"
	FetchFinished Type = "FETCH_FINISHED"
	FetchFailed   Type = "FETCH_FAILED"
	EmailAdded    Type = "EMAIL_ADDED"
	// NotificationAdded is published on the topic of a user (UserTopic),
	// not of a folder: NotificationID is the user's new alert.
	NotificationAdded Type = "NOTIFICATION_ADDED"
)

// UserTopic is the Subscribe/Event.FolderID key of a user's alerts. IDs are
// global (unique across types), so a user's ID never names a folder.
func UserTopic(userID int) int { return userID }

// Event is one piece of activity on a folder.
type Event struct {
	Type       Type
	FolderID   int
	EmailID    int // EmailAdded
	Imported   int // FetchFinished
	Duplicates int
	Failed     int
	Remaining  int
	Error      string // FetchFailed
	// NotificationID is the alert of NotificationAdded.
	NotificationID int
	At             time.Time
}

// Bus is what publishers and subscribers rely on.
type Bus interface {
	Publish(Event)
	// Subscribe delivers the events of folderID until cancel is called.
	Subscribe(folderID int) (events <-chan Event, cancel func())
}

// Hub is the in-process Bus. A slow subscriber loses events rather than
// stalling the fetch pipeline.
type Hub struct {
	mu   sync.RWMutex
	subs map[int]map[chan Event]struct{}
}

// NewHub returns an empty hub.
func NewHub() *Hub { return &Hub{subs: make(map[int]map[chan Event]struct{})} }

// Buffer is the number of events a subscriber may lag behind.
const Buffer = 256

func (h *Hub) Publish(e Event) {
	if e.At.IsZero() {
		e.At = time.Now()
	}
	h.mu.RLock()
	defer h.mu.RUnlock()
	for ch := range h.subs[e.FolderID] {
		select {
		case ch <- e:
		default:
		}
	}
}

func (h *Hub) Subscribe(folderID int) (<-chan Event, func()) {
	ch := make(chan Event, Buffer)
	h.mu.Lock()
	if h.subs[folderID] == nil {
		h.subs[folderID] = make(map[chan Event]struct{})
	}
	h.subs[folderID][ch] = struct{}{}
	h.mu.Unlock()
	var once sync.Once
	return ch, func() {
		once.Do(func() {
			h.mu.Lock()
			delete(h.subs[folderID], ch)
			if len(h.subs[folderID]) == 0 {
				delete(h.subs, folderID)
			}
			h.mu.Unlock()
		})
	}
}

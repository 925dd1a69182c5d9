package viewer

import (
	"context"
	"sync"
	"time"
)

// Level is a permission: each includes the ones below it.
type Level int

const (
	None   Level = iota
	Read         // see the document and what is in it
	Write        // check email, comment, annotate, relate, trash
	Manage       // settings, access, purge
)

func (l Level) String() string {
	return [...]string{"NONE", "READ", "WRITE", "MANAGE"}[l]
}

// Access is what a viewer may do, computed from the access entries of the
// user and their groups, with inheritance from workspace to folder.
type Access struct {
	// Workspaces holds the level granted on each workspace itself.
	Workspaces map[int]Level
	// Folders holds the effective level on each folder (own entries, plus the
	// workspace's unless inheritance is blocked).
	Folders map[int]Level
	// Visible holds the workspaces the viewer may see: with a level of their
	// own or holding a folder the viewer may read.
	Visible map[int]bool

	// readable is FolderIDs(Read), listed once: every query of a request
	// passes the privacy filter, which asks for it.
	readableOnce sync.Once
	readable     []int
}

// FolderIDs returns the folders with at least level l.
func (a *Access) FolderIDs(l Level) []int {
	ids := make([]int, 0, len(a.Folders))
	for id, got := range a.Folders {
		if got >= l {
			ids = append(ids, id)
		}
	}
	return ids
}

// ReadableFolders is the one decision of which folders v may read, shared by
// the privacy rule and by queries that must filter in their own SQL (search):
// all is true for administrators and the server itself, otherwise ids lists
// the folders with READ or more (shared by the callers: not to be changed).
func (v *Viewer) ReadableFolders(ctx context.Context) (ids []int, all bool, err error) {
	if v.Unrestricted() {
		return nil, true, nil
	}
	a, err := v.Access(ctx)
	if err != nil {
		return nil, false, err
	}
	a.readableOnce.Do(func() { a.readable = a.FolderIDs(Read) })
	return a.readable, false, nil
}

// VisibleWorkspaceIDs returns the workspaces the viewer may see.
func (a *Access) VisibleWorkspaceIDs() []int {
	ids := make([]int, 0, len(a.Visible))
	for id := range a.Visible {
		ids = append(ids, id)
	}
	return ids
}

// AccessLoader computes a user's Access; auth provides it.
type AccessLoader func(ctx context.Context, userID int) (*Access, error)

// accessTTL bounds how stale a long-lived context (a websocket) may see a
// change of permissions.
const accessTTL = 2 * time.Second

type accessCache struct {
	load AccessLoader
	mu   sync.Mutex
	at   time.Time
	val  *Access
}

// WithAccess attaches the loader of v's permissions.
func (v *Viewer) WithAccess(load AccessLoader) *Viewer {
	v.access = &accessCache{load: load}
	return v
}

// Unrestricted reports whether v bypasses permissions (administrators and
// the server itself).
func (v *Viewer) Unrestricted() bool { return v != nil && (v.Admin || v.System) }

// Access returns v's permissions, cached for a moment.
func (v *Viewer) Access(ctx context.Context) (*Access, error) {
	if v.access == nil {
		return &Access{}, nil
	}
	c := v.access
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.val != nil && time.Since(c.at) < accessTTL {
		return c.val, nil
	}
	a, err := c.load(ctx, v.UserID)
	if err != nil {
		return nil, err
	}
	c.val, c.at = a, time.Now()
	return a, nil
}

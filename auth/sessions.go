package auth

import (
	"context"
	"sync"
)

// SessionEnd names sessions that have just ended: every session of UserID
// but the one of Except, or the one session of TokenHash. Token hashes, not
// tokens, so that an end can travel between instances.
type SessionEnd struct {
	UserID    int
	TokenHash string
	Except    string
}

// Sessions tells long-lived connections (websockets) that their session
// ended: sign-out, sign-out everywhere, a password change or reset, the user
// disabled or their administrator rights changed. In one process it is a
// registry (NewLocalSessions); the instances of a cluster will relay End
// over PostgreSQL LISTEN/NOTIFY behind the same interface.
type Sessions interface {
	// Watch returns a context that is cancelled when the session of
	// tokenHash, of user userID, ends (or when ctx ends, or cancel is called).
	Watch(ctx context.Context, userID int, tokenHash string) (context.Context, context.CancelFunc)
	// End cancels the contexts of the sessions e names.
	End(ctx context.Context, e SessionEnd)
}

// NewLocalSessions returns the in-process Sessions.
func NewLocalSessions() Sessions {
	return &localSessions{byUser: map[int]map[*watch]bool{}, byToken: map[string]map[*watch]bool{}}
}

type watch struct {
	userID    int
	tokenHash string
	cancel    context.CancelFunc
}

type localSessions struct {
	mu      sync.Mutex
	byUser  map[int]map[*watch]bool
	byToken map[string]map[*watch]bool
}

func (l *localSessions) Watch(ctx context.Context, userID int, tokenHash string) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancel(ctx)
	w := &watch{userID: userID, tokenHash: tokenHash, cancel: cancel}
	l.mu.Lock()
	add(l.byUser, userID, w)
	add(l.byToken, tokenHash, w)
	l.mu.Unlock()
	context.AfterFunc(ctx, func() {
		l.mu.Lock()
		remove(l.byUser, userID, w)
		remove(l.byToken, tokenHash, w)
		l.mu.Unlock()
	})
	return ctx, cancel
}

func (l *localSessions) End(_ context.Context, e SessionEnd) {
	var ended []*watch
	l.mu.Lock()
	if e.TokenHash != "" {
		for w := range l.byToken[e.TokenHash] {
			ended = append(ended, w)
		}
	} else {
		for w := range l.byUser[e.UserID] {
			if e.Except == "" || w.tokenHash != e.Except {
				ended = append(ended, w)
			}
		}
	}
	l.mu.Unlock()
	for _, w := range ended {
		w.cancel()
	}
}

func add[K comparable](m map[K]map[*watch]bool, k K, w *watch) {
	if m[k] == nil {
		m[k] = map[*watch]bool{}
	}
	m[k][w] = true
}

func remove[K comparable](m map[K]map[*watch]bool, k K, w *watch) {
	delete(m[k], w)
	if len(m[k]) == 0 {
		delete(m, k)
	}
}

// SetSessions replaces the in-process registry (a cluster's, later).
func (s *Service) SetSessions(sessions Sessions) { s.sessions = sessions }

// WatchSession returns a context that ends with the session of tok.
func (s *Service) WatchSession(ctx context.Context, userID int, tok string) (context.Context, context.CancelFunc) {
	return s.sessions.Watch(ctx, userID, hashToken(tok))
}

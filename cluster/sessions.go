package cluster

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"log/slog"

	"github.com/jackc/pgx/v5/pgxpool"

	"mailroom/auth"
)

// sessionsChannel carries the ends of sessions between instances.
const sessionsChannel = "mailroom_sessions"

// Sessions is auth.Sessions for a cluster: a session that ends on one
// instance (sign-out, sign-out everywhere, a password change, a disabled
// user) ends its websockets on every instance. Notifications carry the
// user id and token hashes only, which the database holds anyway.
type Sessions struct {
	local    auth.Sessions
	pool     *pgxpool.Pool
	log      *slog.Logger
	self     string
	listener *Listener
}

type sessionEnd struct {
	Instance string `json:"i"`
	auth.SessionEnd
}

// NewSessions relays the ends of sessions through pool's database; Close stops it.
func NewSessions(ctx context.Context, pool *pgxpool.Pool, log *slog.Logger, opts ListenOptions) (*Sessions, error) {
	var id [8]byte
	_, _ = rand.Read(id[:])
	s := &Sessions{local: auth.NewLocalSessions(), pool: pool, log: log, self: hex.EncodeToString(id[:])}
	l, err := Listen(ctx, pool, sessionsChannel, log, opts, s.deliver)
	if err != nil {
		return nil, err
	}
	s.listener = l
	return s, nil
}

// Close stops relaying.
func (s *Sessions) Close() { s.listener.Close() }

// Watch is auth.Sessions.Watch on this instance's connections.
func (s *Sessions) Watch(ctx context.Context, userID int, tokenHash string) (context.Context, context.CancelFunc) {
	return s.local.Watch(ctx, userID, tokenHash)
}

// End ends the sessions e names here and tells the other instances.
func (s *Sessions) End(ctx context.Context, e auth.SessionEnd) {
	s.local.End(ctx, e)
	payload, _ := json.Marshal(sessionEnd{Instance: s.self, SessionEnd: e})
	if _, err := s.pool.Exec(context.WithoutCancel(ctx), "SELECT pg_notify($1, $2)", sessionsChannel, string(payload)); err != nil {
		s.log.Error("cluster: tell the other instances of an ended session; its websockets there stay open until they reconnect",
			slog.Int("user", e.UserID), slog.Any("error", err))
	}
}

func (s *Sessions) deliver(ctx context.Context, payload string) {
	var e sessionEnd
	if err := json.Unmarshal([]byte(payload), &e); err != nil {
		s.log.Warn("cluster: ignored a malformed session notification", slog.Int("bytes", len(payload)))
		return
	}
	if e.Instance == s.self {
		return
	}
	s.local.End(ctx, e.SessionEnd)
}

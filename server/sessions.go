package server

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"mailroom/auth"
	"mailroom/auth/viewer"
)

// A websocket lives as long as the session that opened it, and no longer:
// it ends when the session ends (auth.Sessions), and each operation on it is
// checked against the session as the store has it now.
const (
	// websocketInitTimeout is how long a socket may stay open without connection_init.
	websocketInitTimeout = 10 * time.Second
	// maxSubscriptionsPerSocket bounds what one socket may keep running.
	maxSubscriptionsPerSocket = 50
)

// initTimeout is websocketInitTimeout; tests shorten it.
var initTimeout = websocketInitTimeout

// socket is the state of one authenticated websocket.
type socket struct {
	end  context.CancelFunc
	subs atomic.Int32
}

type socketKey struct{}

// watchSocket ties the websocket's context to its session: when the session
// ends, the context is cancelled and gqlgen closes the socket.
func (s *server) watchSocket(ctx context.Context, v *viewer.Viewer, tok string) context.Context {
	ctx, end := s.cfg.Auth.WatchSession(ctx, v.UserID, tok)
	return context.WithValue(ctx, socketKey{}, &socket{end: end})
}

// recheckSession runs before every operation of a websocket: the token must
// still be valid and the user enabled, the viewer (admin flag included) is
// loaded again, and a socket runs at most maxSubscriptionsPerSocket
// subscriptions at once. Other transports authenticated just now.
func (s *server) recheckSession(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	sock, _ := ctx.Value(socketKey{}).(*socket)
	if sock == nil {
		return next(ctx)
	}
	v, err := s.cfg.Auth.Authenticate(ctx, auth.TokenFromContext(ctx))
	if errors.Is(err, auth.ErrUnauthenticated) {
		sock.end()
		return refusal(CodeUnauthenticated, "your session has ended: sign in again")
	}
	if err != nil {
		s.cfg.Log.Error("websocket: authenticate", "error", err)
		return refusal(CodeInternal, "internal error")
	}
	ctx = viewer.NewContext(ctx, v)
	if oc := graphql.GetOperationContext(ctx); oc.Operation != nil && oc.Operation.Operation == ast.Subscription {
		if sock.subs.Add(1) > maxSubscriptionsPerSocket {
			sock.subs.Add(-1)
			return refusal(CodeBadUserInput, fmt.Sprintf("at most %d subscriptions may run on one connection", maxSubscriptionsPerSocket))
		}
		context.AfterFunc(ctx, func() { sock.subs.Add(-1) })
	}
	return next(ctx)
}

func refusal(code, msg string) graphql.ResponseHandler {
	return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{{Message: msg, Extensions: map[string]any{"code": code}}}})
}

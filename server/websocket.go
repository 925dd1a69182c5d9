package server

import (
	"errors"
	"io"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/gorilla/websocket"
)

// gorillaWebsocket makes gorilla/websocket the implementation behind gqlgen's
// websocket transport, with a strict Origin check: cookies make cross-site
// websocket hijacking possible, so only the server's own origin and the
// allow-listed ones may connect.
type gorillaWebsocket struct {
	allowedOrigins []string // scheme://host[:port], no trailing slash
}

func (g gorillaWebsocket) Accept(w http.ResponseWriter, r *http.Request, opts transport.WebsocketAcceptOptions) (transport.WebsocketConn, error) {
	up := websocket.Upgrader{
		HandshakeTimeout: 10 * time.Second,
		Subprotocols:     opts.Subprotocols,
		CheckOrigin:      g.checkOrigin,
	}
	conn, err := up.Upgrade(w, r, opts.ResponseHeader)
	if err != nil {
		return nil, err
	}
	return &gorillaConn{conn}, nil
}

// checkOrigin accepts requests without Origin (non-browser clients cannot be
// tricked into sending cookies), the same origin, and the allow-list.
func (g gorillaWebsocket) checkOrigin(r *http.Request) bool {
	origin := r.Header.Get("Origin")
	if origin == "" {
		return true
	}
	u, err := url.Parse(origin)
	if err != nil || u.Host == "" {
		return false
	}
	if strings.EqualFold(u.Host, r.Host) {
		return true
	}
	return slices.ContainsFunc(g.allowedOrigins, func(a string) bool {
		return strings.EqualFold(strings.TrimSuffix(a, "/"), u.Scheme+"://"+u.Host)
	})
}

type gorillaConn struct{ *websocket.Conn }

func (c *gorillaConn) NextReader() (int, io.Reader, error) {
	t, r, err := c.Conn.NextReader()
	var ce *websocket.CloseError
	if errors.As(err, &ce) && (ce.Code == websocket.CloseNormalClosure || ce.Code == websocket.CloseNoStatusReceived) {
		return t, nil, transport.ErrWebsocketClosed
	}
	return t, r, err
}

func (c *gorillaConn) WriteClose(code int, message string) error {
	return c.Conn.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, message), time.Now().Add(time.Second))
}

func (c *gorillaConn) SetReadLimit(limit int64) { c.Conn.SetReadLimit(limit) }

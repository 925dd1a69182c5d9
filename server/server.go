// Package server wires HTTP: /query (POST, GET, websocket), the playground,
// downloads, /healthz and the embedded SPA.
package server

import (
	"context"
	"database/sql"
	"log/slog"
	"net/http"
	"net/netip"
	"strings"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/99designs/gqlgen/graphql/playground"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"mailroom/activity"
	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/blob"
	"mailroom/ent"
	"mailroom/events"
	"mailroom/graph"
	"mailroom/ingest"
	"mailroom/ingest/push"
	"mailroom/integrity"
	"mailroom/oauth"
	"mailroom/search"
	"mailroom/trash"
)

// SessionCookie is the HttpOnly cookie the SPA may use instead of a bearer token.
const SessionCookie = "mailroom_session"

// Config is what the HTTP layer needs.
type Config struct {
	Client *ent.Client
	Auth   *auth.Service
	Ingest *ingest.Service
	Blobs  *blob.Store
	Bus    events.Bus
	Log    *slog.Logger
	// Search is the full-text index (optional).
	Search *search.Index
	// Push reports the IMAP IDLE watchers (optional).
	Push interface {
		Status(folderID int) push.Status
	}
	// AllowedOrigins may open websockets besides the server's own origin
	// (e.g. the Vite dev server, http://localhost:5173).
	AllowedOrigins []string
	// TrustedProxies are the reverse proxies whose X-Forwarded-For and
	// X-Forwarded-Proto are believed (--trusted-proxies).
	TrustedProxies []netip.Prefix
	// PublicURL is the URL people use (--public-url); https turns on Secure
	// cookies and HSTS.
	PublicURL string
	// DB is the database under Client; /readyz queries it (optional).
	DB *sql.DB
	// Trash moves things to and from the trash; main builds it (with
	// FolderChanged set to the ingest's) so every part shares one.
	Trash *trash.Service
	// Integrity checks the blob store against the database (optional).
	Integrity *integrity.Service
	// Activity records what happened to documents (history, notifications);
	// nil records nothing (activity.Nop{}).
	Activity activity.Recorder
	// Mailer sends alert emails (optional: nil without --smtp-url).
	Mailer *activity.Mailer
	// OAuth manages OAuth apps and their sign-ins (optional; main gives the
	// same service to ingest.Options.OAuth).
	OAuth *oauth.Service
	// Instrument wraps the routes (optional; metrics). The request it passes
	// on reaches the router unchanged, so r.Pattern is the matched route
	// once the handler returns.
	Instrument func(http.Handler) http.Handler
	// Subscriptions is told when a GraphQL subscription starts and ends
	// (optional; metrics).
	Subscriptions interface {
		SubscriptionStarted()
		SubscriptionEnded()
	}
	// MaxUploadSize bounds an import request (multipart, its files
	// together); 0 means DefaultMaxUploadSize.
	MaxUploadSize int64
}

// New returns the HTTP handler of Mailroom.
func New(cfg Config) http.Handler {
	s := &server{cfg: cfg}
	gql := s.graphQL()
	mux := http.NewServeMux()
	mux.Handle("/query", s.limitUploads(limitQueryBody(s.withOAuthBrowser(gql))))
	mux.Handle("GET /playground", playground.Handler("Mailroom", "/query"))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.Handle("GET /readyz", &readiness{db: cfg.DB, blobs: cfg.Blobs})
	mux.HandleFunc("GET /attachments/{id}", s.attachment)
	mux.HandleFunc("GET /folders/{id}/ledger.csv", s.ledgerCSV)
	mux.HandleFunc("GET /emails/export.zip", s.exportZip)
	mux.HandleFunc("GET /emails/{file}", s.eml)
	mux.HandleFunc("GET /folders/{id}/export.mbox", s.exportMbox)
	mux.Handle("GET /image-proxy", s.imageProxyHandler())
	mux.HandleFunc("POST /auth/login", s.cookieLogin)
	mux.HandleFunc("POST /auth/logout", s.cookieLogout)
	mux.HandleFunc("GET "+oauth.CallbackPath, s.oauthCallback)
	mux.Handle("/", spa())
	var routes http.Handler = mux
	if cfg.Instrument != nil {
		routes = cfg.Instrument(mux)
	}
	return rollingWriteDeadline(s.recoverer(s.securityHeaders(s.authenticate(s.guardCrossSite(routes)))))
}

// activity is the Recorder of cfg, or one that records nothing.
func (cfg Config) activity() activity.Recorder {
	if cfg.Activity == nil {
		return activity.Nop{}
	}
	return cfg.Activity
}

type server struct {
	cfg Config
}

func (s *server) graphQL() http.Handler {
	srv := handler.New(graph.NewSchema(&graph.Resolver{
		Client: s.cfg.Client, Auth: s.cfg.Auth, Ingest: s.cfg.Ingest, Bus: s.cfg.Bus,
		Trash: s.cfg.Trash, Push: s.cfg.Push, Search: s.cfg.Search,
		Integrity: s.cfg.Integrity, Activity: s.cfg.activity(), Mailer: s.cfg.Mailer, OAuth: s.cfg.OAuth,
	}))
	cache := newQueryCache()
	srv.AddTransport(guarded{transport.Websocket{
		Implementation:        gorillaWebsocket{allowedOrigins: s.cfg.AllowedOrigins},
		KeepAlivePingInterval: 10 * time.Second,
		InitFunc:              s.websocketInit,
		InitTimeout:           initTimeout,
	}, cache})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(guarded{transport.GET{}, cache})
	srv.AddTransport(guarded{postJSON{}, cache})
	// Uploads (importEmails): a form can post multipart cross-site without
	// a preflight, so guardCrossSite demands CSRFHeader on cookie requests;
	// limitUploads bounds the size and the parts before this reads them.
	srv.AddTransport(guarded{s.multipart(), cache})
	srv.SetQueryCache(cache) // PageLimits copies a cached document before writing to it
	srv.SetParserTokenLimit(queryTokenLimit)
	srv.Use(extension.Introspection{})
	srv.Use(graph.PageLimits{}) // before the complexity limit, which counts the default page
	srv.Use(extension.FixedComplexityLimit(graph.MaxComplexity))
	srv.Use(queryShape{maxDepth: maxQueryDepth, maxFields: maxQueryFields})
	srv.AroundOperations(s.recheckSession)
	if s.cfg.Subscriptions != nil {
		srv.AroundOperations(countSubscriptions(s.cfg.Subscriptions))
	}
	srv.AroundOperations(requireViewer)
	srv.SetErrorPresenter(s.presentError)
	srv.SetRecoverFunc(func(ctx context.Context, p any) error {
		s.cfg.Log.Error("panic in resolver", slog.Any("panic", p))
		return gqlerror.Errorf("internal error")
	})
	return srv
}

// requireViewer refuses every operation of an anonymous client except login.
func requireViewer(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	if viewer.FromContext(ctx) != nil {
		return next(ctx)
	}
	oc := graphql.GetOperationContext(ctx)
	if oc.Operation != nil && oc.Operation.Operation == ast.Mutation && onlyLogin(oc.Operation.SelectionSet) {
		return next(ctx)
	}
	return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{{
		Message:    "not signed in: log in and send Authorization: Bearer <token>",
		Extensions: map[string]any{"code": CodeUnauthenticated},
	}}})
}

func onlyLogin(set ast.SelectionSet) bool {
	if len(set) == 0 {
		return false
	}
	for _, sel := range set {
		f, ok := sel.(*ast.Field)
		if !ok || (f.Name != "login" && f.Name != "__typename") {
			return false
		}
	}
	return true
}

// websocketInit authenticates a websocket from its connection_init payload,
// or from the session cookie already checked on the upgrade request.
func (s *server) websocketInit(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
	// A refusal closes with 4403 (graphql-transport-ws's Forbidden), which
	// clients do not take for a normal close to reconnect after.
	refuse := func(err error) (context.Context, *transport.InitPayload, error) {
		ctx = transport.WithWebsocketCloseCode(ctx, 4403)
		return transport.AppendCloseReason(ctx, "Forbidden"), nil, err
	}
	if tok := bearer(p.Authorization()); tok != "" {
		v, err := s.cfg.Auth.Authenticate(ctx, tok)
		if err != nil {
			return refuse(err)
		}
		return s.watchSocket(auth.WithToken(viewer.NewContext(ctx, v), tok), v, tok), nil, nil
	}
	if v := viewer.FromContext(ctx); v != nil {
		return s.watchSocket(ctx, v, auth.TokenFromContext(ctx)), nil, nil
	}
	return refuse(auth.ErrUnauthenticated)
}

func bearer(h string) string {
	if len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
		return strings.TrimSpace(h[7:])
	}
	return ""
}

// authenticate puts the viewer of a bearer token or session cookie in the
// request context. Requests without credentials go on anonymously; the
// privacy rules and requireViewer refuse them data.
func (s *server) authenticate(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if ip := s.clientIP(r); ip != "" {
			r = r.WithContext(auth.WithClientIP(r.Context(), ip))
		}
		tok := bearer(r.Header.Get("Authorization"))
		if tok == "" {
			if c, err := r.Cookie(SessionCookie); err == nil {
				tok = c.Value
			}
		}
		if tok != "" {
			v, err := s.cfg.Auth.Authenticate(r.Context(), tok)
			if err == nil {
				ctx := auth.WithToken(viewer.NewContext(r.Context(), v), tok)
				r = r.WithContext(ctx)
			} else if err != auth.ErrUnauthenticated {
				s.cfg.Log.Error("authenticate", slog.Any("error", err))
			}
		}
		next.ServeHTTP(w, r)
	})
}

func (s *server) recoverer(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if p := recover(); p != nil {
				if p == http.ErrAbortHandler {
					panic(p)
				}
				s.cfg.Log.Error("panic in handler", slog.Any("panic", p), slog.String("path", r.URL.Path))
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// Package viewer carries who is acting through a context. It imports nothing
// of the store so that the privacy rules in ent/schema can depend on it.
package viewer

import "context"

// Viewer is the signed-in user on whose behalf the code runs.
type Viewer struct {
	UserID   int
	Username string
	Admin    bool
	// System marks background work of the server itself (fetch runs,
	// bootstrap): it passes the privacy rules.
	System bool

	access *accessCache
}

type ctxKey struct{}

// NewContext returns ctx acting as v.
func NewContext(ctx context.Context, v *Viewer) context.Context {
	return context.WithValue(ctx, ctxKey{}, v)
}

// FromContext returns the viewer of ctx, or nil.
func FromContext(ctx context.Context) *Viewer {
	v, _ := ctx.Value(ctxKey{}).(*Viewer)
	return v
}

// SystemContext returns ctx acting as the server itself.
func SystemContext(ctx context.Context) context.Context {
	return NewContext(ctx, &Viewer{System: true, Admin: true})
}

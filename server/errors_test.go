package server

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
)

// TestResolverFailuresAreNotShown: an error gqlgen wraps with its path (a
// resolver's failure) is INTERNAL with generic words, never the internal
// text as a user's mistake; gqlgen's own words about the request stay
// BAD_USER_INPUT.
func TestResolverFailuresAreNotShown(t *testing.T) {
	s := &server{cfg: Config{Log: slog.New(slog.NewTextHandler(io.Discard, nil))}}
	ctx := context.Background()
	wrapped := gqlerror.WrapPath(ast.Path{ast.PathName("node")}, errors.New("Driver.QueryContext is not supported"))
	got := s.presentError(ctx, wrapped)
	if got.Extensions["code"] != CodeInternal || strings.Contains(got.Message, "Driver") {
		t.Errorf("a resolver's failure is shown as %v %q", got.Extensions["code"], got.Message)
	}
	own := s.presentError(ctx, gqlerror.Errorf("%s is not a valid Permission", "OWNER"))
	if own.Extensions["code"] != CodeBadUserInput || !strings.Contains(own.Message, "not a valid Permission") {
		t.Errorf("gqlgen's words about the request: %v %q", own.Extensions["code"], own.Message)
	}
}

package server

import (
	"context"
	"errors"
	"log/slog"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/privacy"
	"mailroom/graph"
	"mailroom/ingest"
	"mailroom/mail/account"
	"mailroom/netpolicy"
	"mailroom/oauth"
	"mailroom/search"
	"mailroom/throttle"
	"mailroom/trash"
)

// Error codes of the API (extensions.code).
const (
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeForbidden       = "FORBIDDEN"
	CodeNotFound        = "NOT_FOUND"
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeMailServer      = "MAIL_SERVER"
	CodeInternal        = "INTERNAL"
	CodeTooManyAttempts = "TOO_MANY_ATTEMPTS"
)

// presentError maps every error to a code, in this one place. Unknown errors
// are logged and shown as "internal error".
func (s *server) presentError(ctx context.Context, err error) *gqlerror.Error {
	gerr := graphql.DefaultErrorPresenter(ctx, err)
	var ge *gqlerror.Error
	if errors.As(err, &ge) && ge.Extensions["code"] != nil {
		return gerr
	}
	code, msg := classify(ctx, err)
	if code == CodeInternal {
		s.cfg.Log.Error("request failed", slog.Any("error", err))
		msg = "internal error"
	}
	gerr.Message = msg
	if gerr.Extensions == nil {
		gerr.Extensions = map[string]any{}
	}
	gerr.Extensions["code"] = code
	var fe *account.FieldError
	var ie *auth.InputError
	var pe *graph.PageSizeError
	var qe *search.QueryError
	switch {
	case errors.As(err, &fe):
		gerr.Extensions["field"] = fe.Field
	case errors.As(err, &qe):
		gerr.Extensions["field"] = "query"
	case errors.As(err, &ie):
		gerr.Extensions["field"] = ie.Field
	case errors.As(err, &pe):
		gerr.Extensions["field"] = pe.Field
	case errors.Is(err, netpolicy.ErrDenied):
		gerr.Extensions["field"] = "host"
	}
	return gerr
}

func classify(ctx context.Context, err error) (code, msg string) {
	var fe *account.FieldError
	var ie *auth.InputError
	var ae *account.Error
	var ve *ent.ValidationError
	var ge *gqlerror.Error
	var pe *graph.PageSizeError
	var te *throttle.Error
	var oe *oauth.Error
	var ine *ingest.InputError
	var qe *search.QueryError
	switch {
	case errors.As(err, &qe):
		return CodeBadUserInput, qe.Error()
	case errors.As(err, &ine):
		return CodeBadUserInput, ine.Error()
	case errors.As(err, &oe) && oe.Refused:
		return CodeForbidden, oe.Error()
	case errors.As(err, &oe):
		return CodeMailServer, oe.Error()
	case errors.As(err, &fe):
		return CodeBadUserInput, fe.Error()
	case errors.As(err, &pe):
		return CodeBadUserInput, pe.Error()
	case errors.As(err, &ie):
		return CodeBadUserInput, ie.Error()
	case errors.Is(err, netpolicy.ErrDenied):
		// A host the policy refuses is the user's input to change (or the
		// administrator's list to extend), not a mail server failure.
		d, _ := netpolicy.Denied(err)
		return CodeBadUserInput, d.Error()
	case errors.As(err, &te):
		return CodeTooManyAttempts, te.Error()
	case errors.Is(err, trash.ErrNotInTrash):
		return CodeBadUserInput, err.Error()
	case errors.Is(err, auth.ErrForbidden):
		return CodeForbidden, err.Error()
	case errors.As(err, &ae):
		return CodeMailServer, ae.Error()
	case errors.Is(err, auth.ErrTooManyAttempts):
		return CodeTooManyAttempts, err.Error()
	case errors.Is(err, auth.ErrBadCredentials), errors.Is(err, auth.ErrUnauthenticated):
		return CodeUnauthenticated, err.Error()
	case errors.Is(err, privacy.Deny):
		if viewer.FromContext(ctx) == nil {
			return CodeUnauthenticated, "not signed in"
		}
		return CodeForbidden, "you do not have permission to do this"
	case ent.IsNotFound(err):
		return CodeNotFound, "not found"
	case errors.As(err, &ve):
		return CodeBadUserInput, ve.Error()
	case ent.IsConstraintError(err):
		return CodeBadUserInput, "this conflicts with existing data"
	case errors.As(err, &ge) && ge.Unwrap() == nil:
		// gqlgen's own words about the request (a variable that does not
		// coerce, an unknown enum value). A gqlerror wrapping another error
		// is a resolver's failure with its path: internal, not shown.
		return CodeBadUserInput, ge.Message
	}
	return CodeInternal, err.Error()
}

func isDenied(err error) bool { return errors.Is(err, privacy.Deny) }

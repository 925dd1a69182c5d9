package server

import (
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// countSubscriptions tells c when a subscription operation starts and when
// its stream ends (the response handler returns nil once the resolver's
// channel closes or the client stops it).
func countSubscriptions(c interface {
	SubscriptionStarted()
	SubscriptionEnded()
}) graphql.OperationMiddleware {
	return func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		op := graphql.GetOperationContext(ctx)
		if op.Operation == nil || op.Operation.Operation != ast.Subscription {
			return next(ctx)
		}
		responses := next(ctx)
		c.SubscriptionStarted()
		var once sync.Once
		end := func() { once.Do(c.SubscriptionEnded) }
		go func() { <-ctx.Done(); end() }()
		return func(ctx context.Context) *graphql.Response {
			r := responses(ctx)
			if r == nil {
				end()
			}
			return r
		}
	}
}

// Package rule holds the ent privacy rules shared by every type of the store.
package rule

import (
	"context"

	"mailroom/auth/viewer"
	"mailroom/ent/privacy"
)

// DenyIfNoViewer refuses every read and write made without a signed-in user
// or the system context: unauthenticated requests never see data.
func DenyIfNoViewer() privacy.QueryMutationRule {
	return privacy.ContextQueryMutationRule(func(ctx context.Context) error {
		if viewer.FromContext(ctx) == nil {
			return privacy.Denyf("viewer is missing")
		}
		return privacy.Skip
	})
}

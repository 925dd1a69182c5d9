package schema

import (
	"entgo.io/ent"
	"entgo.io/ent/schema/mixin"

	"mailroom/auth/rule"
	"mailroom/ent/privacy"
)

// ViewerMixin gives every type the privacy policy of auth/rule: nothing is
// read or written without a signed-in viewer or the system context.
type ViewerMixin struct {
	mixin.Schema
}

func (ViewerMixin) Policy() ent.Policy {
	return privacy.Policy{
		Mutation: privacy.MutationPolicy{rule.DenyIfNoViewer(), privacy.AlwaysAllowRule()},
		Query:    privacy.QueryPolicy{rule.DenyIfNoViewer(), privacy.AlwaysAllowRule()},
	}
}

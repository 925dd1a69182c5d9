// Adapted from github.com/zitadel/oidc/v3 v3.52.0 example/server/storage
// (Apache License 2.0, Copyright the zitadel/oidc authors): the in-memory
// op.Storage of the library's example, with a configurable access token
// lifetime, this package's users, and clients per storage.

package oauthtest

import "time"

type Token struct {
	ID             string
	ApplicationID  string
	Subject        string
	RefreshTokenID string
	Audience       []string
	Expiration     time.Time
	Scopes         []string
}

type RefreshToken struct {
	ID            string
	Token         string
	AuthTime      time.Time
	AMR           []string
	Audience      []string
	UserID        string
	ApplicationID string
	Expiration    time.Time
	Scopes        []string
	AccessToken   string // Token.ID
}

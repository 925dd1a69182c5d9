package graph

import "errors"

// errNoOAuth answers OAuth app changes on a server built without OAuth2.
var errNoOAuth = errors.New("OAuth2 sign-in is not configured on this server")

// Command oauthtest runs the test authorization server of internal/oauthtest
// for the end-to-end tests (e2e/oauth.spec.ts): it prints its facts as one
// JSON line and serves until its standard input closes or it is signalled.
package main

import (
	"encoding/json"
	"flag"
	"io"
	"log"
	"os"
	"os/signal"
	"syscall"
	"time"

	"mailroom/internal/oauthtest"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:0", "where to listen")
	host := flag.String("host", "localhost", "the host name in the server's URLs (the browser's origin)")
	redirect := flag.String("redirect-uri", "", "the client's registered redirect URI")
	user := flag.String("user", "alice", "who the login page signs in")
	lifetime := flag.Duration("access-token-lifetime", 5*time.Minute, "lifetime of access tokens")
	form := flag.Bool("login-form", true, "the login page is a form to submit (false: it signs in at once)")
	flag.Parse()
	s, err := oauthtest.New(oauthtest.Options{Addr: *addr, Host: *host, RedirectURIs: []string{*redirect}, User: *user,
		AccessTokenLifetime: *lifetime, LoginForm: *form})
	if err != nil {
		log.Fatal(err)
	}
	defer s.Close()
	json.NewEncoder(os.Stdout).Encode(map[string]any{
		"issuer": s.URL, "authURL": s.AuthURL(), "tokenURL": s.TokenURL(), "loopbackTokenURL": s.LoopbackURL() + "/oauth/token",
		"clientID": oauthtest.ClientID, "clientSecret": oauthtest.ClientSecret, "scopes": oauthtest.Scopes,
	})
	done := make(chan struct{})
	go func() { io.Copy(io.Discard, os.Stdin); close(done) }()
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, syscall.SIGTERM, syscall.SIGINT)
	select {
	case <-done:
	case <-sig:
	}
}

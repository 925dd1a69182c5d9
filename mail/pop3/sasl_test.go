package pop3

import (
	"encoding/base64"
	"errors"
	"strings"
	"testing"

	"github.com/emersion/go-sasl"
)

// xoauth2 is a minimal XOAUTH2 client for these tests: one initial
// response, an answer of ^A to the error challenge.
type xoauth2 struct{}

func (xoauth2) Start() (string, []byte, error) {
	return "XOAUTH2", []byte("user=a\x01auth=Bearer t\x01\x01"), nil
}
func (xoauth2) Next(c []byte) ([]byte, error) { return []byte{1}, nil }
func b64(s string) string                     { return base64.StdEncoding.EncodeToString([]byte(s)) }

var _ sasl.Client = xoauth2{}

func TestAuthenticateSASL(t *testing.T) {
	t.Parallel()
	ir := b64("user=a\x01auth=Bearer t\x01\x01")
	t.Run("accepted", func(t *testing.T) {
		c := scripted(t, step{"", "+OK ready\r\n"}, step{"AUTH XOAUTH2 " + ir, "+OK signed in\r\n"})
		if err := c.Authenticate(xoauth2{}); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("refused after the error challenge", func(t *testing.T) {
		c := scripted(t, step{"", "+OK ready\r\n"},
			step{"AUTH XOAUTH2 " + ir, "+ " + b64(`{"status":"401"}`) + "\r\n"},
			step{b64("\x01"), "-ERR [AUTH] invalid token\r\n"})
		err := c.Authenticate(xoauth2{})
		if !errors.Is(err, ErrAuthFailed) || !strings.Contains(err.Error(), "invalid token") {
			t.Fatalf("err = %v, want a credentials rejection with the server's words", err)
		}
	})
	t.Run("a server that keeps challenging is cut off", func(t *testing.T) {
		steps := []step{{"", "+OK ready\r\n"}, {"AUTH XOAUTH2 " + ir, "+ \r\n"}}
		for range maxChallenges {
			steps = append(steps, step{b64("\x01"), "+ \r\n"})
		}
		c := scripted(t, steps...)
		if err := c.Authenticate(xoauth2{}); err == nil || !strings.Contains(err.Error(), "keeps sending challenges") {
			t.Fatalf("err = %v", err)
		}
	})
}

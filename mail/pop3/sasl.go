package pop3

import (
	"encoding/base64"
	"errors"
	"fmt"
	"strings"

	"github.com/emersion/go-sasl"
)

// Authenticate logs in with AUTH and a SASL mechanism (RFC 5034), sending
// the initial response on the AUTH line. A rejection matches ErrAuthFailed.
// Mailroom uses it for OAuth2 (XOAUTH2, OAUTHBEARER).
func (c *Client) Authenticate(sc sasl.Client) error {
	mech, ir, err := sc.Start()
	if err != nil {
		return err
	}
	if strings.ContainsAny(mech, " \r\n") {
		return fmt.Errorf("pop3: bad SASL mechanism %q", mech)
	}
	line := "AUTH " + mech
	if ir != nil {
		enc := base64.StdEncoding.EncodeToString(ir)
		if enc == "" {
			enc = "=" // an empty initial response (RFC 5034 section 4)
		}
		line += " " + enc
	}
	if c.body != nil {
		if err := c.body.Close(); err != nil {
			return fmt.Errorf("pop3: AUTH: draining the previous RETR: %w", err)
		}
	}
	c.arm()
	if err := c.text.PrintfLine("%s", line); err != nil {
		return fmt.Errorf("pop3: AUTH: %w", err)
	}
	// A failing server may send challenges; a well-behaved mechanism needs
	// few, so a server that keeps challenging is cut off (maxChallenges).
	for challenges := 0; ; challenges++ {
		c.arm()
		answer, err := readLine(c.text.R, MaxLineLength)
		if errors.Is(err, ErrLineTooLong) {
			c.conn.Close()
		}
		if err != nil {
			return fmt.Errorf("pop3: AUTH: %w", err)
		}
		if answer != "+" && !strings.HasPrefix(answer, "+ ") {
			if _, err := statusOf("AUTH", answer); err != nil {
				return authError(err)
			}
			c.caps = nil // RFC 2449: capabilities may differ after login
			return nil
		}
		if challenges == maxChallenges {
			c.conn.Close()
			return errors.New("pop3: AUTH: the server keeps sending challenges")
		}
		challenge, err := base64.StdEncoding.DecodeString(strings.TrimSpace(answer[1:]))
		if err != nil {
			return fmt.Errorf("pop3: AUTH: the server's challenge is not base64: %w", err)
		}
		resp, saslErr := sc.Next(challenge)
		reply := "*" // cancels the exchange (RFC 5034)
		if saslErr == nil {
			reply = base64.StdEncoding.EncodeToString(resp)
		}
		c.arm()
		if err := c.text.PrintfLine("%s", reply); err != nil {
			return fmt.Errorf("pop3: AUTH: %w", err)
		}
		if saslErr != nil {
			if _, err := c.readStatus("AUTH"); err != nil {
				return fmt.Errorf("%w (%v)", authError(err), saslErr)
			}
			return saslErr
		}
	}
}

// maxChallenges bounds the challenges one AUTH answers.
const maxChallenges = 8

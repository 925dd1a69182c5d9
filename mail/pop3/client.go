// Package pop3 is a small POP3 client (RFC 1939, CAPA and response codes of
// RFC 2449, STLS of RFC 2595) built on net/textproto.
//
// A Client is not safe for concurrent use. Message bodies are streamed: Retr
// returns a reader over the connection, so a large message never sits in
// memory.
package pop3

import (
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/textproto"
	"slices"
	"strconv"
	"strings"
	"time"
)

// ErrAuthFailed matches (errors.Is) the *Error of a USER or PASS the server
// rejected because of the credentials, not because of a temporary problem.
var ErrAuthFailed = errors.New("pop3: authentication failed")

// Error is a -ERR response. Command is the command verb only: arguments are
// left out because PASS carries the password.
type Error struct {
	Command string
	Code    string // RFC 2449/3206 response code, e.g. AUTH, IN-USE, SYS/TEMP
	Text    string

	auth bool // a credentials rejection, see ErrAuthFailed
}

func (e *Error) Error() string {
	var sb strings.Builder
	sb.WriteString("pop3: ")
	if e.Command != "" {
		sb.WriteString(e.Command + ": ")
	}
	sb.WriteString("-ERR")
	if e.Code != "" {
		sb.WriteString(" [" + e.Code + "]")
	}
	if e.Text != "" {
		sb.WriteString(" " + e.Text)
	}
	return sb.String()
}

// Is makes a credentials rejection match ErrAuthFailed.
func (e *Error) Is(target error) bool { return target == ErrAuthFailed && e.auth }

// MessageID is a message number and its unique id (UIDL), stable across
// sessions while the message stays in the maildrop.
type MessageID struct {
	Num int
	UID string
}

// MessageSize is a message number and its size in octets on the wire (LIST).
type MessageSize struct {
	Num  int
	Size int64
}

// Client is a POP3 connection.
type Client struct {
	conn    net.Conn
	text    *textproto.Conn
	timeout time.Duration
	body    *bodyReader         // the open RETR body, drained before the next command
	caps    map[string][]string // last CAPA answer in the current state, nil if unknown

	// Greeting is the text of the server's +OK greeting.
	Greeting string
}

// NewClient reads the server greeting from conn. Set a deadline on conn
// first to bound the wait.
func NewClient(conn net.Conn) (*Client, error) {
	c := &Client{conn: conn, text: textproto.NewConn(conn)}
	text, err := c.readStatus("greeting")
	if err != nil {
		return nil, err
	}
	c.Greeting = text
	return c, nil
}

// SetDeadline sets the deadline of the underlying connection.
func (c *Client) SetDeadline(t time.Time) error { return c.conn.SetDeadline(t) }

// SetTimeout bounds each later command: the connection deadline is set to
// now+d before a command and pushed back on each read of a RETR body, so a
// long transfer that keeps moving is not cut. 0 leaves deadlines to
// SetDeadline.
func (c *Client) SetTimeout(d time.Duration) { c.timeout = d }

// TLSConnectionState returns the TLS state after StartTLS or on a TLS conn.
func (c *Client) TLSConnectionState() (state tls.ConnectionState, ok bool) {
	tc, ok := c.conn.(*tls.Conn)
	if !ok {
		return state, false
	}
	return tc.ConnectionState(), true
}

// Capabilities returns the capabilities by upper-case name, with their
// arguments (e.g. "SASL": ["PLAIN", "LOGIN"]). It sends CAPA unless the
// answer is known for the current state: STLS and login may change them.
func (c *Client) Capabilities() (map[string][]string, error) {
	if c.caps == nil {
		caps, err := c.capa()
		if err != nil {
			return nil, err
		}
		c.caps = caps
	}
	out := make(map[string][]string, len(c.caps))
	for k, v := range c.caps {
		out[k] = slices.Clone(v)
	}
	return out, nil
}

func (c *Client) capa() (map[string][]string, error) {
	if _, err := c.cmd("CAPA", "CAPA"); err != nil {
		return nil, err
	}
	lines, err := c.readDotLines()
	if err != nil {
		return nil, fmt.Errorf("pop3: CAPA: %w", err)
	}
	caps := make(map[string][]string, len(lines))
	for _, line := range lines {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			continue
		}
		caps[strings.ToUpper(fields[0])] = fields[1:]
	}
	return caps, nil
}

// StartTLS sends STLS, runs the TLS handshake with cfg (which must set
// ServerName or InsecureSkipVerify) and asks CAPA again: the answer before
// TLS was unprotected and the server may offer more now.
func (c *Client) StartTLS(cfg *tls.Config) error {
	if _, ok := c.conn.(*tls.Conn); ok {
		return errors.New("pop3: STLS: already using TLS")
	}
	if _, err := c.cmd("STLS", "STLS"); err != nil {
		return err
	}
	// Bytes already buffered were sent in clear text after +OK; using them
	// as if they came over TLS is the STARTTLS command-injection flaw.
	if c.text.R.Buffered() > 0 {
		c.conn.Close()
		return errors.New("pop3: STLS: the server sent data before the TLS handshake")
	}
	tc := tls.Client(c.conn, cfg)
	c.arm()
	if err := tc.Handshake(); err != nil {
		tc.Close()
		return fmt.Errorf("pop3: STLS handshake: %w", err)
	}
	c.conn = tc
	c.text = textproto.NewConn(tc)
	c.caps = nil
	caps, err := c.capa()
	var perr *Error
	if err != nil && !errors.As(err, &perr) {
		return err
	}
	c.caps = caps // nil if the server has no CAPA
	return nil
}

// Auth logs in with USER and PASS. A rejection of the credentials matches
// ErrAuthFailed.
func (c *Client) Auth(user, pass string) error {
	if strings.ContainsAny(user, "\r\n") || strings.ContainsAny(pass, "\r\n") {
		return errors.New("pop3: user name or password contains a line break")
	}
	if _, err := c.cmd("USER", "USER %s", user); err != nil {
		return authError(err)
	}
	if _, err := c.cmd("PASS", "PASS %s", pass); err != nil {
		return authError(err)
	}
	c.caps = nil // RFC 2449: capabilities may differ after login
	return nil
}

// authError marks a -ERR to USER/PASS as a credentials rejection unless its
// response code says the problem is elsewhere (RFC 2449, RFC 3206).
func authError(err error) error {
	var e *Error
	if errors.As(err, &e) {
		switch e.Code {
		case "IN-USE", "LOGIN-DELAY", "SYS/TEMP", "SYS/PERM":
		default:
			e.auth = true
		}
	}
	return err
}

// Stat returns the number of messages and their total size in octets.
func (c *Client) Stat() (count int, size int64, err error) {
	text, err := c.cmd("STAT", "STAT")
	if err != nil {
		return 0, 0, err
	}
	fields := strings.Fields(text)
	if len(fields) < 2 {
		return 0, 0, fmt.Errorf("pop3: STAT: malformed answer %q", text)
	}
	if count, err = strconv.Atoi(fields[0]); err != nil {
		return 0, 0, fmt.Errorf("pop3: STAT: malformed count %q", fields[0])
	}
	if size, err = strconv.ParseInt(fields[1], 10, 64); err != nil {
		return 0, 0, fmt.Errorf("pop3: STAT: malformed size %q", fields[1])
	}
	return count, size, nil
}

// UIDL lists the unique id of every message not marked deleted.
func (c *Client) UIDL() ([]MessageID, error) {
	lines, err := c.listing("UIDL")
	if err != nil {
		return nil, err
	}
	ids := make([]MessageID, 0, len(lines))
	for _, l := range lines {
		ids = append(ids, MessageID{Num: l.num, UID: l.arg})
	}
	return ids, nil
}

// List lists the size of every message not marked deleted.
func (c *Client) List() ([]MessageSize, error) {
	lines, err := c.listing("LIST")
	if err != nil {
		return nil, err
	}
	sizes := make([]MessageSize, 0, len(lines))
	for _, l := range lines {
		size, err := strconv.ParseInt(l.arg, 10, 64)
		if err != nil {
			return nil, fmt.Errorf("pop3: LIST: malformed size %q of message %d", l.arg, l.num)
		}
		sizes = append(sizes, MessageSize{Num: l.num, Size: size})
	}
	return sizes, nil
}

type listLine struct {
	num int
	arg string
}

func (c *Client) listing(verb string) ([]listLine, error) {
	if _, err := c.cmd(verb, "%s", verb); err != nil {
		return nil, err
	}
	lines, err := c.readDotLines()
	if err != nil {
		return nil, fmt.Errorf("pop3: %s: %w", verb, err)
	}
	out := make([]listLine, 0, len(lines))
	for _, line := range lines {
		fields := strings.Fields(line)
		if len(fields) < 2 {
			return nil, fmt.Errorf("pop3: %s: malformed line %q", verb, line)
		}
		num, err := strconv.Atoi(fields[0])
		if err != nil {
			return nil, fmt.Errorf("pop3: %s: malformed message number %q", verb, fields[0])
		}
		out = append(out, listLine{num: num, arg: fields[1]})
	}
	return out, nil
}

// Retr starts the transfer of message num and returns its content, with the
// byte-stuffing dots removed and the line endings untouched (CRLF as on the
// wire). The caller must Close it before the next command; a later command
// drains a body left open.
func (c *Client) Retr(num int) (io.ReadCloser, error) {
	if _, err := c.cmd("RETR", "RETR %d", num); err != nil {
		return nil, err
	}
	c.body = &bodyReader{c: c, r: newDotReader(c.text.R)}
	return c.body, nil
}

// Dele marks message num deleted; Quit commits the deletion, Close and Rset
// do not.
func (c *Client) Dele(num int) error {
	_, err := c.cmd("DELE", "DELE %d", num)
	return err
}

// Rset unmarks the messages marked deleted in this session.
func (c *Client) Rset() error {
	_, err := c.cmd("RSET", "RSET")
	return err
}

// Noop keeps the session alive.
func (c *Client) Noop() error {
	_, err := c.cmd("NOOP", "NOOP")
	return err
}

// Quit ends the session, which makes the server remove the messages marked
// deleted, and closes the connection. An error means they may still be there.
func (c *Client) Quit() error {
	_, err := c.cmd("QUIT", "QUIT")
	if cerr := c.conn.Close(); err == nil && cerr != nil && !errors.Is(cerr, net.ErrClosed) {
		err = cerr
	}
	return err
}

// Close closes the connection without QUIT: deletions are not committed.
func (c *Client) Close() error { return c.conn.Close() }

// arm sets the per-command deadline when a timeout is configured.
func (c *Client) arm() {
	if c.timeout > 0 {
		c.conn.SetDeadline(time.Now().Add(c.timeout))
	}
}

// cmd sends one command line and reads its status line; verb names the
// command in errors without its arguments.
func (c *Client) cmd(verb, format string, args ...any) (string, error) {
	if c.body != nil {
		if err := c.body.Close(); err != nil {
			return "", fmt.Errorf("pop3: %s: draining the previous RETR: %w", verb, err)
		}
	}
	c.arm()
	if err := c.text.PrintfLine(format, args...); err != nil {
		return "", fmt.Errorf("pop3: %s: %w", verb, err)
	}
	return c.readStatus(verb)
}

func (c *Client) readStatus(verb string) (string, error) {
	line, err := readLine(c.text.R, MaxLineLength)
	if errors.Is(err, ErrLineTooLong) {
		c.conn.Close()
	}
	if err != nil {
		return "", fmt.Errorf("pop3: %s: %w", verb, err)
	}
	return statusOf(verb, line)
}

// statusOf reads a status line: the text after +OK, or the -ERR as *Error.
func statusOf(verb, line string) (string, error) {
	switch {
	case line == "+OK" || strings.HasPrefix(line, "+OK "):
		return strings.TrimSpace(line[3:]), nil
	case line == "-ERR" || strings.HasPrefix(line, "-ERR "):
		code, text := parseRespCode(strings.TrimSpace(line[4:]))
		return "", &Error{Command: verb, Code: code, Text: text}
	}
	if len(line) > 100 {
		line = line[:100] + "..."
	}
	return "", fmt.Errorf("pop3: %s: unexpected answer %q", verb, line)
}

// readDotLines is readDotLines on the connection; a listing over the limits
// closes it.
func (c *Client) readDotLines() ([]string, error) {
	lines, err := readDotLines(c.text.R)
	if errors.Is(err, ErrLineTooLong) {
		c.conn.Close()
	}
	return lines, err
}

// parseRespCode splits "[IN-USE] text" into the RFC 2449 code and the text.
func parseRespCode(s string) (code, text string) {
	if !strings.HasPrefix(s, "[") {
		return "", s
	}
	end := strings.IndexByte(s, ']')
	if end < 2 {
		return "", s
	}
	code = s[1:end]
	for _, r := range code {
		if !(r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' || r == '/') {
			return "", s
		}
	}
	return strings.ToUpper(code), strings.TrimSpace(s[end+1:])
}

// bodyReader is a RETR body: it keeps the deadline moving while data flows
// and lets the client know when the body is done.
type bodyReader struct {
	c      *Client
	r      *dotReader
	closed bool
	err    error
}

func (b *bodyReader) Read(p []byte) (int, error) {
	if b.closed {
		return 0, errors.New("pop3: read of a closed RETR body")
	}
	b.c.arm()
	n, err := b.r.Read(p)
	if err != nil && err != io.EOF {
		b.err = err
	}
	return n, err
}

// Close reads the rest of the body so the connection is ready for the next
// command.
func (b *bodyReader) Close() error {
	if b.closed {
		return b.err
	}
	b.closed = true
	if b.c.body == b {
		b.c.body = nil
	}
	if b.err == nil {
		for {
			b.c.arm()
			if _, err := io.Copy(io.Discard, io.LimitReader(b.r, 1<<20)); err != nil {
				b.err = err
				break
			}
			if b.r.done {
				break
			}
		}
	}
	if b.err != nil {
		// The end of the body was not found: the next status line cannot be
		// told apart from message data, so the session is unusable.
		b.c.conn.Close()
		b.err = fmt.Errorf("pop3: RETR: %w", b.err)
	}
	return b.err
}

package activity

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/tls"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"mime"
	"net"
	"net/url"
	"strings"
	"time"
	"unicode"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/alertdelivery"
	"mailroom/ent/notification"
	"mailroom/ent/user"
)

// MailOptions configure alert emails.
type MailOptions struct {
	// SMTPURL is --smtp-url: smtp://user:pass@host:587 (STARTTLS, required)
	// or smtps://user:pass@host:465 (TLS from the first byte). The operator
	// chooses the host, so it is not subject to --allowed-mail-hosts; the
	// password is never logged or shown.
	SMTPURL string
	// From is --mail-from, the sender address.
	From string
	// PublicURL is --public-url; links back to the items are built from it.
	PublicURL string
	// TLS overrides the TLS configuration (tests trust their own
	// certificate); nil verifies the server's name with the system roots.
	TLS *tls.Config
	// Poll is how often the outbox is looked at besides when something is
	// queued; 0 means 30 seconds.
	Poll time.Duration
	// Backoff is the delay after the first failure, doubled after each
	// further one up to MaxBackoff; 0 means 30 seconds and 1 hour.
	Backoff, MaxBackoff time.Duration
	// Now is the clock (tests); nil means time.Now.
	Now func() time.Time
}

// MaxAttempts is how often a delivery is tried before it is given up (and
// stays listed for administrators).
const MaxAttempts = 12

// DigestEvery is how long an alert waits for its user's digest at most.
const DigestEvery = 24 * time.Hour

// Mailer sends alert emails from the outbox (AlertDelivery rows): durable,
// retried with backoff, claimed by one instance at a time. A failing SMTP
// server delays emails only; in-app notifications never wait for it.
type Mailer struct {
	client *ent.Client
	auth   *auth.Service
	log    *slog.Logger
	opts   MailOptions

	smtpServer
	wake chan struct{}
}

// Validate checks --smtp-url and --mail-from; its errors never repeat the
// URL (it holds a password).
func (o MailOptions) Validate() error {
	_, err := o.server()
	return err
}

// smtpServer is where and how alert emails are sent.
type smtpServer struct {
	addr, host string
	implicit   bool // smtps
	login      *url.Userinfo
}

func (o MailOptions) server() (smtpServer, error) {
	u, err := url.Parse(o.SMTPURL)
	if err != nil {
		return smtpServer{}, errors.New("--smtp-url: not a URL (smtp://user:password@host:587 or smtps://…:465)")
	}
	s := smtpServer{login: u.User, host: u.Hostname()}
	port := u.Port()
	switch u.Scheme {
	case "smtp":
		if port == "" {
			port = "587"
		}
	case "smtps":
		s.implicit = true
		if port == "" {
			port = "465"
		}
	default:
		return s, fmt.Errorf("--smtp-url: the scheme must be smtp:// (STARTTLS) or smtps:// (TLS), not %q", u.Scheme)
	}
	if s.host == "" {
		return s, errors.New("--smtp-url: the host is missing")
	}
	s.addr = net.JoinHostPort(s.host, port)
	if _, err := mailAddress(o.From); err != nil {
		return s, fmt.Errorf("--mail-from: %w", err)
	}
	return s, nil
}

// NewMailer checks the options; it sends nothing until Run.
func NewMailer(client *ent.Client, authSvc *auth.Service, log *slog.Logger, opts MailOptions) (*Mailer, error) {
	srv, err := opts.server()
	if err != nil {
		return nil, err
	}
	m := &Mailer{client: client, auth: authSvc, log: log, opts: opts, smtpServer: srv, wake: make(chan struct{}, 1)}
	if m.opts.Poll <= 0 {
		m.opts.Poll = 30 * time.Second
	}
	if m.opts.Backoff <= 0 {
		m.opts.Backoff = 30 * time.Second
	}
	if m.opts.MaxBackoff <= 0 {
		m.opts.MaxBackoff = time.Hour
	}
	if m.opts.Now == nil {
		m.opts.Now = time.Now
	}
	return m, nil
}

// mailAddress is a bare address without anything a header could be bent with.
func mailAddress(s string) (string, error) {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s, "\r\n<>, \t\"") || strings.Count(s, "@") != 1 ||
		strings.HasPrefix(s, "@") || strings.HasSuffix(s, "@") {
		return "", fmt.Errorf("%q is not an address like alerts@example.com", s)
	}
	return s, nil
}

// Queue adds a delivery to the outbox and wakes the sender.
func (m *Mailer) Queue(ctx context.Context, userID int, digest bool, notificationIDs []int) {
	ctx = viewer.SystemContext(ctx)
	if err := m.client.AlertDelivery.Create().SetUserID(userID).SetDigest(digest).
		SetNotificationIds(notificationIDs).SetNextAttemptAt(m.opts.Now()).Exec(ctx); err != nil {
		m.log.Error("alerts: queue an email", slog.Int("user", userID), slog.Any("error", err))
		return
	}
	select {
	case m.wake <- struct{}{}:
	default:
	}
}

// Run sends due deliveries and queues digests until ctx ends.
func (m *Mailer) Run(ctx context.Context) {
	t := time.NewTicker(m.opts.Poll)
	defer t.Stop()
	for {
		m.QueueDigests(ctx)
		m.SendDue(ctx)
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-m.wake:
		}
	}
}

// QueueDigests starts a digest for every user on DAILY_DIGEST whose oldest
// waiting alert is a day old: each alert waits at most a day, and as a
// digest takes every alert waiting, digests are at least a day apart.
func (m *Mailer) QueueDigests(ctx context.Context) int {
	ctx = viewer.SystemContext(ctx)
	now := m.opts.Now()
	users, err := m.client.Notification.Query().Where(notification.DigestPending(true),
		notification.CreatedAtLTE(now.Add(-DigestEvery))).GroupBy(notification.FieldUserID).Ints(ctx)
	if err != nil {
		m.log.Error("alerts: digests", slog.Any("error", err))
		return 0
	}
	queued := 0
	for _, uid := range users {
		ids, err := m.client.Notification.Query().Where(notification.UserID(uid), notification.DigestPending(true)).
			Order(ent.Asc(notification.FieldID)).Limit(maxDigest).IDs(ctx)
		if err != nil || len(ids) == 0 {
			continue
		}
		tx, err := m.client.Tx(ctx)
		if err != nil {
			continue
		}
		err = tx.Notification.Update().Where(notification.IDIn(ids...)).SetDigestPending(false).Exec(ctx)
		if err == nil {
			err = tx.AlertDelivery.Create().SetUserID(uid).SetDigest(true).SetNotificationIds(ids).
				SetCreatedAt(now).SetNextAttemptAt(now).Exec(ctx)
		}
		if err == nil {
			err = tx.Commit()
		} else {
			_ = tx.Rollback()
		}
		if err != nil {
			m.log.Error("alerts: queue a digest", slog.Int("user", uid), slog.Any("error", err))
			continue
		}
		queued++
	}
	return queued
}

// maxDigest bounds the alerts of one digest email; more wait for the next.
const maxDigest = 500

// claimFor is how long a sender owns a delivery it is sending.
const claimFor = 2 * time.Minute

// SendDue tries every delivery that is due once; it returns how many went out.
func (m *Mailer) SendDue(ctx context.Context) int {
	ctx = viewer.SystemContext(ctx)
	now := m.opts.Now()
	due, err := m.client.AlertDelivery.Query().Where(alertdelivery.SentAtIsNil(), alertdelivery.NextAttemptAtLTE(now),
		alertdelivery.AttemptsLT(MaxAttempts)).Order(ent.Asc(alertdelivery.FieldID)).Limit(100).All(ctx)
	if err != nil {
		m.log.Error("alerts: read the outbox", slog.Any("error", err))
		return 0
	}
	sent := 0
	for _, d := range due {
		if ctx.Err() != nil {
			break
		}
		// Claim it, so another instance does not send it too.
		n, err := m.client.AlertDelivery.Update().Where(alertdelivery.ID(d.ID), alertdelivery.SentAtIsNil(),
			alertdelivery.Or(alertdelivery.ClaimedUntilIsNil(), alertdelivery.ClaimedUntilLT(now))).
			SetClaimedUntil(now.Add(claimFor)).Save(ctx)
		if err != nil || n == 0 {
			continue
		}
		err = m.deliver(ctx, d)
		upd := m.client.AlertDelivery.UpdateOneID(d.ID).ClearClaimedUntil()
		if err != nil {
			attempts := d.Attempts + 1
			wait := m.opts.Backoff << min(attempts-1, 20)
			wait = min(wait, m.opts.MaxBackoff)
			upd.SetAttempts(attempts).SetLastError(err.Error()).SetNextAttemptAt(m.opts.Now().Add(wait))
			m.log.Warn("alerts: an email was not sent; it is tried again", slog.Int("delivery", d.ID),
				slog.Int("attempts", attempts), slog.Any("error", err))
		} else {
			upd.SetAttempts(d.Attempts + 1).SetSentAt(m.opts.Now())
			sent++
		}
		if err := upd.Exec(ctx); err != nil {
			m.log.Error("alerts: record a delivery", slog.Int("delivery", d.ID), slog.Any("error", err))
		}
	}
	return sent
}

// deliver renders a delivery for its user as they are now and sends it.
func (m *Mailer) deliver(ctx context.Context, d *ent.AlertDelivery) error {
	u, err := m.client.User.Query().Where(user.ID(d.UserID)).Only(ctx)
	if err != nil {
		return fmt.Errorf("the user: %w", err)
	}
	to, err := mailAddress(u.Email)
	if err != nil || u.AlertEmails == user.AlertEmailsNEVER {
		return nil // nowhere (or no longer wanted): done, nothing to retry
	}
	v, err := m.auth.ViewerOf(ctx, d.UserID)
	if err != nil {
		return err
	}
	if v == nil {
		return nil
	}
	// The user's own rights decide what the email tells: alerts about
	// documents they lost READ on since are left out.
	ns, err := m.client.Notification.Query().Where(notification.IDIn(d.NotificationIds...)).
		Order(ent.Asc(notification.FieldID)).All(viewer.NewContext(ctx, v))
	if err != nil {
		return err
	}
	if len(ns) == 0 {
		return nil
	}
	msg := m.compose(u, to, d.Digest, ns)
	return m.send(ctx, to, msg)
}

// Link is the path of the page of a notification's target in the SPA.
func Link(n *ent.Notification) string {
	switch {
	case n.EmailID != nil:
		return fmt.Sprintf("/email/%d", *n.EmailID)
	case n.FolderID != nil:
		return fmt.Sprintf("/folders/%d", *n.FolderID)
	}
	return fmt.Sprintf("/workspaces/%d", n.WorkspaceID)
}

// noPublicURL is said in the email instead of links when --public-url is unset.
const noPublicURL = "(Links to the items need the server's public address: ask the administrator to set --public-url.)"

func (m *Mailer) compose(u *ent.User, to string, digest bool, ns []*ent.Notification) []byte {
	var subject string
	if digest {
		subject = fmt.Sprintf("Mailroom: %d alerts of the last day", len(ns))
	} else {
		subject = "Mailroom: " + ns[0].Text
	}
	var body strings.Builder
	name := u.DisplayName
	if name == "" {
		name = u.Username
	}
	fmt.Fprintf(&body, "Hello %s,\r\n\r\n", oneLine(name))
	if digest {
		body.WriteString("here is what happened to what you follow:\r\n\r\n")
	}
	for _, n := range ns {
		fmt.Fprintf(&body, "- %s (%s)\r\n", oneLine(n.Text), n.CreatedAt.UTC().Format("2006-01-02 15:04 UTC"))
		if m.opts.PublicURL != "" {
			fmt.Fprintf(&body, "  %s%s\r\n", m.opts.PublicURL, Link(n))
		}
	}
	if m.opts.PublicURL == "" {
		body.WriteString("\r\n" + noPublicURL + "\r\n")
	}
	fmt.Fprintf(&body, "\r\nYou get these emails because you follow these items; change how in your account settings.\r\n")

	var id [12]byte
	_, _ = rand.Read(id[:])
	var b bytes.Buffer
	fmt.Fprintf(&b, "From: %s\r\n", m.opts.From)
	fmt.Fprintf(&b, "To: %s\r\n", to)
	fmt.Fprintf(&b, "Subject: %s\r\n", mime.QEncoding.Encode("utf-8", truncate(oneLine(subject), 200)))
	fmt.Fprintf(&b, "Date: %s\r\n", m.opts.Now().Format(time.RFC1123Z))
	fmt.Fprintf(&b, "Message-ID: <%s@mailroom>\r\n", hex.EncodeToString(id[:]))
	b.WriteString("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n")
	b.WriteString("Auto-Submitted: auto-generated\r\n\r\n")
	b.WriteString(body.String())
	return b.Bytes()
}

// oneLine keeps text (an email's subject in an alert) from starting a new
// header or line of its own.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return ' '
		}
		return r
	}, s)
}

func truncate(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n]) + "…"
}

// sessionTimeout bounds one conversation with the SMTP server.
const sessionTimeout = time.Minute

func (m *Mailer) send(ctx context.Context, to string, msg []byte) error {
	ctx, cancel := context.WithTimeout(ctx, sessionTimeout)
	defer cancel()
	tlsConfig := m.opts.TLS
	if tlsConfig == nil {
		tlsConfig = &tls.Config{}
	}
	tlsConfig = tlsConfig.Clone()
	if tlsConfig.ServerName == "" {
		tlsConfig.ServerName = m.host
	}
	d := net.Dialer{}
	conn, err := d.DialContext(ctx, "tcp", m.addr)
	if err != nil {
		return fmt.Errorf("connect to the SMTP server %s: %w", m.addr, err)
	}
	deadline, _ := ctx.Deadline()
	_ = conn.SetDeadline(deadline)
	var c *smtp.Client
	if m.implicit {
		c = smtp.NewClient(tls.Client(conn, tlsConfig))
	} else {
		c, err = smtp.NewClientStartTLS(conn, tlsConfig)
		if err != nil {
			conn.Close()
			return fmt.Errorf("STARTTLS with %s: %w", m.addr, err)
		}
	}
	defer c.Close()
	if m.login != nil && m.login.Username() != "" {
		pass, _ := m.login.Password()
		if err := c.Auth(sasl.NewPlainClient("", m.login.Username(), pass)); err != nil {
			return fmt.Errorf("SMTP login as %s: %w", m.login.Username(), err)
		}
	}
	if err := c.SendMail(m.opts.From, []string{to}, bytes.NewReader(msg)); err != nil {
		return fmt.Errorf("send through %s: %w", m.addr, err)
	}
	_ = c.Quit()
	return nil
}

// Links reports whether alert emails carry links (--public-url is set).
func (m *Mailer) Links() bool { return m != nil && m.opts.PublicURL != "" }

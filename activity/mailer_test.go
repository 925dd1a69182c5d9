package activity_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"log/slog"
	"math/big"
	"mime"
	"net"
	"net/mail"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"mailroom/activity"
	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/ent"
	"mailroom/ent/accessentry"
	"mailroom/ent/user"
	"mailroom/events"
	"mailroom/internal/testenv"
)

// smtpServer is an in-process go-smtp server on 127.0.0.1:0 that keeps
// what arrives; fail makes it refuse mail (451) until cleared.
type smtpServer struct {
	addr  string
	roots *x509.CertPool
	fail  atomic.Bool

	mu       sync.Mutex
	received []received
}

type received struct {
	from string
	to   []string
	data []byte
	tls  bool
	user string
}

const smtpUser, smtpPassword = "alerts", "s3cret-pw"

func startSMTP(t *testing.T, implicitTLS bool) *smtpServer {
	t.Helper()
	cert, roots := selfSigned(t)
	s := &smtpServer{roots: roots}
	srv := smtp.NewServer(smtp.BackendFunc(func(c *smtp.Conn) (smtp.Session, error) {
		return &smtpSession{srv: s, conn: c}, nil
	}))
	srv.Domain = "localhost"
	srv.TLSConfig = &tls.Config{Certificates: []tls.Certificate{cert}}
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	var ln net.Listener
	var err error
	if implicitTLS {
		ln, err = tls.Listen("tcp", "127.0.0.1:0", srv.TLSConfig)
	} else {
		ln, err = net.Listen("tcp", "127.0.0.1:0")
	}
	if err != nil {
		t.Fatal(err)
	}
	s.addr = ln.Addr().String()
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return s
}

func (s *smtpServer) messages() []received {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]received(nil), s.received...)
}

type smtpSession struct {
	srv  *smtpServer
	conn *smtp.Conn
	msg  received
}

func (s *smtpSession) AuthMechanisms() []string { return []string{sasl.Plain} }
func (s *smtpSession) Auth(mech string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(identity, username, password string) error {
		if username != smtpUser || password != smtpPassword {
			return errors.New("invalid credentials")
		}
		s.msg.user = username
		return nil
	}), nil
}
func (s *smtpSession) Mail(from string, _ *smtp.MailOptions) error {
	if s.msg.user == "" {
		return smtp.ErrAuthRequired
	}
	if s.srv.fail.Load() {
		return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: "try again later"}
	}
	s.msg.from = from
	return nil
}
func (s *smtpSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.msg.to = append(s.msg.to, to)
	return nil
}
func (s *smtpSession) Data(r io.Reader) error {
	b, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.msg.data = b
	_, s.msg.tls = s.conn.TLSConnectionState()
	s.srv.mu.Lock()
	s.srv.received = append(s.srv.received, s.msg)
	s.srv.mu.Unlock()
	s.msg = received{user: s.msg.user}
	return nil
}
func (s *smtpSession) Reset()        {}
func (s *smtpSession) Logout() error { return nil }

func selfSigned(t *testing.T) (tls.Certificate, *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "localhost"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		DNSNames: []string{"localhost"}, IPAddresses: []net.IP{net.ParseIP("127.0.0.1")},
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	c, _ := x509.ParseCertificate(der)
	roots := x509.NewCertPool()
	roots.AddCert(c)
	return tls.Certificate{Certificate: [][]byte{der}, PrivateKey: key}, roots
}

// alertWorld is a store with a workspace, a user who may read it and follows
// it, the Recorder and a Mailer to the in-process server.
type alertWorld struct {
	t      *testing.T
	ctx    context.Context
	client *ent.Client
	rec    *activity.Service
	mailer *activity.Mailer
	smtp   *smtpServer
	logs   *bytes.Buffer
	now    time.Time
	ws     int
	user   int
}

func newAlertWorld(t *testing.T, scheme string, pref user.AlertEmails, publicURL string) *alertWorld {
	t.Helper()
	te := testenv.New(t)
	w := &alertWorld{t: t, ctx: te.Ctx, client: te.Client, logs: &bytes.Buffer{}, now: time.Now()}
	w.smtp = startSMTP(t, scheme == "smtps")
	log := slog.New(slog.NewTextHandler(w.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	authSvc := auth.NewService(te.Client, log)
	var err error
	w.mailer, err = activity.NewMailer(te.Client, authSvc, log, activity.MailOptions{
		SMTPURL: scheme + "://" + smtpUser + ":" + smtpPassword + "@" + w.smtp.addr, From: "mailroom@example.com",
		PublicURL: publicURL, TLS: &tls.Config{RootCAs: w.smtp.roots, ServerName: "localhost"},
		Now: func() time.Time { return w.now }})
	if err != nil {
		t.Fatal(err)
	}
	w.rec = activity.New(te.Client, authSvc, events.NewHub(), log, activity.Options{Mailer: w.mailer})
	t.Cleanup(w.rec.Close)
	u := te.Client.User.Create().SetUsername("carol").SetPasswordHash("x").SetEmail("carol@example.com").
		SetAlertEmails(pref).SaveX(w.ctx)
	ws := te.Client.Workspace.Create().SetTitle("Team").SaveX(w.ctx)
	te.Client.AccessEntry.Create().SetWorkspaceID(ws.ID).SetUserID(u.ID).SetPermission(accessentry.PermissionREAD).ExecX(w.ctx)
	te.Client.Subscription.Create().SetUserID(u.ID).SetTargetID(ws.ID).ExecX(w.ctx)
	w.ws, w.user = ws.ID, u.ID
	return w
}

func (w *alertWorld) record(text string) {
	w.rec.Record(w.ctx, activity.Entry{Kind: activity.Trashed, WorkspaceID: w.ws, Text: text})
	w.rec.Wait()
}

func (w *alertWorld) inApp() int {
	return w.client.Notification.Query().CountX(w.ctx)
}

func parse(t *testing.T, r received) *mail.Message {
	t.Helper()
	m, err := mail.ReadMessage(bytes.NewReader(r.data))
	if err != nil {
		t.Fatalf("%v in %q", err, r.data)
	}
	return m
}

func body(t *testing.T, m *mail.Message) string {
	b, _ := io.ReadAll(m.Body)
	return string(b)
}

// IMMEDIATE: one email per alert, over STARTTLS with the URL's login, with
// a link back built from --public-url; a subject from outside cannot add a
// header of its own.
func TestAlertEmailImmediate(t *testing.T) {
	for _, scheme := range []string{"smtp", "smtps"} {
		t.Run(scheme, func(t *testing.T) {
			w := newAlertWorld(t, scheme, user.AlertEmailsIMMEDIATE, "https://mail.example.com")
			w.record("moved the email \"Hi\r\nBcc: evil@example.com\" to the trash")
			if n := w.mailer.SendDue(w.ctx); n != 1 {
				t.Fatalf("sent %d", n)
			}
			got := w.smtp.messages()
			if len(got) != 1 || !got[0].tls || got[0].user != smtpUser || got[0].from != "mailroom@example.com" ||
				len(got[0].to) != 1 || got[0].to[0] != "carol@example.com" {
				t.Fatalf("received %+v", got)
			}
			m := parse(t, got[0])
			if m.Header.Get("Bcc") != "" || m.Header.Get("To") != "carol@example.com" {
				t.Fatalf("headers %v", m.Header)
			}
			subject, _ := new(mime.WordDecoder).DecodeHeader(m.Header.Get("Subject"))
			if !strings.Contains(subject, "moved the email") {
				t.Fatalf("subject %q", subject)
			}
			if b := body(t, m); !strings.Contains(b, "https://mail.example.com/workspaces/") {
				t.Fatalf("no link in %q", b)
			}
			if n := w.mailer.SendDue(w.ctx); n != 0 || len(w.smtp.messages()) != 1 {
				t.Fatal("sent twice")
			}
		})
	}
}

// Without --public-url the email says in words that links need it.
func TestAlertEmailWithoutPublicURL(t *testing.T) {
	w := newAlertWorld(t, "smtp", user.AlertEmailsIMMEDIATE, "")
	w.record("restored the folder")
	w.mailer.SendDue(w.ctx)
	got := w.smtp.messages()
	if len(got) != 1 {
		t.Fatalf("received %d", len(got))
	}
	b := body(t, parse(t, got[0]))
	if !strings.Contains(b, "--public-url") || strings.Contains(b, "/workspaces/") {
		t.Fatalf("body %q", b)
	}
}

// DAILY_DIGEST: nothing until the oldest alert is a day old, then one
// email listing every alert waiting; the next digest comes a day later.
func TestAlertEmailDigest(t *testing.T) {
	w := newAlertWorld(t, "smtp", user.AlertEmailsDAILY_DIGEST, "https://mail.example.com")
	w.record("first thing")
	w.record("second thing")
	if n := w.mailer.SendDue(w.ctx); n != 0 || len(w.smtp.messages()) != 0 {
		t.Fatal("a digest user got an immediate email")
	}
	if n := w.mailer.QueueDigests(w.ctx); n != 0 {
		t.Fatal("a digest before the day is over")
	}
	w.now = w.now.Add(activity.DigestEvery + time.Minute)
	if n := w.mailer.QueueDigests(w.ctx); n != 1 {
		t.Fatalf("digests queued: %d", n)
	}
	w.mailer.SendDue(w.ctx)
	got := w.smtp.messages()
	if len(got) != 1 {
		t.Fatalf("received %d", len(got))
	}
	b := body(t, parse(t, got[0]))
	if !strings.Contains(b, "first thing") || !strings.Contains(b, "second thing") {
		t.Fatalf("digest %q", b)
	}
	if n := w.mailer.QueueDigests(w.ctx); n != 0 {
		t.Fatal("the same alerts digested twice")
	}
	w.record("third thing")
	w.now = time.Now()
	if n := w.mailer.QueueDigests(w.ctx); n != 0 {
		t.Fatal("a second digest within the day")
	}
	w.now = w.now.Add(activity.DigestEvery + time.Minute)
	if n := w.mailer.QueueDigests(w.ctx); n != 1 {
		t.Fatal("no digest the next day")
	}
	w.mailer.SendDue(w.ctx)
	got = w.smtp.messages()
	if len(got) != 2 {
		t.Fatalf("received %d", len(got))
	}
	if b := body(t, parse(t, got[1])); !strings.Contains(b, "third thing") || strings.Contains(b, "first thing") {
		t.Fatalf("second digest %q", b)
	}
}

// A failing SMTP server: the in-app notification is there at once, the
// email is retried after the backoff (not before), delivered once when the
// server recovers, and the failure is kept for administrators meanwhile.
func TestAlertEmailRetry(t *testing.T) {
	w := newAlertWorld(t, "smtp", user.AlertEmailsIMMEDIATE, "")
	w.smtp.fail.Store(true)
	w.record("something happened")
	if w.inApp() != 1 {
		t.Fatal("the in-app notification waited for SMTP")
	}
	if n := w.mailer.SendDue(w.ctx); n != 0 {
		t.Fatal("sent to a failing server")
	}
	d := w.client.AlertDelivery.Query().OnlyX(w.ctx)
	if d.Attempts != 1 || d.LastError == nil || !strings.Contains(*d.LastError, "try again later") || d.SentAt != nil {
		t.Fatalf("delivery after failure: %+v", d)
	}
	if activity.DeliveryStatus(d) != "PENDING" {
		t.Fatal(activity.DeliveryStatus(d))
	}
	// Administrators see the failure; the user it is for does not.
	admin := viewer.NewContext(w.ctx, &viewer.Viewer{UserID: 999, Admin: true})
	if c, err := activity.Deliveries(admin, w.client, nil, nil, true); err != nil || c.TotalCount != 1 {
		t.Fatalf("administrators' list: %v %v", c, err)
	}
	if _, err := activity.Deliveries(viewer.NewContext(w.ctx, &viewer.Viewer{UserID: w.user}), w.client, nil, nil, true); !errors.Is(err, auth.ErrForbidden) {
		t.Fatalf("a user lists the outbox: %v", err)
	}
	w.smtp.fail.Store(false)
	if n := w.mailer.SendDue(w.ctx); n != 0 {
		t.Fatal("retried before the backoff")
	}
	w.now = w.now.Add(31 * time.Second)
	if n := w.mailer.SendDue(w.ctx); n != 1 {
		t.Fatal("not retried after the backoff")
	}
	w.now = w.now.Add(time.Hour)
	w.mailer.SendDue(w.ctx)
	if got := w.smtp.messages(); len(got) != 1 {
		t.Fatalf("delivered %d times", len(got))
	}
	if d := w.client.AlertDelivery.Query().OnlyX(w.ctx); d.SentAt == nil || activity.DeliveryStatus(d) != "SENT" {
		t.Fatalf("%+v", d)
	}
	if strings.Contains(w.logs.String(), smtpPassword) {
		t.Fatal("the SMTP password is in the logs")
	}
}

// A wrong password: the error is kept, the password in the URL is not
// repeated anywhere (logs, the stored error).
func TestAlertEmailLoginFailureHidesPassword(t *testing.T) {
	w := newAlertWorld(t, "smtp", user.AlertEmailsIMMEDIATE, "")
	authSvc := auth.NewService(w.client, slog.New(slog.NewTextHandler(w.logs, nil)))
	bad, err := activity.NewMailer(w.client, authSvc, slog.New(slog.NewTextHandler(w.logs, nil)), activity.MailOptions{
		SMTPURL: "smtp://" + smtpUser + ":wrong-s3cret@" + w.smtp.addr, From: "mailroom@example.com",
		TLS: &tls.Config{RootCAs: w.smtp.roots, ServerName: "localhost"}})
	if err != nil {
		t.Fatal(err)
	}
	w.record("something")
	if n := bad.SendDue(w.ctx); n != 0 {
		t.Fatal("sent with a wrong password")
	}
	d := w.client.AlertDelivery.Query().OnlyX(w.ctx)
	if d.LastError == nil || strings.Contains(*d.LastError, "wrong-s3cret") || strings.Contains(w.logs.String(), "wrong-s3cret") {
		t.Fatalf("error %v, logs %s", d.LastError, w.logs)
	}
	for _, u := range []string{"smtp://u:p@", "ftp://u:pass-word@host", "smtp://u:p@host"} {
		err := activity.MailOptions{SMTPURL: u, From: "a@b"}.Validate()
		if err != nil && strings.Contains(err.Error(), "pass-word") {
			t.Fatalf("%q: %v", u, err)
		}
	}
	if err := (activity.MailOptions{SMTPURL: "smtp://host", From: "x\r\nBcc: y@z"}).Validate(); err == nil {
		t.Fatal("a --mail-from with a line break accepted")
	}
}

// A user who lost READ before the email went out gets no email about it.
func TestAlertEmailRechecksRead(t *testing.T) {
	w := newAlertWorld(t, "smtp", user.AlertEmailsIMMEDIATE, "")
	w.record("secret")
	w.client.AccessEntry.Delete().ExecX(viewer.SystemContext(w.ctx))
	w.mailer.SendDue(w.ctx)
	if got := w.smtp.messages(); len(got) != 0 {
		t.Fatalf("emailed about a workspace no longer readable: %q", got[0].data)
	}
}

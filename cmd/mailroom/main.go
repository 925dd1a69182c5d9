// Command mailroom runs the Mailroom server: `mailroom serve`.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"mailroom/activity"
	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/demo"
	"mailroom/events"
	"mailroom/ingest"
	"mailroom/ingest/push"
	"mailroom/integrity"
	"mailroom/metrics"
	"mailroom/netpolicy"
	"mailroom/oauth"
	"mailroom/search"
	"mailroom/server"
	"mailroom/store"
	"mailroom/thread"
	"mailroom/trash"
)

func main() {
	if len(os.Args) >= 2 {
		if cmd, ok := commands[os.Args[1]]; ok {
			os.Exit(cmd(os.Args[2:], os.Getenv))
		}
	}
	if len(os.Args) < 2 || os.Args[1] != "serve" {
		fmt.Fprintln(os.Stderr, "usage: mailroom serve [--addr :8080] [--data-dir ./data] [--db PATH|postgres://...]\n"+
			"       mailroom backup --data-dir DATA --to DIR\n"+
			"       mailroom restore --from DIR --data-dir NEW\n"+
			"       mailroom verify --data-dir DATA\n"+
			"       mailroom reindex --data-dir DATA [--db URL]")
		os.Exit(2)
	}
	cfg, err := parseConfig(os.Args[2:], os.Getenv)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: cfg.LogLevel}))
	slog.SetDefault(log)
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()
	if err := serve(ctx, cfg, log); err != nil {
		log.Error("mailroom stopped", slog.Any("error", err))
		os.Exit(1)
	}
}

// config is the process contract of DESIGN.md: each flag has an environment variable.
type config struct {
	// MailHosts is --allowed-mail-hosts: the non-public addresses folders
	// and the image proxy may reach.
	MailHosts *netpolicy.Policy
	// MaxMessageSize is --max-message-size in bytes; 0 is ingest's default.
	MaxMessageSize int64
	// IngestMemory is --ingest-memory in bytes; 0 is ingest's default.
	IngestMemory int64

	Addr           string
	DataDir        string
	DB             string
	AllowedOrigins []string
	AdminPassword  string
	SecretKey      string
	LogLevel       slog.Level
	IngestBatch    int
	Demo           bool
	TrustedProxies []netip.Prefix
	PublicURL      string
	// PprofAddr serves the profiler there when set; never by default.
	PprofAddr   string
	MetricsAddr string
	// Blobs is --blobs: the directory of raw messages and attachments,
	// shared by every instance of a cluster, or s3://bucket/prefix; default DATA_DIR/blobs.
	Blobs string
	// S3 is --s3-endpoint and the rest of an s3:// Blobs (blobs.go).
	S3 s3Settings
	// SMTPURL (--smtp-url, holds a password: never logged) and MailFrom
	// (--mail-from) turn on alert emails.
	SMTPURL  string
	MailFrom string
	// MaxUploadSize is --max-upload-size in bytes: the largest import
	// request (its files together); 0 is the server's default, 2 GB.
	MaxUploadSize int64
}

func parseConfig(args []string, getenv func(string) string) (config, error) {
	env := func(name, def string) string {
		if v := getenv(name); v != "" {
			return v
		}
		return def
	}
	var c config
	var origins, level, proxies string
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	var mailHosts, maxSize, ingestMemory string
	fs.StringVar(&mailHosts, "allowed-mail-hosts", env("MAILROOM_ALLOWED_MAIL_HOSTS", ""), "comma-separated host names, IPs or CIDRs folders and the image proxy may reach although loopback, private or link-local; * allows all; default public addresses only (MAILROOM_ALLOWED_MAIL_HOSTS)")
	fs.StringVar(&maxSize, "max-message-size", env("MAILROOM_MAX_MESSAGE_SIZE", ""), "largest message imported, e.g. 256MB (the default), 50MB or a number of bytes; larger ones are recorded as failed (MAILROOM_MAX_MESSAGE_SIZE)")
	fs.StringVar(&ingestMemory, "ingest-memory", env("MAILROOM_INGEST_MEMORY", ""), "bytes of messages held between the mail server and the database over all fetches, e.g. 128MB (the default); a message larger than that is fetched alone (MAILROOM_INGEST_MEMORY)")
	fs.StringVar(&c.Addr, "addr", env("MAILROOM_ADDR", ":8080"), "listen address (MAILROOM_ADDR)")
	dataDir, db := dataFlags(fs, getenv)
	fs.StringVar(&origins, "allowed-origins", env("MAILROOM_ALLOWED_ORIGINS", ""), "comma-separated extra origins allowed to open websockets, e.g. http://localhost:5173 (MAILROOM_ALLOWED_ORIGINS)")
	fs.StringVar(&level, "log-level", env("MAILROOM_LOG_LEVEL", "info"), "debug, info, warn or error (MAILROOM_LOG_LEVEL)")
	batch, err := envInt(getenv, "MAILROOM_INGEST_BATCH", 0)
	if err != nil {
		return c, err
	}
	fs.IntVar(&c.IngestBatch, "ingest-batch", batch, "messages per UID FETCH and per transaction; 0 = 200 (MAILROOM_INGEST_BATCH)")
	demoMode, err := strconv.ParseBool(env("MAILROOM_DEMO", "false"))
	if err != nil {
		return c, fmt.Errorf("MAILROOM_DEMO: %q is not 1, 0, true or false", getenv("MAILROOM_DEMO"))
	}
	fs.BoolVar(&c.Demo, "demo", demoMode, "serve a built-in IMAP mailbox of sample mail and a Demo workspace that reads it (MAILROOM_DEMO=1)")
	fs.StringVar(&proxies, "trusted-proxies", env("MAILROOM_TRUSTED_PROXIES", ""), "comma-separated CIDRs of reverse proxies whose X-Forwarded-For/-Proto are believed; default none (MAILROOM_TRUSTED_PROXIES)")
	fs.StringVar(&c.PublicURL, "public-url", env("MAILROOM_PUBLIC_URL", ""), "the URL people use, e.g. https://mail.example.com; https turns on Secure cookies and HSTS (MAILROOM_PUBLIC_URL)")
	fs.StringVar(&c.PprofAddr, "pprof-addr", env("MAILROOM_PPROF_ADDR", ""), "serve the Go profiler (net/http/pprof) on this address, e.g. 127.0.0.1:6060; default off (MAILROOM_PPROF_ADDR)")
	fs.StringVar(&c.MetricsAddr, "metrics-addr", env("MAILROOM_METRICS_ADDR", ""), "where /metrics (Prometheus) listens, e.g. 127.0.0.1:9090; default off (MAILROOM_METRICS_ADDR)")
	fs.StringVar(&c.Blobs, "blobs", env("MAILROOM_BLOBS", ""), "directory of raw messages and attachments, shared by every instance of a cluster, or s3://bucket/prefix (see --s3-endpoint); default DATA_DIR/blobs (MAILROOM_BLOBS)")
	s3, err := s3Flags(fs, getenv)
	if err != nil {
		return c, err
	}
	fs.StringVar(&c.SMTPURL, "smtp-url", env("MAILROOM_SMTP_URL", ""), "SMTP server of alert emails: smtp://user:pass@host:587 (STARTTLS) or smtps://user:pass@host:465; default none, no alert emails (MAILROOM_SMTP_URL)")
	fs.StringVar(&c.MailFrom, "mail-from", env("MAILROOM_MAIL_FROM", ""), "sender address of alert emails, e.g. mailroom@example.com; needed with --smtp-url (MAILROOM_MAIL_FROM)")
	var maxUpload string
	fs.StringVar(&maxUpload, "max-upload-size", env("MAILROOM_MAX_UPLOAD_SIZE", ""), "largest import request (its .eml and .mbox files together), e.g. 2GB (the default) or 500MB (MAILROOM_MAX_UPLOAD_SIZE)")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if c.MaxUploadSize, err = parseSize(maxUpload); err != nil {
		return c, fmt.Errorf("--max-upload-size: %w", err)
	}
	if c.IngestBatch < 0 {
		return c, fmt.Errorf("--ingest-batch: %d is not a number of messages (0 or more)", c.IngestBatch)
	}
	c.S3 = *s3
	if err := checkBlobs(c.Blobs, c.S3); err != nil {
		return c, err
	}
	for _, p := range strings.Split(proxies, ",") {
		if p = strings.TrimSpace(p); p == "" {
			continue
		}
		prefix, err := netip.ParsePrefix(p)
		if err != nil {
			a, aerr := netip.ParseAddr(p) // a single address is its own /32 or /128
			if aerr != nil {
				return c, fmt.Errorf("--trusted-proxies: %q is not a CIDR or an IP address", p)
			}
			prefix = netip.PrefixFrom(a, a.BitLen())
		}
		c.TrustedProxies = append(c.TrustedProxies, prefix.Masked())
	}
	if c.PublicURL != "" {
		u, err := url.Parse(c.PublicURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return c, fmt.Errorf("--public-url: %q is not an http:// or https:// URL", c.PublicURL)
		}
		c.PublicURL = strings.TrimSuffix(c.PublicURL, "/")
	}
	c.DataDir, c.DB = *dataDir, *db
	for _, o := range strings.Split(origins, ",") {
		if o = strings.TrimSpace(o); o != "" {
			c.AllowedOrigins = append(c.AllowedOrigins, strings.TrimSuffix(o, "/"))
		}
	}
	if err := c.LogLevel.UnmarshalText([]byte(level)); err != nil {
		return c, fmt.Errorf("--log-level: %w", err)
	}
	if c.MailHosts, err = netpolicy.Parse(mailHosts); err != nil {
		return c, fmt.Errorf("--allowed-mail-hosts: %w", err)
	}
	if c.IngestMemory, err = parseSize(ingestMemory); err != nil {
		return c, fmt.Errorf("--ingest-memory: %w", err)
	}
	if c.MaxMessageSize, err = parseSize(maxSize); err != nil {
		return c, fmt.Errorf("--max-message-size: %w", err)
	}
	if c.SMTPURL != "" {
		if err := c.mailOptions().Validate(); err != nil {
			return c, err
		}
	}
	c.AdminPassword = getenv("MAILROOM_ADMIN_PASSWORD")
	c.SecretKey = getenv("MAILROOM_SECRET_KEY")
	return c, nil
}

// mailOptions are the alert emails' settings.
func (c config) mailOptions() activity.MailOptions {
	return activity.MailOptions{SMTPURL: c.SMTPURL, From: c.MailFrom, PublicURL: c.PublicURL}
}

// parseSize reads a byte count with an optional KB, MB or GB suffix
// (powers of 1024); "" is 0.
func parseSize(v string) (int64, error) {
	v = strings.ToUpper(strings.TrimSpace(v))
	if v == "" {
		return 0, nil
	}
	mult := int64(1)
	for _, u := range []struct {
		suffix string
		mult   int64
	}{{"GB", 1 << 30}, {"MB", 1 << 20}, {"KB", 1 << 10}, {"B", 1}} {
		if n, ok := strings.CutSuffix(v, u.suffix); ok {
			v, mult = strings.TrimSpace(n), u.mult
			break
		}
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 1 || n > (1<<62)/mult {
		return 0, fmt.Errorf("%q is not a size: give bytes or a number with KB, MB or GB", v)
	}
	return n * mult, nil
}

// envInt reads the whole number in the environment variable name, def when
// it is unset; anything else ("abc", "50x", "-1") is a start-up error, not
// the default in silence.
func envInt(getenv func(string) string, name string, def int) (int, error) {
	v := strings.TrimSpace(getenv(name))
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, fmt.Errorf("%s: %q is not a whole number of 0 or more", name, getenv(name))
	}
	return n, nil
}

func serve(ctx context.Context, cfg config, log *slog.Logger) error {
	if err := os.MkdirAll(cfg.DataDir, 0o700); err != nil {
		return fmt.Errorf("data directory: %w", err)
	}
	dsn := store.DSN(cfg.DataDir, cfg.DB)
	dialect := store.DialectOf(dsn)
	client, sqlDB, err := store.Open(ctx, dsn)
	if err != nil {
		return err
	}
	defer sqlDB.Close()
	defer client.Close()
	if n, err := thread.Backfill(viewer.SystemContext(ctx), client); err != nil {
		return err
	} else if n > 0 {
		log.Info("emails threaded into conversations", slog.Int("emails", n))
	}
	keyring, err := auth.LoadKeyring(cfg.DataDir, cfg.SecretKey)
	if err != nil {
		return err
	}
	blobs, err := openBlobs(ctx, cfg.Blobs, cfg.DataDir, cfg.S3, false)
	if err != nil {
		return err
	}
	authSvc := auth.NewService(client, log)
	generated, err := authSvc.Bootstrap(ctx, cfg.AdminPassword)
	if err != nil {
		return err
	}
	if generated != "" {
		fmt.Printf("\nCreated user admin with password: %s\n(set MAILROOM_ADMIN_PASSWORD to choose it; this is shown once)\n\n", generated)
	}
	var bus events.Bus = events.NewHub()
	// On PostgreSQL: fetch locks, watch leases and events shared with the other instances.
	peers, err := joinCluster(ctx, dialect, dsn, client, authSvc, log)
	if err != nil {
		return err
	}
	defer peers.close() // runs after pushes.Stop and ing.Close
	bus = peers.busOr(bus)
	index, err := search.New(ctx, sqlDB, dialect)
	if err != nil {
		return err
	}
	index.PDF = pdfReader()
	go backfillSearch(ctx, index, client, blobs, log)
	var mx *metrics.Metrics
	var observer ingest.Observer // a nil *Metrics must not become a non-nil interface
	var instrument func(http.Handler) http.Handler
	var subscriptions interface {
		SubscriptionStarted()
		SubscriptionEnded()
	}
	if cfg.MetricsAddr != "" {
		mx = metrics.New()
		observer, instrument, subscriptions = mx, mx.Instrument, mx
	}
	// OAuth2 sign-in of folders: the token endpoint is held to the mail host policy.
	oauthSvc := oauth.New(client, keyring, authSvc, oauth.Options{PublicURL: cfg.PublicURL, Hosts: cfg.MailHosts, Log: log})
	// History, notifications and alert emails.
	var mailer *activity.Mailer
	if cfg.SMTPURL != "" {
		if mailer, err = activity.NewMailer(client, authSvc, log, cfg.mailOptions()); err != nil {
			return err
		}
		mailCtx, stopMail := context.WithCancel(ctx)
		defer stopMail()
		go mailer.Run(mailCtx)
	}
	recorder := activity.New(client, authSvc, bus, log, activity.Options{Mailer: mailer})
	defer recorder.Close() // runs after ing.Close: the last runs' entries are fanned out
	ing := ingest.New(client, blobs, keyring, bus, log, ingest.Options{BatchSize: cfg.IngestBatch, Search: index, Observer: observer,
		HostPolicy: cfg.MailHosts, MaxMessageSize: cfg.MaxMessageSize, MemoryBudget: cfg.IngestMemory, Locks: peers.locks(), Activity: recorder, OAuth: oauthSvc})
	defer ing.Close()
	// IMAP IDLE push: one watcher per folder with push on.
	pushes := push.NewManager(ing, log, push.Options{Leases: peers.leases()})
	ing.OnFolderChange(pushes.FolderChanged)
	defer pushes.Stop() // runs before ing.Close

	// Scheduled fetching: River jobs in the same database.
	{
		sched, err := peers.scheduler(ctx, func() (*ingest.Scheduler, error) {
			return ingest.NewScheduler(ctx, sqlDB, ing, log, ingest.ScheduleOptions{})
		}, ing, log)
		if err != nil {
			return err
		}
		ing.OnFolderChange(sched.FolderChanged)
		if err := sched.Start(ctx); err != nil {
			return err
		}
		defer func() {
			stopCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
			defer cancel()
			_ = sched.Stop(stopCtx)
		}()
	}

	// Demo mode: an in-process IMAP server of sample mail, stopped with the server.
	if cfg.Demo {
		mailbox, err := demo.Start(ctx, client, ing, log)
		if err != nil {
			return fmt.Errorf("demo mode: %w", err)
		}
		defer mailbox.Close()
		fmt.Printf("Demo workspace ready: sign in, open the workspace %q, its folder %q, and click \"Check email\".\n",
			demo.WorkspaceTitle, demo.FolderTitle)
	}

	if cfg.PprofAddr != "" {
		stopPprof, err := servePprof(cfg.PprofAddr, log)
		if err != nil {
			return err
		}
		defer stopPprof()
	}
	if mx != nil {
		stopMetrics, err := serveMetrics(cfg.MetricsAddr, mx, authSvc, pushes, blobs, sqlDB, dialect, log)
		if err != nil {
			return err
		}
		defer stopMetrics()
	}
	if err := pushes.Start(ctx); err != nil {
		return err
	}
	bin := trash.New(client, blobs, index)
	bin.FolderChanged = ing.FolderChanged
	bin.Activity = recorder
	checker := integrity.NewService(client, blobs)
	ln, err := net.Listen("tcp", cfg.Addr)
	if err != nil {
		return err
	}
	srv := &http.Server{
		Handler: server.New(server.Config{Client: client, Auth: authSvc, Ingest: ing, Blobs: blobs, Bus: bus, Push: pushes, Search: index,
			Log: log, AllowedOrigins: cfg.AllowedOrigins, TrustedProxies: cfg.TrustedProxies, PublicURL: cfg.PublicURL,
			DB: sqlDB, Instrument: instrument, Subscriptions: subscriptions, Trash: bin, Integrity: checker, Activity: recorder, Mailer: mailer, OAuth: oauthSvc, MaxUploadSize: cfg.MaxUploadSize}),
		ReadHeaderTimeout: 10 * time.Second,
		// A request (at most 1 MiB) must arrive within a minute; websockets
		// clear it when they upgrade.
		ReadTimeout: time.Minute,
		// Responses extend it write by write (server.WriteTimeout), so
		// a long fetchEmails or a large download is not cut.
		WriteTimeout: server.WriteTimeout,
		IdleTimeout:  2 * time.Minute,
	}
	log.Info("mailroom listening", slog.String("url", "http://"+displayAddr(ln.Addr())), slog.String("data", cfg.DataDir))
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	log.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	pushes.Stop()
	ing.Close()
	if err := srv.Shutdown(shutdownCtx); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func displayAddr(a net.Addr) string {
	host, port, _ := net.SplitHostPort(a.String())
	if host == "::" || host == "0.0.0.0" || host == "" {
		host = "localhost"
	}
	return net.JoinHostPort(host, port)
}

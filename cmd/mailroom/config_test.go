package main

import (
	"log/slog"
	"net/netip"
	"reflect"
	"strings"
	"testing"

	"mailroom/netpolicy"
)

func TestParseConfig(t *testing.T) {
	cases := []struct {
		name string
		args []string
		env  map[string]string
		want config
	}{
		{"defaults", nil, nil, config{Addr: ":8080", DataDir: "./data", LogLevel: slog.LevelInfo}},
		{"environment", nil, map[string]string{"MAILROOM_ADDR": "127.0.0.1:9000", "MAILROOM_DATA_DIR": "/srv/mr",
			"MAILROOM_DB": "postgres://db/mr", "MAILROOM_ALLOWED_ORIGINS": "http://localhost:5173/, https://a.example",
			"MAILROOM_ADMIN_PASSWORD": "pw", "MAILROOM_LOG_LEVEL": "debug", "MAILROOM_INGEST_BATCH": "50"},
			config{Addr: "127.0.0.1:9000", DataDir: "/srv/mr", DB: "postgres://db/mr",
				AllowedOrigins: []string{"http://localhost:5173", "https://a.example"}, AdminPassword: "pw",
				LogLevel: slog.LevelDebug, IngestBatch: 50}},
		{"demo from the environment", nil, map[string]string{"MAILROOM_DEMO": "1"},
			config{Addr: ":8080", DataDir: "./data", LogLevel: slog.LevelInfo, Demo: true}},
		{"demo flag", []string{"--demo"}, nil, config{Addr: ":8080", DataDir: "./data", LogLevel: slog.LevelInfo, Demo: true}},
		{"metrics address from the environment", nil, map[string]string{"MAILROOM_METRICS_ADDR": "127.0.0.1:9090"},
			config{Addr: ":8080", DataDir: "./data", LogLevel: slog.LevelInfo, MetricsAddr: "127.0.0.1:9090"}},
		{"metrics address flag", []string{"--metrics-addr", "127.0.0.1:9191"}, map[string]string{"MAILROOM_METRICS_ADDR": "127.0.0.1:9090"},
			config{Addr: ":8080", DataDir: "./data", LogLevel: slog.LevelInfo, MetricsAddr: "127.0.0.1:9191"}},
		{"flags win over environment", []string{"--addr", ":1", "--data-dir", "d", "--db", "x.db"},
			map[string]string{"MAILROOM_ADDR": ":2", "MAILROOM_DATA_DIR": "e"},
			config{Addr: ":1", DataDir: "d", DB: "x.db", LogLevel: slog.LevelInfo}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := parseConfig(c.args, func(k string) string { return c.env[k] })
			if err != nil {
				t.Fatal(err)
			}
			if c.want.MailHosts == nil {
				c.want.MailHosts = &netpolicy.Policy{} // public addresses only
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Fatalf("got %+v\nwant %+v", got, c.want)
			}
		})
	}
	if _, err := parseConfig(nil, func(k string) string { return map[string]string{"MAILROOM_DEMO": "maybe"}[k] }); err == nil {
		t.Fatal("MAILROOM_DEMO=maybe accepted")
	}
	if _, err := parseConfig([]string{"--log-level", "loud"}, func(string) string { return "" }); err == nil {
		t.Fatal("bad log level accepted")
	}
}

func TestParseConfigMailLimits(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	c, err := parseConfig(nil, env(map[string]string{"MAILROOM_ALLOWED_MAIL_HOSTS": "10.0.0.0/8, mail.internal",
		"MAILROOM_MAX_MESSAGE_SIZE": "50MB"}))
	if err != nil {
		t.Fatal(err)
	}
	if !c.MailHosts.Permits(netip.MustParseAddrPort("10.1.2.3:993")) || c.MailHosts.Permits(netip.MustParseAddrPort("127.0.0.1:993")) {
		t.Errorf("MAILROOM_ALLOWED_MAIL_HOSTS: %v", c.MailHosts)
	}
	if c.MaxMessageSize != 50<<20 {
		t.Errorf("MAILROOM_MAX_MESSAGE_SIZE=50MB: %d", c.MaxMessageSize)
	}
	c, err = parseConfig([]string{"--allowed-mail-hosts", "*", "--max-message-size", "1000"}, env(map[string]string{
		"MAILROOM_ALLOWED_MAIL_HOSTS": "10.0.0.1", "MAILROOM_MAX_MESSAGE_SIZE": "5GB"}))
	if err != nil {
		t.Fatal(err)
	}
	if !c.MailHosts.Permits(netip.MustParseAddrPort("127.0.0.1:22")) || c.MaxMessageSize != 1000 {
		t.Errorf("flags must win: %v %d", c.MailHosts, c.MaxMessageSize)
	}
	c, _ = parseConfig(nil, env(nil))
	if c.MailHosts.Permits(netip.MustParseAddrPort("192.168.1.1:993")) || c.MaxMessageSize != 0 {
		t.Errorf("defaults: %v %d", c.MailHosts, c.MaxMessageSize)
	}
	for _, bad := range [][]string{{"--allowed-mail-hosts", "10.0.0.0/99"}, {"--max-message-size", "big"}, {"--max-message-size", "-1"}} {
		if _, err := parseConfig(bad, env(nil)); err == nil {
			t.Errorf("%v accepted", bad)
		}
	}
}

// A numeric setting that is not a number stops the start instead of
// falling back to the default in silence.
func TestParseConfigRejectsBadNumbers(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	for _, bad := range []string{"abc", "50x", "-1", "1.5", " 2 0"} {
		if c, err := parseConfig(nil, env(map[string]string{"MAILROOM_INGEST_BATCH": bad})); err == nil {
			t.Errorf("MAILROOM_INGEST_BATCH=%q accepted as %d", bad, c.IngestBatch)
		} else if !strings.Contains(err.Error(), "MAILROOM_INGEST_BATCH") {
			t.Errorf("MAILROOM_INGEST_BATCH=%q: the error does not name the variable: %v", bad, err)
		}
	}
	if _, err := parseConfig([]string{"--ingest-batch", "-3"}, env(nil)); err == nil {
		t.Error("--ingest-batch -3 accepted")
	}
	if _, err := parseConfig([]string{"--ingest-batch", "abc"}, env(nil)); err == nil {
		t.Error("--ingest-batch abc accepted")
	}
	for v, want := range map[string]int{"": 0, "0": 0, "75": 75, " 75 ": 75} {
		c, err := parseConfig(nil, env(map[string]string{"MAILROOM_INGEST_BATCH": v}))
		if err != nil || c.IngestBatch != want {
			t.Errorf("MAILROOM_INGEST_BATCH=%q: %d, %v; want %d", v, c.IngestBatch, err, want)
		}
	}
}

func TestParseConfigMaxUploadSize(t *testing.T) {
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	c, err := parseConfig(nil, env(map[string]string{"MAILROOM_MAX_UPLOAD_SIZE": "500MB"}))
	if err != nil || c.MaxUploadSize != 500<<20 {
		t.Errorf("MAILROOM_MAX_UPLOAD_SIZE=500MB: %d %v", c.MaxUploadSize, err)
	}
	c, err = parseConfig([]string{"--max-upload-size", "3GB"}, env(map[string]string{"MAILROOM_MAX_UPLOAD_SIZE": "1MB"}))
	if err != nil || c.MaxUploadSize != 3<<30 {
		t.Errorf("the flag must win: %d %v", c.MaxUploadSize, err)
	}
	if c, _ := parseConfig(nil, env(nil)); c.MaxUploadSize != 0 { // the server's default, 2 GB
		t.Errorf("default: %d", c.MaxUploadSize)
	}
	for _, bad := range []string{"huge", "-5", "0"} {
		if _, err := parseConfig([]string{"--max-upload-size", bad}, env(nil)); err == nil || !strings.Contains(err.Error(), "--max-upload-size") {
			t.Errorf("--max-upload-size %s: %v", bad, err)
		}
	}
}

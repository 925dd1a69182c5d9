package main

import (
	"log/slog"
	"reflect"
	"testing"
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

// Package metrics exposes Mailroom's figures in the Prometheus text format:
// fetch runs and messages, HTTP requests, websockets, push watchers, the
// scheduled jobs, the blob store and the database, sign-ins. It observes
// through hooks (ingest.Observer, an HTTP middleware, gauges read at scrape
// time) and labels only with bounded values, never with user input.
package metrics

import (
	"context"
	"database/sql"
	"net/http"
	"slices"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"mailroom/auth"
	"mailroom/blob"
	"mailroom/ent/schema/fetchlog"
	"mailroom/ingest"
	"mailroom/store"
)

// Metrics holds Mailroom's collectors in a registry of its own.
type Metrics struct {
	reg *prometheus.Registry

	fetchRuns     *prometheus.CounterVec
	fetchMessages *prometheus.CounterVec
	fetchFailures *prometheus.CounterVec
	subscriptions prometheus.Gauge
	fetchDuration *prometheus.HistogramVec
	httpRequests  *prometheus.CounterVec
	httpDuration  *prometheus.HistogramVec
	websockets    prometheus.Gauge
	logins        *prometheus.CounterVec
}

// New returns the metrics with the Go runtime and process collectors.
func New() *Metrics {
	m := &Metrics{reg: prometheus.NewRegistry()}
	m.fetchRuns = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "mailroom_fetch_runs_total", Help: "Fetch runs by trigger (MANUAL, SCHEDULE, PUSH) and outcome (ok, error, interrupted)."},
		[]string{"trigger", "outcome"})
	m.fetchMessages = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "mailroom_fetch_messages_total", Help: "Messages handled by fetch runs: imported, duplicate or failed (retried next run)."},
		[]string{"result"})
	m.fetchFailures = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "mailroom_fetch_failures_total", Help: "Messages a fetch run could not import, by kind: too_large (not offered again), fetch, store, parse (retried next run)."},
		[]string{"kind"})
	for _, k := range fetchlog.FailureKinds {
		m.fetchFailures.WithLabelValues(string(k))
	}
	m.subscriptions = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "mailroom_graphql_subscriptions", Help: "Active GraphQL subscriptions (over all websocket connections)."})
	m.fetchDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "mailroom_fetch_duration_seconds", Help: "Duration of fetch runs.",
		Buckets: []float64{0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600}},
		[]string{"trigger"})
	m.httpRequests = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "mailroom_http_requests_total", Help: "HTTP requests by route pattern and status (101: websocket)."},
		[]string{"route", "status"})
	m.httpDuration = prometheus.NewHistogramVec(prometheus.HistogramOpts{
		Name: "mailroom_http_request_duration_seconds", Help: "Latency of HTTP requests by route pattern (websockets left out).",
		Buckets: prometheus.DefBuckets}, []string{"route"})
	m.websockets = prometheus.NewGauge(prometheus.GaugeOpts{
		Name: "mailroom_websocket_connections", Help: "Open websocket connections (GraphQL subscriptions)."})
	m.logins = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "mailroom_login_attempts_total", Help: "Sign-in attempts by outcome: success, failure, throttled."},
		[]string{"outcome"})
	for _, o := range []auth.LoginOutcome{auth.LoginSucceeded, auth.LoginFailed, auth.LoginThrottled} {
		m.logins.WithLabelValues(string(o))
	}
	for _, r := range []string{"imported", "duplicate", "failed"} {
		m.fetchMessages.WithLabelValues(r)
	}
	m.reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		m.fetchRuns, m.fetchMessages, m.fetchFailures, m.subscriptions, m.fetchDuration, m.httpRequests, m.httpDuration, m.websockets, m.logins)
	return m
}

// Handler serves /metrics.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{Registry: m.reg, MaxRequestsInFlight: 2, Timeout: 10 * time.Second})
}

// FetchFinished implements ingest.Observer.
func (m *Metrics) FetchFinished(trigger ingest.Trigger, rep ingest.Report, took time.Duration) {
	outcome := "ok"
	switch {
	case ingest.Interrupted(rep.Err):
		outcome = "interrupted"
	case rep.Err != nil:
		outcome = "error"
	}
	m.fetchRuns.WithLabelValues(string(trigger), outcome).Inc()
	m.fetchMessages.WithLabelValues("imported").Add(float64(rep.Imported))
	m.fetchMessages.WithLabelValues("duplicate").Add(float64(rep.Duplicates))
	m.fetchMessages.WithLabelValues("failed").Add(float64(rep.Failed))
	for _, f := range rep.Failures {
		kind := f.Kind
		if !slices.Contains(fetchlog.FailureKinds, kind) {
			kind = fetchlog.Parse
		}
		m.fetchFailures.WithLabelValues(string(kind)).Inc()
	}
	m.fetchDuration.WithLabelValues(string(trigger)).Observe(took.Seconds())
}

// SubscriptionStarted and SubscriptionEnded count the active GraphQL
// subscriptions (server.Config.Subscriptions).
func (m *Metrics) SubscriptionStarted() { m.subscriptions.Inc() }
func (m *Metrics) SubscriptionEnded()   { m.subscriptions.Dec() }

// Login counts a sign-in attempt (auth.Service.ObserveLogins).
func (m *Metrics) Login(o auth.LoginOutcome) { m.logins.WithLabelValues(string(o)).Inc() }

// WatchPush reports the push watchers by state at each scrape.
func (m *Metrics) WatchPush(states func() map[string]int, all []string) {
	m.reg.MustRegister(&stateCollector{
		desc:   prometheus.NewDesc("mailroom_push_watchers", "IMAP IDLE watchers by state.", []string{"state"}, nil),
		states: states, all: all})
}

// WatchJobs reports the scheduled fetch jobs (River) by state at each scrape.
func (m *Metrics) WatchJobs(db *sql.DB) {
	desc := prometheus.NewDesc("mailroom_scheduled_jobs", "Scheduled fetch jobs by state (available, scheduled, retryable, running, ...).", []string{"state"}, nil)
	m.reg.MustRegister(&stateCollector{desc: desc, states: func() map[string]int {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		rows, err := db.QueryContext(ctx, "SELECT state, count(*) FROM river_job GROUP BY state")
		if err != nil {
			return nil
		}
		defer rows.Close()
		out := map[string]int{}
		for rows.Next() {
			var s string
			var n int
			if rows.Scan(&s, &n) == nil {
				out[s] = n
			}
		}
		return out
	}, all: []string{"available", "scheduled", "retryable", "running", "completed", "cancelled", "discarded", "pending"}})
}

// WatchDatabase reports the size of the database at each scrape.
func (m *Metrics) WatchDatabase(db *sql.DB, dialect store.Dialect) {
	q := "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()"
	if dialect == store.Postgres {
		q = "SELECT pg_database_size(current_database())"
	}
	m.reg.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "mailroom_database_bytes", Help: "Size of the database."}, func() float64 {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		var n int64
		if err := db.QueryRowContext(ctx, q).Scan(&n); err != nil {
			return -1
		}
		return float64(n)
	}))
}

// blobCacheFor is how long a count of the blob store is reused: counting
// walks every file.
const blobCacheFor = time.Minute

// blobCacheForS3 is the same for a bucket, where counting lists every
// object (a LIST request per 1,000, billed).
const blobCacheForS3 = time.Hour

// WatchBlobs reports the blob store's files and bytes, counted at most once
// a minute (an hour on S3).
func (m *Metrics) WatchBlobs(store *blob.Store) {
	var mu sync.Mutex
	var at time.Time
	var files, bytes int64
	every := blobCacheFor
	if store.IsS3() {
		every = blobCacheForS3
	}
	count := func() (int64, int64) {
		mu.Lock()
		defer mu.Unlock()
		if time.Since(at) > every {
			var f, b int64
			if store.Walk(func(_ string, size int64) error { f++; b += size; return nil }) == nil {
				files, bytes, at = f, b, time.Now()
			}
		}
		return files, bytes
	}
	m.reg.MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "mailroom_blob_store_bytes", Help: "Bytes in the blob store (counted at most once a minute)."},
			func() float64 { _, b := count(); return float64(b) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "mailroom_blob_store_blobs", Help: "Blobs in the blob store (counted at most once a minute)."},
			func() float64 { f, _ := count(); return float64(f) }))
}

// stateCollector reports a gauge per state, every known state included.
type stateCollector struct {
	desc   *prometheus.Desc
	states func() map[string]int
	all    []string
}

func (c *stateCollector) Describe(ch chan<- *prometheus.Desc) { ch <- c.desc }

func (c *stateCollector) Collect(ch chan<- prometheus.Metric) {
	got := c.states()
	if got == nil {
		return
	}
	for _, s := range c.all {
		ch <- prometheus.MustNewConstMetric(c.desc, prometheus.GaugeValue, float64(got[s]), s)
	}
}

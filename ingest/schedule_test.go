package ingest

import (
	"sync"
	"testing"
	"time"

	"github.com/riverqueue/river/rivertype"

	"mailroom/ent"
	"mailroom/ent/fetchrun"
)

// clock is a settable time for the scheduler.
type clock struct {
	mu  sync.Mutex
	now time.Time
}

func (c *clock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.now }
func (c *clock) Add(d time.Duration) {
	c.mu.Lock()
	c.now = c.now.Add(d)
	c.mu.Unlock()
}

type shortRetry struct{}

func (shortRetry) NextRetry(*rivertype.JobRow) time.Time {
	return time.Now().Add(300 * time.Millisecond)
}

func startScheduler(t *testing.T, e *testEnv, clk *clock) *Scheduler {
	t.Helper()
	opts := ScheduleOptions{Tick: 200 * time.Millisecond, Now: clk.Now, RetryPolicy: shortRetry{}}
	var s *Scheduler
	var err error
	if isPostgres(e.dsn) {
		s, err = NewPostgresScheduler(e.ctx, e.pool(), e.svc, e.svc.log, opts)
	} else {
		s, err = NewScheduler(e.ctx, e.db, e.svc, e.svc.log, opts)
	}
	if err != nil {
		t.Fatal(err)
	}
	e.svc.OnFolderChange(s.FolderChanged)
	if err := s.Start(e.ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Stop(e.ctx) })
	return s
}

func scheduledRuns(t *testing.T, e *testEnv, f *ent.EmailFolder) int {
	n, err := e.client.FetchRun.Query().Where(fetchrun.FolderID(f.ID), fetchrun.TriggerEQ(TriggerSchedule), fetchrun.FinishedAtNotNil()).Count(e.ctx)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func TestSchedulerFetchesAtInterval(t *testing.T) {
	onStores(t, Options{}, testSchedulerFetchesAtInterval)
}

func testSchedulerFetchesAtInterval(t *testing.T, e *testEnv) {
	e.appendMsg("INBOX", message("s1@x", "scheduled one", "x"))
	clk := &clock{now: time.Now()}
	f := e.folder(func(p *FolderParams) { p.FetchIntervalMinutes = ptr(1) })
	manual := e.folder(func(p *FolderParams) { p.Title = ptr("manual only"); p.FetchIntervalMinutes = ptr(0) })
	startScheduler(t, e, clk)

	// Never fetched: due at once.
	waitFor(t, "the first scheduled run", func() bool { return scheduledRuns(t, e, f) == 1 })
	if n := e.emailCount(f); n != 1 {
		t.Fatalf("%d emails after the first run", n)
	}
	// Not due again before the interval has passed.
	e.appendMsg("INBOX", message("s2@x", "scheduled two", "x"))
	time.Sleep(time.Second)
	if n := scheduledRuns(t, e, f); n != 1 {
		t.Fatalf("%d runs before the interval passed", n)
	}
	clk.Add(70 * time.Second)
	waitFor(t, "the second scheduled run", func() bool { return scheduledRuns(t, e, f) == 2 })
	waitFor(t, "the new email", func() bool { return e.emailCount(f) == 2 })
	if n := scheduledRuns(t, e, manual); n != 0 {
		t.Fatalf("a manual-only folder was fetched %d times", n)
	}
}

func TestSchedulerRetriesTransientErrorsOnly(t *testing.T) {
	onStores(t, Options{}, testSchedulerRetriesTransientErrorsOnly)
}

func testSchedulerRetriesTransientErrorsOnly(t *testing.T, e *testEnv) {
	e.appendMsg("INBOX", message("ok@x", "fine", "x"))
	clk := &clock{now: time.Now()}
	refused := e.folder(func(p *FolderParams) {
		p.Title, p.Port, p.FetchIntervalMinutes = ptr("refused"), ptr(closedPortOf(t)), ptr(5)
	})
	badPassword := e.folder(func(p *FolderParams) {
		p.Title, p.Password, p.FetchIntervalMinutes = ptr("bad password"), ptr("wrong"), ptr(5)
	})
	good := e.folder(func(p *FolderParams) { p.Title, p.FetchIntervalMinutes = ptr("good"), ptr(5) })
	startScheduler(t, e, clk)

	// One folder's failure does not hold the others back.
	waitFor(t, "the good folder's email", func() bool { return e.emailCount(good) == 1 })
	// Connection refused is retried with backoff.
	waitFor(t, "retries of the refused folder", func() bool { return scheduledRuns(t, e, refused) >= 3 })
	// A wrong password is not: the folder waits for its settings to change.
	waitFor(t, "the bad password's run", func() bool { return scheduledRuns(t, e, badPassword) == 1 })
	clk.Add(time.Hour)
	time.Sleep(1500 * time.Millisecond)
	if n := scheduledRuns(t, e, badPassword); n != 1 {
		t.Fatalf("a wrong password was retried: %d runs", n)
	}
	bp, _ := e.client.EmailFolder.Get(e.ctx, badPassword.ID)
	if !bp.NeedsAttention || bp.LastFetchError == nil {
		t.Fatalf("folder does not show it needs attention: %+v", bp)
	}
	// Fixing the password resumes the schedule.
	if _, err := e.svc.UpdateFolder(e.ctx, badPassword.ID, FolderParams{Password: ptr(memPass)}); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the fixed folder's run", func() bool { return scheduledRuns(t, e, badPassword) == 2 })
}

func closedPortOf(t *testing.T) int { return closedPort(t) }

// Package ingest brings mail from an account into an email folder: the fetch
// pipeline of DESIGN.md, the message ledger, and one run per folder at a time.
package ingest

import (
	"context"
	"log/slog"
	"sync"
	"time"

	"mailroom/activity"
	"mailroom/auth"
	"mailroom/auth/viewer"
	"mailroom/blob"
	"mailroom/ent"
	"mailroom/ent/schema/fetchlog"
	"mailroom/events"
	"mailroom/netpolicy"
	"mailroom/oauth"
	"mailroom/search"
	"mailroom/throttle"
)

// Service runs fetches and manages folder settings.
type Service struct {
	client  *ent.Client
	blobs   *blob.Store
	keyring *auth.Keyring
	bus     events.Bus
	log     *slog.Logger
	opts    Options

	mu      sync.Mutex
	flights map[int]*flight

	folderHooks []func(folderID int)

	// beforeWrite, a test seam, runs between a batch's blobs being in place
	// and its transaction.
	beforeWrite func(folderID int)

	tests *throttle.Limiter // testConnection per user

	budget      *budget     // bytes of messages in flight, over all runs
	pdf         *pdfText    // reads committed emails' PDFs into the index; nil without a PDF reader
	oauthTokens oauthTokens // access tokens of OAUTH2 folders, in memory only

	// stop ends every run on shutdown.
	stopCtx context.Context
	stop    context.CancelFunc
	runs    sync.WaitGroup
}

// Options tune the pipeline; the zero value is sensible.
type Options struct {
	// BatchSize is the number of messages per UID FETCH and per transaction.
	BatchSize int
	// HostPolicy is the addresses folders may reach besides public ones
	// (--allowed-mail-hosts); nil allows public addresses only. It stays
	// shared: entries added later (the demo's server) apply at once.
	HostPolicy *netpolicy.Policy
	// MaxMessageSize is the largest message imported, in bytes; a larger
	// one is recorded as failed. 0 means DefaultMaxMessageSize.
	MaxMessageSize int64
	// Parsers is the number of goroutines parsing fetched messages.
	Parsers int
	// InMemoryLimit: messages up to this size are parsed from memory, larger
	// ones are streamed back from the blob store.
	InMemoryLimit int64
	// MemoryBudget bounds the bytes of messages in flight between the
	// network and the commit, over all runs (--ingest-memory); 0 means
	// DefaultMemoryBudget.
	MemoryBudget int64
	// Search is the full-text index kept with the emails (optional).
	Search *search.Index
	// Observer is told about each run (optional; metrics).
	Observer Observer
	// Locks makes a folder's run exclusive across the instances of a
	// cluster (optional; PostgreSQL).
	Locks FolderLocker
	// Activity hears of each run's imports and of a folder starting to
	// fail (history and notifications); nil records nothing.
	Activity activity.Recorder
	// OAuth signs folders in with OAuth2 (optional; without it OAUTH2
	// folders are refused).
	OAuth *oauth.Service
}

// DefaultMaxMessageSize is the largest message imported when
// Options.MaxMessageSize is 0.
const DefaultMaxMessageSize = 256 << 20

// TestsPerMinute bounds testConnection calls per user: each makes the
// server connect where the user says.
const TestsPerMinute = 10

func (o Options) withDefaults() Options {
	if o.BatchSize <= 0 {
		o.BatchSize = 200
	}
	if o.Parsers <= 0 {
		o.Parsers = 2
	}
	if o.InMemoryLimit <= 0 {
		o.InMemoryLimit = 4 << 20
	}
	if o.HostPolicy == nil {
		o.HostPolicy = &netpolicy.Policy{} // public addresses only; the demo adds its own
	}
	if o.MaxMessageSize <= 0 {
		o.MaxMessageSize = DefaultMaxMessageSize
	}
	if o.MemoryBudget <= 0 {
		o.MemoryBudget = DefaultMemoryBudget
	}
	if o.Activity == nil {
		o.Activity = activity.Nop{}
	}
	return o
}

// New returns the ingest service.
func New(client *ent.Client, blobs *blob.Store, keyring *auth.Keyring, bus events.Bus, log *slog.Logger, opts Options) *Service {
	stopCtx, stop := context.WithCancel(context.Background())
	opts = opts.withDefaults()
	s := &Service{client: client, blobs: blobs, keyring: keyring, bus: bus, log: log,
		opts: opts, flights: make(map[int]*flight), stopCtx: stopCtx, stop: stop,
		tests: throttle.New(TestsPerMinute, time.Minute, "connection tests"), budget: newBudget(opts.MemoryBudget)}
	s.pdf = s.startPDFText()
	return s
}

// HostPolicy is the policy of reachable addresses the service dials under;
// the image proxy applies the same one.
func (s *Service) HostPolicy() *netpolicy.Policy { return s.opts.HostPolicy }

// Close stops the runs in progress (what they committed stays) and waits for them.
func (s *Service) Close() {
	s.stop()
	s.runs.Wait()
	s.pdf.close()
}

// Report is the outcome of one fetch run.
type Report struct {
	Imported, Duplicates, Failed int
	// Remaining is how many of the messages new on the server this run did
	// not import (failed, beyond emailsLimit, or not reached before an
	// interruption); the next runs fetch them.
	Remaining int
	// Failures lists the messages that could not be imported (they are retried next run).
	Failures []fetchlog.Failure
	// Err is the error that stopped the run, if any; what was committed before it stays.
	Err error
	// Server is what the server said when the run searched it; nil when the run stopped before.
	Server *ServerCounts
}

// flight is a run in progress that later callers join.
type flight struct {
	done   chan struct{}
	report Report
}

// Fetch runs the pipeline on a folder, or joins the run already in progress,
// and returns its report. ctx must carry a viewer allowed to read the folder.
func (s *Service) Fetch(ctx context.Context, folderID int, trigger Trigger) (Report, error) {
	// Checking email needs WRITE; the run itself acts as the system.
	runAs, err := auth.Authorize(ctx, auth.Target{FolderID: folderID}, viewer.Write)
	if err != nil {
		return Report{}, err
	}
	for {
		s.mu.Lock()
		f, ok := s.flights[folderID]
		if !ok {
			break // with s.mu held: start a run below
		}
		s.mu.Unlock()
		select {
		case <-f.done:
		case <-ctx.Done():
			return Report{}, ctx.Err()
		}
		// A push arrived during a run that may have searched before the new
		// message: look again. Other triggers take the run they joined.
		if trigger != TriggerPush {
			return f.report, nil
		}
	}
	if s.stopCtx.Err() != nil { // shutting down: start nothing new
		s.mu.Unlock()
		return Report{Err: errStopped}, nil
	}
	f := &flight{done: make(chan struct{})}
	s.flights[folderID] = f
	s.runs.Add(1)
	s.mu.Unlock()
	defer s.runs.Done()

	// The run must not die with the request that started it (a closed browser
	// tab), only with the server.
	runCtx, cancel := context.WithCancel(context.WithoutCancel(runAs))
	stopTie := context.AfterFunc(s.stopCtx, cancel)
	f.report = s.runLocked(ctx, runCtx, folderID, trigger)
	stopTie()
	cancel()

	s.mu.Lock()
	delete(s.flights, folderID)
	s.mu.Unlock()
	close(f.done)
	return f.report, nil
}

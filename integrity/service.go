package integrity

import (
	"context"
	"sync"

	"mailroom/auth"
	"mailroom/blob"
	"mailroom/ent"
)

// Service runs checks for the API: administrators only, one at a time.
type Service struct {
	client *ent.Client
	blobs  *blob.Store

	mu      sync.Mutex
	running *flight
}

type flight struct {
	done chan struct{}
	rep  *Report
	err  error
}

// NewService returns the check service of a server.
func NewService(client *ent.Client, blobs *blob.Store) *Service {
	return &Service{client: client, blobs: blobs}
}

// Report checks the store, or joins the check in progress. A check reads
// every blob, so it is not started again for each caller, and it finishes
// even when the caller that started it goes away.
func (s *Service) Report(ctx context.Context) (*Report, error) {
	if err := auth.RequireAdmin(ctx, "check the integrity of the store"); err != nil {
		return nil, err
	}
	s.mu.Lock()
	f := s.running
	if f == nil {
		f = &flight{done: make(chan struct{})}
		s.running = f
		go func() {
			f.rep, f.err = Check(context.WithoutCancel(ctx), s.client, s.blobs, Options{})
			s.mu.Lock()
			s.running = nil
			s.mu.Unlock()
			close(f.done)
		}()
	}
	s.mu.Unlock()
	select {
	case <-f.done:
		return f.rep, f.err
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

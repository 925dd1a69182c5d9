package ingest

import (
	"errors"
	"time"
)

// Observer is told about every fetch run when it ends (metrics). It must
// not block: it runs on the fetch's goroutine.
type Observer interface {
	FetchFinished(trigger Trigger, rep Report, took time.Duration)
}

// Interrupted tells whether a run's error is the server shutting down.
func Interrupted(err error) bool { return errors.Is(err, errStopped) }

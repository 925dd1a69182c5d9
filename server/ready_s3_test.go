package server

import (
	"strings"
	"testing"

	"mailroom/internal/s3test"
)

// TestReadyzS3: /readyz's probe of an S3 blob store is ready while the
// server answers and the bucket is there, not ready once the server is
// gone, and its words name neither the server nor the bucket (/readyz is
// public).
func TestReadyzS3(t *testing.T) {
	srv := s3test.Start(t)
	rd := &readiness{blobs: srv.Store(t)}
	if err := rd.probe(); err != nil {
		t.Fatalf("probe of a live bucket: %v", err)
	}
	srv.Stop()
	err := rd.probe()
	if err == nil {
		t.Fatal("ready with the S3 server stopped")
	}
	host := strings.TrimPrefix(srv.Endpoint, "http://")
	for _, secret := range []string{srv.Bucket, host, "127.0.0.1", srv.SecretKey} {
		if strings.Contains(err.Error(), secret) {
			t.Fatalf("the probe's error shows %q: %v", secret, err)
		}
	}
	t.Logf("%v", err)
}

package main

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestBlobsFlag(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		env  map[string]string
		want string // blob directory; "" = an error
	}{
		{"default under the data directory", []string{"--data-dir", "/srv/mr"}, nil, filepath.Join("/srv/mr", "blobs")},
		{"flag", []string{"--data-dir", "/srv/mr", "--blobs", "/mnt/shared/blobs"}, nil, "/mnt/shared/blobs"},
		{"environment", []string{"--data-dir", "/srv/mr"}, map[string]string{"MAILROOM_BLOBS": "/mnt/env"}, "/mnt/env"},
		{"flag over environment", []string{"--blobs", "/mnt/flag"}, map[string]string{"MAILROOM_BLOBS": "/mnt/env"}, "/mnt/flag"},
		{"object storage refused", []string{"--blobs", "s3://bucket/prefix"}, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg, err := parseConfig(tc.args, func(k string) string { return tc.env[k] })
			if tc.want == "" {
				if err == nil || !strings.Contains(err.Error(), "--blobs") {
					t.Fatalf("got %v, want an error about --blobs", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := blobsDir(cfg); got != tc.want {
				t.Fatalf("blobs in %q, want %q", got, tc.want)
			}
		})
	}
}

package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// s3Keys are the credentials of an s3:// --blobs, which come from the environment only.
var s3Keys = map[string]string{"AWS_ACCESS_KEY_ID": "AK", "AWS_SECRET_ACCESS_KEY": "SK"}

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
		{"another scheme refused", []string{"--blobs", "ftp://host/blobs"}, nil, ""},
		{"s3 without keys refused", []string{"--blobs", "s3://bucket/prefix"}, nil, ""},
		{"s3", []string{"--blobs", "s3://bucket/prefix", "--s3-endpoint", "https://s3.example.com"}, s3Keys, "s3://bucket/prefix"},
		{"s3 from the environment", nil, map[string]string{"MAILROOM_BLOBS": "s3://bucket", "MAILROOM_S3_ENDPOINT": "s3.example.com:9000",
			"AWS_ACCESS_KEY_ID": "AK", "AWS_SECRET_ACCESS_KEY": "SK"}, "s3://bucket"},
		{"s3 bad bucket name", []string{"--blobs", "s3://Bad_Bucket/x"}, s3Keys, ""},
		{"s3 over http to loopback", []string{"--blobs", "s3://bucket", "--s3-endpoint", "http://127.0.0.1:8333"}, s3Keys, "s3://bucket"},
		{"s3 over http elsewhere refused", []string{"--blobs", "s3://bucket", "--s3-endpoint", "http://s3.example.com"}, s3Keys, ""},
		{"s3 over http elsewhere when told", []string{"--blobs", "s3://bucket", "--s3-endpoint", "http://s3.example.com", "--s3-insecure"}, s3Keys, "s3://bucket"},
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

// TestRestoreBlobsDirectoryRefused: restore puts blobs into the new data
// directory or a bucket; a --blobs directory given on the command line is
// refused rather than silently ignored.
func TestRestoreBlobsDirectoryRefused(t *testing.T) {
	if got := restoreCommand([]string{"--from", t.TempDir(), "--data-dir", t.TempDir(), "--blobs", "/mnt/elsewhere"},
		func(string) string { return "" }); got != 2 {
		t.Fatalf("restore with a --blobs directory: status %d, want 2", got)
	}
}

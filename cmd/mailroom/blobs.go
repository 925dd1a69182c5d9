package main

import (
	"context"
	"flag"
	"fmt"
	"path/filepath"
	"strconv"

	"mailroom/blob"
)

// s3Settings are the flags of an s3:// blob store (docs/scale-out.md). The
// credentials come from the environment only, the AWS convention
// (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN): a flag
// would show the secret in ps.
type s3Settings struct {
	Endpoint, Region string
	Insecure         bool

	AccessKey, SecretKey, SessionToken string
}

// s3Flags registers the S3 flags on fs, for serve and the commands that read blobs.
func s3Flags(fs *flag.FlagSet, getenv func(string) string) (*s3Settings, error) {
	env := func(name, def string) string {
		if v := getenv(name); v != "" {
			return v
		}
		return def
	}
	s := &s3Settings{AccessKey: getenv("AWS_ACCESS_KEY_ID"), SecretKey: getenv("AWS_SECRET_ACCESS_KEY"), SessionToken: getenv("AWS_SESSION_TOKEN")}
	insecure, err := strconv.ParseBool(env("MAILROOM_S3_INSECURE", "false"))
	if err != nil {
		return nil, fmt.Errorf("MAILROOM_S3_INSECURE: %q is not 1, 0, true or false", getenv("MAILROOM_S3_INSECURE"))
	}
	fs.StringVar(&s.Endpoint, "s3-endpoint", env("MAILROOM_S3_ENDPOINT", ""), "S3-compatible server of --blobs s3://…: https://host[:port] (http only on loopback or with --s3-insecure); default Amazon S3 (MAILROOM_S3_ENDPOINT). Keys: AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY")
	fs.StringVar(&s.Region, "s3-region", env("MAILROOM_S3_REGION", getenv("AWS_REGION")), "region of the bucket; default: asked from the server (MAILROOM_S3_REGION or AWS_REGION)")
	fs.BoolVar(&s.Insecure, "s3-insecure", insecure, "allow a plain http:// --s3-endpoint that is not loopback (MAILROOM_S3_INSECURE=1)")
	return s, nil
}

// config is the blob package's view of --blobs s3://bucket/prefix.
func (s s3Settings) config(url string) (blob.S3Config, error) {
	bucket, prefix, err := blob.ParseS3URL(url)
	if err != nil {
		return blob.S3Config{}, fmt.Errorf("--blobs: %w", err)
	}
	c := blob.S3Config{Endpoint: s.Endpoint, Bucket: bucket, Prefix: prefix, Region: s.Region, AllowHTTP: s.Insecure,
		AccessKey: s.AccessKey, SecretKey: s.SecretKey, SessionToken: s.SessionToken}
	if err := c.Validate(); err != nil {
		return c, fmt.Errorf("--blobs %s: %w", url, err)
	}
	return c, nil
}

// openBlobs opens --blobs: s3://bucket/prefix, a directory, or (empty)
// DATA_DIR/blobs. readOnly is for the commands that only read (verify,
// backup, reindex): a directory is not created, an S3 key is not asked to write.
func openBlobs(ctx context.Context, blobs, dataDir string, s3 s3Settings, readOnly bool) (*blob.Store, error) {
	if blob.IsS3URL(blobs) {
		c, err := s3.config(blobs)
		if err != nil {
			return nil, err
		}
		c.ReadOnly = readOnly
		return blob.OpenS3(ctx, c)
	}
	if blobs == "" {
		blobs = filepath.Join(dataDir, "blobs")
	}
	if readOnly {
		return blob.At(blobs), nil
	}
	return blob.Open(blobs)
}

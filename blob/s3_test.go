package blob_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"math/rand/v2"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/minio/minio-go/v7"

	"mailroom/blob"
	"mailroom/internal/s3test"
)

// key is where the S3 store keeps sum under prefix (the file store's layout).
func key(prefix, sum string) string { return prefix + "/" + sum[:2] + "/" + sum[2:4] + "/" + sum }

// pseudo is n reproducible bytes, streamed: the test never holds them whole.
func pseudo(n int64, seed uint64) io.Reader {
	return io.LimitReader(&randReader{rand.New(rand.NewPCG(seed, seed))}, n)
}

type randReader struct{ r *rand.Rand }

func (r *randReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r.r.Uint32())
	}
	return len(p), nil
}

func sumOf(t *testing.T, r io.Reader) (string, int64) {
	t.Helper()
	h := sha256.New()
	n, err := io.Copy(h, r)
	if err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(h.Sum(nil)), n
}

func TestS3Store(t *testing.T) {
	srv := s3test.Start(t)
	ctx := context.Background()
	admin := srv.Client()

	t.Run("round trip", func(t *testing.T) {
		prefix := srv.NewPrefix()
		s, err := blob.OpenS3(ctx, srv.Config(prefix))
		if err != nil {
			t.Fatal(err)
		}
		sum, n, err := s.Put(strings.NewReader("hello, bucket"))
		if err != nil {
			t.Fatal(err)
		}
		want := sha256.Sum256([]byte("hello, bucket"))
		if sum != hex.EncodeToString(want[:]) || n != 13 {
			t.Fatalf("put: %s %d", sum, n)
		}
		info, err := admin.StatObject(ctx, srv.Bucket, key(prefix, sum), minio.StatObjectOptions{})
		if err != nil || info.Size != 13 {
			t.Fatalf("object at its content address: %v %+v", err, info)
		}
		f, err := s.Open(sum)
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(f)
		f.Close()
		if err != nil || string(got) != "hello, bucket" {
			t.Fatalf("read back %q: %v", got, err)
		}
		// The same bytes again: the object is not rewritten.
		time.Sleep(1100 * time.Millisecond) // LastModified counts seconds
		if again, _, err := s.Put(strings.NewReader("hello, bucket")); err != nil || again != sum {
			t.Fatalf("put again: %s %v", again, err)
		}
		if info2, err := admin.StatObject(ctx, srv.Bucket, key(prefix, sum), minio.StatObjectOptions{}); err != nil || !info2.LastModified.Equal(info.LastModified) {
			t.Fatalf("identical object rewritten: %v, modified %s then %s", err, info.LastModified, info2.LastModified)
		}
		if err := s.Sync(); err != nil {
			t.Fatal(err)
		}
		// An empty blob (an empty attachment) is a blob too.
		empty, n, err := s.Put(strings.NewReader(""))
		if err != nil || n != 0 {
			t.Fatalf("empty blob: %v", err)
		}
		ef, err := s.Open(empty)
		if err != nil {
			t.Fatal(err)
		}
		eb, err := io.ReadAll(ef)
		ef.Close()
		if err != nil || len(eb) != 0 {
			t.Fatalf("empty blob read back: %q %v", eb, err)
		}
		if _, err := s.Open(strings.Repeat("0", 64)); !errors.Is(err, blob.ErrNotFound) {
			t.Fatalf("open of an absent blob: %v, want ErrNotFound", err)
		}
		if err := s.Probe(); err != nil {
			t.Fatalf("probe: %v", err)
		}
	})

	t.Run("20 MB streamed both ways", func(t *testing.T) {
		prefix := srv.NewPrefix()
		s, err := blob.OpenS3(ctx, srv.Config(prefix))
		if err != nil {
			t.Fatal(err)
		}
		const size = 20 << 20
		wantSum, _ := sumOf(t, pseudo(size, 1))
		sum, n, err := s.Put(pseudo(size, 1))
		if err != nil {
			t.Fatal(err)
		}
		if sum != wantSum || n != size {
			t.Fatalf("put: %s %d, want %s %d", sum, n, wantSum, size)
		}
		f, err := s.Open(sum)
		if err != nil {
			t.Fatal(err)
		}
		st, _ := f.Stat()
		if st.Size() != size {
			t.Fatalf("stat size %d", st.Size())
		}
		if got, n := sumOf(t, f); got != sum || n != size {
			t.Fatalf("read back %s (%d bytes)", got, n)
		}
		// A range, as a download's Range request reads it.
		if _, err := f.Seek(15<<20+7, io.SeekStart); err != nil {
			t.Fatal(err)
		}
		part := make([]byte, 1000)
		if _, err := io.ReadFull(f, part); err != nil {
			t.Fatal(err)
		}
		whole, _ := io.ReadAll(pseudo(size, 1))
		if !bytes.Equal(part, whole[15<<20+7:15<<20+7+1000]) {
			t.Fatal("the range read other bytes")
		}
		f.Close()
		// The upload went through a temporary key, which is gone.
		for obj := range admin.ListObjects(ctx, srv.Bucket, minio.ListObjectsOptions{Prefix: prefix + "/tmp/", Recursive: true}) {
			t.Errorf("left behind: %s %v", obj.Key, obj.Err)
		}
		var walked []string
		if err := s.Walk(func(sum string, size int64) error { walked = append(walked, sum); return nil }); err != nil {
			t.Fatal(err)
		}
		if len(walked) != 1 || walked[0] != sum {
			t.Fatalf("walk: %v", walked)
		}
	})

	t.Run("abort leaves nothing", func(t *testing.T) {
		prefix := srv.NewPrefix()
		s, err := blob.OpenS3(ctx, srv.Config(prefix))
		if err != nil {
			t.Fatal(err)
		}
		w, err := s.Create()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(w, pseudo(12<<20, 2)); err != nil { // one part sent
			t.Fatal(err)
		}
		w.Abort()
		for obj := range admin.ListObjects(ctx, srv.Bucket, minio.ListObjectsOptions{Prefix: prefix + "/", Recursive: true}) {
			t.Errorf("left behind: %s %v", obj.Key, obj.Err)
		}
		ups, err := minio.Core{Client: admin}.ListMultipartUploads(ctx, srv.Bucket, prefix+"/", "", "", "", 100)
		if err != nil {
			t.Fatal(err)
		}
		if len(ups.Uploads) != 0 {
			t.Fatalf("multipart uploads left: %+v", ups.Uploads)
		}
	})

	t.Run("corrupted object refused on read", func(t *testing.T) {
		prefix := srv.NewPrefix()
		s, err := blob.OpenS3(ctx, srv.Config(prefix))
		if err != nil {
			t.Fatal(err)
		}
		sum, _, err := s.Put(strings.NewReader("the original message"))
		if err != nil {
			t.Fatal(err)
		}
		if _, err := admin.PutObject(ctx, srv.Bucket, key(prefix, sum), strings.NewReader("the altered message!"), 20, minio.PutObjectOptions{}); err != nil {
			t.Fatal(err)
		}
		f, err := s.Open(sum)
		if err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(f)
		f.Close()
		var bad *blob.CorruptError
		if !errors.Is(err, blob.ErrCorrupt) || !errors.As(err, &bad) || bad.Sum != sum {
			t.Fatalf("read of an altered object: %q, %v; want blob.ErrCorrupt", got, err)
		}
	})

	t.Run("object replaced while read", func(t *testing.T) {
		prefix := srv.NewPrefix()
		s, err := blob.OpenS3(ctx, srv.Config(prefix))
		if err != nil {
			t.Fatal(err)
		}
		sum, _, err := s.Put(strings.NewReader("version one of the bytes"))
		if err != nil {
			t.Fatal(err)
		}
		f, err := s.Open(sum)
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if _, err := f.Seek(8, io.SeekStart); err != nil { // the next read is a new request
			t.Fatal(err)
		}
		if _, err := admin.PutObject(ctx, srv.Bucket, key(prefix, sum), strings.NewReader("version TWO of the bytes"), 24, minio.PutObjectOptions{}); err != nil {
			t.Fatal(err)
		}
		got, err := io.ReadAll(f)
		if !errors.Is(err, blob.ErrCorrupt) {
			t.Fatalf("read after the object was replaced: %q, %v; want blob.ErrCorrupt", got, err)
		}
	})

	t.Run("remove, walk and leases", func(t *testing.T) {
		prefix := srv.NewPrefix()
		s, err := blob.OpenS3(ctx, srv.Config(prefix))
		if err != nil {
			t.Fatal(err)
		}
		a, _, err := s.Put(strings.NewReader("blob a"))
		if err != nil {
			t.Fatal(err)
		}
		// Strays are not blobs: an upload in progress, a misplaced name.
		for _, k := range []string{prefix + "/tmp/upload-x", prefix + "/00/00/notasum", prefix + "/" + a} {
			if _, err := admin.PutObject(ctx, srv.Bucket, k, strings.NewReader("x"), 1, minio.PutObjectOptions{}); err != nil {
				t.Fatal(err)
			}
		}
		lease := s.Lease()
		b, _, err := lease.Put(strings.NewReader("blob b, pinned"))
		if err != nil {
			t.Fatal(err)
		}
		sizes := map[string]int64{}
		if err := s.Walk(func(sum string, size int64) error { sizes[sum] = size; return nil }); err != nil {
			t.Fatal(err)
		}
		if len(sizes) != 2 || sizes[a] != 6 || sizes[b] != 14 {
			t.Fatalf("walk: %v", sizes)
		}
		unused := func() (bool, error) { return true, nil }
		// Collect leaves the pinned blob until the lease is released.
		if err := s.Collect(b, unused); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Open(b); err != nil {
			t.Fatalf("pinned blob collected: %v", err)
		}
		if err := lease.Release(); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Open(b); !errors.Is(err, blob.ErrNotFound) {
			t.Fatalf("after the release the unused blob stays: %v", err)
		}
		if err := s.Collect(a, unused); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Open(a); !errors.Is(err, blob.ErrNotFound) {
			t.Fatalf("collected blob still there: %v", err)
		}
		if err := s.Remove(a); err != nil {
			t.Fatalf("removing an absent blob: %v", err)
		}
	})

	t.Run("plain errors at start, never the secret", func(t *testing.T) {
		good := srv.Config(srv.NewPrefix())
		closed, _ := net.Listen("tcp", "127.0.0.1:0")
		deadEndpoint := "http://" + closed.Addr().String()
		closed.Close()
		for _, tc := range []struct {
			name  string
			edit  func(*blob.S3Config)
			words string
		}{
			{"wrong secret", func(c *blob.S3Config) { c.SecretKey = "wrong-" + c.SecretKey }, "refused the access key"},
			{"unknown access key", func(c *blob.S3Config) { c.AccessKey = "nobody-knows-me" }, "refused the access key"},
			{"unknown bucket", func(c *blob.S3Config) { c.Bucket = "no-such-bucket" }, `bucket "no-such-bucket" does not exist`},
			{"nothing listening", func(c *blob.S3Config) { c.Endpoint = deadEndpoint }, "connection refused"},
			{"plain http elsewhere", func(c *blob.S3Config) { c.Endpoint = "http://s3.example.com" }, "plain http"},
			{"no keys", func(c *blob.S3Config) { c.AccessKey, c.SecretKey = "", "" }, "AWS_ACCESS_KEY_ID"},
		} {
			t.Run(tc.name, func(t *testing.T) {
				c := good
				tc.edit(&c)
				start := time.Now()
				_, err := blob.OpenS3(ctx, c)
				if err == nil || !strings.Contains(err.Error(), tc.words) {
					t.Fatalf("got %v, want an error saying %q", err, tc.words)
				}
				for _, secret := range []string{good.SecretKey, c.SecretKey} {
					if secret != "" && strings.Contains(err.Error(), secret) {
						t.Fatalf("the error shows the secret: %v", err)
					}
				}
				if d := time.Since(start); d > 20*time.Second {
					t.Fatalf("took %s", d)
				}
				t.Logf("%v", err)
			})
		}
	})
}

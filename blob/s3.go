package blob

import (
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"io"
	"io/fs"
	"net"
	"net/url"
	"os"
	"path"
	"strings"
	"time"

	"github.com/minio/minio-go/v7"
	"github.com/minio/minio-go/v7/pkg/credentials"
	"github.com/minio/minio-go/v7/pkg/s3utils"
)

// An S3 store keeps each blob as the object PREFIX/ab/cd/<sha256> of one
// bucket: the file store's layout, so a blob directory copied into the
// bucket (or a backup's blobs/) is an S3 store, and the other way round.
// Uploads in progress live under PREFIX/tmp/ (multipart uploads of blobs
// larger than one part, the start-up write probe); a lifecycle rule on that
// prefix clears what a crash leaves (docs/scale-out.md).
//
// Pins and leases are the Store's and work the same (pin.go). Sync is a
// no-op: an object is durable when its PUT (or its upload's completion)
// answers.

// S3Config says where the bucket is and how to sign in.
type S3Config struct {
	// Endpoint is the server: https://host[:port], host[:port] (https), or
	// http://host[:port] for a loopback host or with AllowHTTP. Empty is
	// Amazon S3 (s3.amazonaws.com).
	Endpoint string
	// Bucket and Prefix are those of s3://bucket/prefix (ParseS3URL).
	Bucket, Prefix string
	// Region is optional: empty asks the server.
	Region string
	// AccessKey and SecretKey sign every request; SessionToken is for
	// temporary credentials. The secret is never logged nor in an error.
	AccessKey, SecretKey, SessionToken string
	// AllowHTTP allows plain http to a host that is not loopback.
	AllowHTTP bool
	// ReadOnly skips the start-up write test (verify, backup).
	ReadOnly bool
}

// Validate checks the settings without asking the server.
func (c S3Config) Validate() error {
	_, err := newS3(c)
	return err
}

// IsS3URL tells whether v names an S3 store (s3://bucket/prefix) rather than a directory.
func IsS3URL(v string) bool { return strings.HasPrefix(v, "s3://") }

// ParseS3URL splits s3://bucket/prefix; the prefix may be empty.
func ParseS3URL(v string) (bucket, prefix string, err error) {
	rest, ok := strings.CutPrefix(v, "s3://")
	if !ok {
		return "", "", fmt.Errorf("%q is not an s3://bucket/prefix URL", v)
	}
	bucket, prefix, _ = strings.Cut(rest, "/")
	if err := s3utils.CheckValidBucketNameStrict(bucket); err != nil {
		return "", "", fmt.Errorf("%q: %q is not a bucket name: %v", v, bucket, err)
	}
	prefix = strings.Trim(prefix, "/")
	for _, part := range strings.Split(prefix, "/") {
		if prefix != "" && (part == "" || part == "." || part == "..") {
			return "", "", fmt.Errorf("%q: the prefix %q has an empty, . or .. part", v, prefix)
		}
	}
	if strings.ContainsAny(prefix, "?#\\") || strings.ContainsFunc(prefix, func(r rune) bool { return r < ' ' }) {
		return "", "", fmt.Errorf("%q: the prefix may not contain ?, #, \\ or control characters", v)
	}
	return bucket, prefix, nil
}

// endpoint is the host[:port] to dial and whether it is https.
func (c S3Config) endpoint() (string, bool, error) {
	e := strings.TrimSpace(c.Endpoint)
	if e == "" {
		return "s3.amazonaws.com", true, nil
	}
	if !strings.Contains(e, "://") {
		e = "https://" + e
	}
	u, err := url.Parse(e)
	if err != nil || u.Host == "" || (u.Path != "" && u.Path != "/") || u.User != nil || u.RawQuery != "" || u.Fragment != "" {
		return "", false, fmt.Errorf("S3 endpoint %q is not https://host[:port]", c.Endpoint)
	}
	switch u.Scheme {
	case "https":
		return u.Host, true, nil
	case "http":
		if !c.AllowHTTP && !isLoopback(u.Hostname()) {
			return "", false, fmt.Errorf("S3 endpoint %q is plain http to a host that is not loopback: "+
				"every message would cross the network unencrypted; use https, or allow http explicitly if this network is trusted", c.Endpoint)
		}
		return u.Host, false, nil
	}
	return "", false, fmt.Errorf("S3 endpoint %q is not https://host[:port]", c.Endpoint)
}

func isLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// OpenS3 opens the store in an S3 bucket. It checks at once that the server
// answers, the bucket exists and the key may write to it, so a wrong
// endpoint, key or bucket stops the server at start with a plain error
// rather than failing every download later.
func OpenS3(ctx context.Context, cfg S3Config) (*Store, error) {
	b, err := newS3(cfg)
	if err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	if err := b.check(ctx); err != nil {
		return nil, err
	}
	return &Store{s3: b}, nil
}

type s3Store struct {
	c      *minio.Client
	core   minio.Core
	bucket string
	prefix string // "" or "some/prefix/"
	host   string // the endpoint, for messages
	secret string // scrubbed from every error text

	readOnly bool
}

func newS3(cfg S3Config) (*s3Store, error) {
	host, secure, err := cfg.endpoint()
	if err != nil {
		return nil, err
	}
	if cfg.Bucket == "" {
		return nil, errors.New("S3 store: no bucket")
	}
	if cfg.AccessKey == "" || cfg.SecretKey == "" {
		return nil, errors.New("S3 store: no access key: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY")
	}
	c, err := minio.New(host, &minio.Options{
		Creds:  credentials.NewStaticV4(cfg.AccessKey, cfg.SecretKey, cfg.SessionToken),
		Secure: secure,
		Region: cfg.Region,
		// A server that is down fails a request within seconds, not after
		// minio's ten retries.
		MaxRetries: 3,
	})
	if err != nil {
		return nil, fmt.Errorf("S3 store: %s", scrub(err.Error(), cfg.SecretKey))
	}
	prefix := strings.Trim(cfg.Prefix, "/")
	if prefix != "" {
		prefix += "/"
	}
	return &s3Store{c: c, core: minio.Core{Client: c}, bucket: cfg.Bucket, prefix: prefix, host: host, secret: cfg.SecretKey, readOnly: cfg.ReadOnly}, nil
}

// key is the object of the blob sum.
func (b *s3Store) key(sum string) string {
	if len(sum) < 4 {
		return b.prefix + "invalid"
	}
	return b.prefix + sum[:2] + "/" + sum[2:4] + "/" + sum
}

func (b *s3Store) location(sum string) string { return "s3://" + b.bucket + "/" + b.key(sum) }

// tmpKey is a fresh key under PREFIX/tmp/, which Walk never reports.
func (b *s3Store) tmpKey(what string) string {
	var r [12]byte
	rand.Read(r[:])
	return b.prefix + "tmp/" + what + "-" + hex.EncodeToString(r[:])
}

const octetStream = "application/octet-stream"

// check is the start-up test: the bucket is there and the key may write.
func (b *s3Store) check(ctx context.Context) error {
	ok, err := b.c.BucketExists(ctx, b.bucket)
	if err != nil {
		return b.fail("open the bucket", err)
	}
	if !ok {
		return fmt.Errorf("blob store (S3 %s): bucket %q does not exist: create it, or correct the s3:// URL", b.host, b.bucket)
	}
	if b.readOnly {
		return nil
	}
	probe := b.tmpKey("probe")
	if _, err := b.core.PutObject(ctx, b.bucket, probe, strings.NewReader("probe"), 5, "", "",
		minio.PutObjectOptions{ContentType: octetStream}); err != nil {
		return b.fail("write a test object into "+b.prefix+"tmp/", err)
	}
	if err := b.c.RemoveObject(ctx, b.bucket, probe, minio.RemoveObjectOptions{}); err != nil {
		return b.fail("remove the test object "+probe, err)
	}
	return nil
}

// probe is /readyz's check: the server answers and the bucket is there. Its
// errors name neither the server nor the bucket (/readyz shows them to anyone).
func (b *s3Store) probe() error {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	ok, err := b.c.BucketExists(ctx, b.bucket)
	if err != nil {
		return fmt.Errorf("blob store (S3): %s", b.reason(err, false))
	}
	if !ok {
		return errors.New("blob store (S3): the bucket does not exist")
	}
	return nil
}

// fail words an error of the S3 server or of the network, without the secret.
func (b *s3Store) fail(what string, err error) error {
	return &s3Error{msg: fmt.Sprintf("blob store (S3 %s): %s: %s", b.host, what, b.reason(err, true)), cause: err}
}

// reason is err in plain words; detailed adds the bucket and the server's message.
func (b *s3Store) reason(err error, detailed bool) string {
	r := minio.ToErrorResponse(err)
	var s string
	switch r.Code {
	case "":
		var ue *url.Error
		switch {
		case errors.Is(err, context.DeadlineExceeded):
			s = "the server did not answer in time"
		case errors.As(err, &ue) && detailed:
			s = ue.Err.Error() // without the URL of the request
		case errors.As(err, &ue):
			s = "cannot reach the server" // without its address
			var se *os.SyscallError
			if errors.As(err, &se) {
				s += ": " + se.Err.Error()
			}
		default:
			s = err.Error()
		}
	case "NoSuchBucket":
		s = "the bucket does not exist"
	case "AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "InvalidToken", "ExpiredToken",
		"InvalidSecurity", "AllAccessDisabled", "InvalidClientTokenId":
		s = "the server refused the access key (" + r.Code + ")"
		if detailed {
			s += fmt.Sprintf(": check AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and the key's rights on bucket %q", b.bucket)
		}
	default:
		s = r.Code
		if detailed && r.Message != "" {
			s += ": " + r.Message
		}
	}
	return scrub(s, b.secret)
}

// scrub removes the secret from a text: no message of an S3 server or of
// minio carries it, and this keeps it so.
func scrub(s, secret string) string {
	if secret == "" {
		return s
	}
	return strings.ReplaceAll(s, secret, "[secret]")
}

type s3Error struct {
	msg   string
	cause error
}

func (e *s3Error) Error() string { return e.msg }

// Is lets a caller tell a timeout or a cancellation, and nothing else of the
// cause (whose text is not scrubbed).
func (e *s3Error) Is(target error) bool {
	return (target == context.DeadlineExceeded || target == context.Canceled) && errors.Is(e.cause, target)
}

func notFound(err error) bool {
	r := minio.ToErrorResponse(err)
	return r.Code == "NoSuchKey" || (r.StatusCode == 404 && r.Code != "NoSuchBucket")
}

// has tells whether the blob is there with its size (then it is not
// uploaded again); a blob of another size is a damaged one, replaced.
func (b *s3Store) has(ctx context.Context, key string, size int64) bool {
	info, err := b.c.StatObject(ctx, b.bucket, key, minio.StatObjectOptions{})
	return err == nil && info.Size == size
}

func (b *s3Store) remove(sum string) error {
	if !IsSum(sum) {
		return nil // never a key of ours
	}
	if err := b.c.RemoveObject(context.Background(), b.bucket, b.key(sum), minio.RemoveObjectOptions{}); err != nil && !notFound(err) {
		return b.fail("remove "+sum, err)
	}
	return nil
}

func (b *s3Store) walk(fn func(sum string, size int64) error) error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel() // stops the listing when fn stops the walk
	for obj := range b.c.ListObjects(ctx, b.bucket, minio.ListObjectsOptions{Prefix: b.prefix, Recursive: true}) {
		if obj.Err != nil {
			return b.fail("list the bucket", obj.Err)
		}
		sum := path.Base(obj.Key)
		if !IsSum(sum) || b.key(sum) != obj.Key {
			continue // temporary uploads, strays
		}
		if err := fn(sum, obj.Size); err != nil {
			return err
		}
	}
	return nil
}

// s3PartSize is how much of a blob is held in memory before it is sent: a
// blob up to this size is one PUT to its address, a larger one a multipart
// upload to a temporary key (one part in memory at a time) copied to its
// address on Commit. S3 wants parts of 5 MiB at least.
const s3PartSize = 8 << 20

// s3Writer is the S3 side of a Writer.
type s3Writer struct {
	b      *s3Store
	buf    bytes.Buffer
	tmp    string // the temporary key, once the blob outgrew one part
	upload string // its multipart upload
	parts  []minio.CompletePart
	err    error // a part that failed: Commit fails
}

func (w *Writer) writeS3(p []byte) (int, error) {
	o := w.obj
	if o.err != nil {
		return 0, o.err
	}
	o.buf.Write(p)
	w.h.Write(p)
	w.size += int64(len(p))
	if o.buf.Len() >= s3PartSize {
		if err := o.sendPart(); err != nil {
			o.err = err
			return len(p), err
		}
	}
	return len(p), nil
}

// sendPart uploads what is held as the next part of the temporary object.
func (o *s3Writer) sendPart() error {
	ctx, b := context.Background(), o.b
	if o.upload == "" {
		o.tmp = b.tmpKey("upload")
		id, err := b.core.NewMultipartUpload(ctx, b.bucket, o.tmp, minio.PutObjectOptions{ContentType: octetStream})
		if err != nil {
			return b.fail("start an upload", err)
		}
		o.upload = id
	}
	n := len(o.parts) + 1
	part, err := b.core.PutObjectPart(ctx, b.bucket, o.tmp, o.upload, n, bytes.NewReader(o.buf.Bytes()), int64(o.buf.Len()), minio.PutObjectPartOptions{})
	if err != nil {
		return b.fail(fmt.Sprintf("upload part %d", n), err)
	}
	o.parts = append(o.parts, minio.CompletePart{PartNumber: n, ETag: part.ETag})
	o.buf.Reset()
	return nil
}

func (o *s3Writer) abort() {
	if o.upload != "" {
		_ = o.b.core.AbortMultipartUpload(context.Background(), o.b.bucket, o.tmp, o.upload)
		o.upload = ""
	}
	o.buf = bytes.Buffer{}
}

func (w *Writer) commitS3(sum string) (string, int64, error) {
	o, b, ctx := w.obj, w.obj.b, context.Background()
	fail := func(err error) (string, int64, error) {
		w.Abort()
		return "", 0, err
	}
	if o.err != nil {
		return fail(o.err)
	}
	if w.lease != nil {
		// Pinned before the object is in place: a Collect from now on leaves
		// it alone, and one that ran before has finished removing it, so the
		// check below sees what stays.
		mu := w.s.pins.lock(sum)
		mu.Lock()
		w.lease.hold(sum)
		mu.Unlock()
	}
	key := b.key(sum)
	if o.upload == "" {
		defer func() { o.buf = bytes.Buffer{} }()
		if b.has(ctx, key, w.size) {
			return sum, w.size, nil // the same bytes are there: not rewritten
		}
		// The sha256 goes with the request: the server checks the bytes it receives.
		if _, err := b.core.PutObject(ctx, b.bucket, key, bytes.NewReader(o.buf.Bytes()), w.size, "", sum,
			minio.PutObjectOptions{ContentType: octetStream}); err != nil {
			return fail(b.fail("store "+sum, err))
		}
		return sum, w.size, nil
	}
	if o.buf.Len() > 0 {
		if err := o.sendPart(); err != nil {
			return fail(err)
		}
	}
	if _, err := b.core.CompleteMultipartUpload(ctx, b.bucket, o.tmp, o.upload, o.parts, minio.PutObjectOptions{ContentType: octetStream}); err != nil {
		return fail(b.fail("complete the upload of "+sum, err))
	}
	o.upload = ""
	defer b.c.RemoveObject(ctx, b.bucket, o.tmp, minio.RemoveObjectOptions{})
	if !b.has(ctx, key, w.size) {
		if _, err := b.c.CopyObject(ctx, minio.CopyDestOptions{Bucket: b.bucket, Object: key},
			minio.CopySrcOptions{Bucket: b.bucket, Object: o.tmp}); err != nil {
			return "", 0, b.fail("move the upload to "+sum, err)
		}
	}
	return sum, w.size, nil
}

func (b *s3Store) open(sum string) (File, error) {
	if !IsSum(sum) {
		return nil, ErrNotFound
	}
	body, info, _, err := b.core.GetObject(context.Background(), b.bucket, b.key(sum), minio.GetObjectOptions{})
	if err != nil {
		if notFound(err) {
			return nil, ErrNotFound
		}
		return nil, b.fail("read "+sum, err)
	}
	return &s3File{b: b, sum: sum, info: info, body: body, h: sha256.New()}, nil
}

// s3File streams an object. Read from its start to its end, it hashes what
// it reads and fails at the end with a *CorruptError when the bytes do not
// match the address. After a Seek elsewhere than the start (a Range
// request) the bytes read are not checked; seeking back to the start checks
// again. Every request after the first asks for the same version (If-Match
// its ETag): an object replaced meanwhile fails the read as corrupt.
type s3File struct {
	b    *s3Store
	sum  string
	info minio.ObjectInfo
	body io.ReadCloser // the response being read, from pos; nil until the next Read
	pos  int64
	h    hash.Hash // of the bytes [0, pos); nil when those were not all read
}

func (f *s3File) Read(p []byte) (int, error) {
	if f.pos >= f.info.Size {
		f.closeBody()
		return 0, f.end()
	}
	if f.body == nil {
		opts := minio.GetObjectOptions{}
		if f.info.ETag != "" {
			_ = opts.SetMatchETag(f.info.ETag)
		}
		if f.pos > 0 {
			_ = opts.SetRange(f.pos, 0)
		}
		body, _, _, err := f.b.core.GetObject(context.Background(), f.b.bucket, f.b.key(f.sum), opts)
		if err != nil {
			if r := minio.ToErrorResponse(err); r.Code == "PreconditionFailed" || r.StatusCode == 412 {
				return 0, &CorruptError{Sum: f.sum, Size: f.pos}
			}
			return 0, f.b.fail("read "+f.sum, err)
		}
		f.body = body
	}
	n, err := f.body.Read(p)
	if f.h != nil {
		f.h.Write(p[:n])
	}
	f.pos += int64(n)
	if err == io.EOF {
		f.closeBody()
		if f.pos < f.info.Size {
			return n, io.ErrUnexpectedEOF
		}
		return n, f.end()
	}
	if err != nil {
		f.closeBody()
		return n, f.b.fail("read "+f.sum, err)
	}
	return n, nil
}

// end is what a read at the end answers: io.EOF, or the mismatch.
func (f *s3File) end() error {
	if f.h != nil {
		if got := hex.EncodeToString(f.h.Sum(nil)); got != f.sum {
			return &CorruptError{Sum: f.sum, Got: got, Size: f.pos}
		}
	}
	return io.EOF
}

func (f *s3File) Seek(offset int64, whence int) (int64, error) {
	var abs int64
	switch whence {
	case io.SeekStart:
		abs = offset
	case io.SeekCurrent:
		abs = f.pos + offset
	case io.SeekEnd:
		abs = f.info.Size + offset
	default:
		return f.pos, errors.New("blob: bad whence")
	}
	if abs < 0 {
		return f.pos, errors.New("blob: seek before the start")
	}
	if abs == f.pos {
		return abs, nil
	}
	f.closeBody()
	f.pos = abs
	if abs == 0 {
		f.h = sha256.New()
	} else {
		f.h = nil
	}
	return abs, nil
}

func (f *s3File) closeBody() {
	if f.body != nil {
		f.body.Close()
		f.body = nil
	}
}

func (f *s3File) Close() error {
	f.closeBody()
	return nil
}

func (f *s3File) Stat() (os.FileInfo, error) { return s3Info{f}, nil }

type s3Info struct{ f *s3File }

func (i s3Info) Name() string       { return i.f.sum }
func (i s3Info) Size() int64        { return i.f.info.Size }
func (i s3Info) Mode() fs.FileMode  { return 0o400 }
func (i s3Info) ModTime() time.Time { return i.f.info.LastModified }
func (i s3Info) IsDir() bool        { return false }
func (i s3Info) Sys() any           { return nil }

// IsS3 tells whether the store keeps its blobs in an S3 bucket.
func (s *Store) IsS3() bool { return s.s3 != nil }

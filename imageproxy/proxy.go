// Package imageproxy fetches the remote images of an email on the reader's
// behalf, so showing them tells the sender neither the reader's address nor
// the moment of reading, and the reader's browser never talks to the sender.
//
// What it fetches is bounded: public hosts only (the mail-host policy,
// checked on every address dialed, redirects included), http and https, at
// most a few redirects, a time limit, a size limit, raster image types only
// (the type the server claims and the type the bytes show must both be an
// image; SVG, which can carry script, is refused). Nothing of the reader is
// sent: no cookies, no Referer, a fixed User-Agent. Results are kept in a
// small in-memory cache bounded in bytes.
package imageproxy

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"mailroom/netpolicy"
)

// Defaults of Options.
const (
	DefaultMaxSize      = 5 << 20
	DefaultTimeout      = 10 * time.Second
	DefaultMaxRedirects = 3
	DefaultCacheBytes   = 32 << 20
	DefaultConcurrency  = 16
	// UserAgent is sent instead of the reader's.
	UserAgent = "Mailroom-ImageProxy/1.0"
)

// Errors of Get. Each says in words what was refused.
var (
	ErrBadURL   = errors.New("only http and https image addresses can be loaded")
	ErrNotImage = errors.New("the address does not return an image")
	ErrTooLarge = errors.New("the image is too large")
	ErrUpstream = errors.New("the image could not be loaded")
)

// Options tune a Proxy; the zero value takes the defaults.
type Options struct {
	// Hosts is the mail-host policy (nil: public addresses only).
	Hosts        *netpolicy.Policy
	MaxSize      int64
	Timeout      time.Duration
	MaxRedirects int
	CacheBytes   int64
	// Concurrency bounds the fetches in flight across all users.
	Concurrency int
}

// Image is a fetched image: its type as the bytes show it, and the bytes.
type Image struct {
	ContentType string
	Data        []byte
}

// Proxy fetches and caches images. It is safe for concurrent use.
type Proxy struct {
	opts   Options
	client *http.Client
	cache  *cache
	slots  chan struct{}
}

// New returns a proxy.
func New(opts Options) *Proxy {
	if opts.MaxSize <= 0 {
		opts.MaxSize = DefaultMaxSize
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxRedirects <= 0 {
		opts.MaxRedirects = DefaultMaxRedirects
	}
	if opts.CacheBytes <= 0 {
		opts.CacheBytes = DefaultCacheBytes
	}
	if opts.Concurrency <= 0 {
		opts.Concurrency = DefaultConcurrency
	}
	hosts, timeout := opts.Hosts, opts.Timeout
	transport := &http.Transport{
		Proxy: nil, // a proxy from the environment would dial for us, past the policy
		DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
			return hosts.DialContext(ctx, network, addr, timeout)
		},
		TLSHandshakeTimeout:   timeout,
		ResponseHeaderTimeout: timeout,
		MaxIdleConns:          32,
		IdleConnTimeout:       30 * time.Second,
	}
	p := &Proxy{opts: opts, cache: newCache(opts.CacheBytes), slots: make(chan struct{}, opts.Concurrency)}
	p.client = &http.Client{
		Transport: transport,
		Timeout:   timeout,
		// No Jar: no cookie is ever stored or sent.
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > opts.MaxRedirects {
				return fmt.Errorf("%w: more than %d redirects", ErrUpstream, opts.MaxRedirects)
			}
			if err := checkURL(req.URL); err != nil {
				return err
			}
			req.Header.Del("Referer") // net/http adds the previous URL
			req.Header.Del("Cookie")
			return nil
		},
	}
	return p
}

// CheckURL reports whether raw is an address the proxy would fetch.
func CheckURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return ErrBadURL
	}
	return checkURL(u)
}

func checkURL(u *url.URL) error {
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil {
		return ErrBadURL
	}
	return nil
}

// Get returns the image at rawURL, from the cache or fetched.
func (p *Proxy) Get(ctx context.Context, rawURL string) (*Image, error) {
	if err := CheckURL(rawURL); err != nil {
		return nil, err
	}
	if img, ok := p.cache.get(rawURL); ok {
		return img, nil
	}
	select {
	case p.slots <- struct{}{}:
		defer func() { <-p.slots }()
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	img, err := p.fetch(ctx, rawURL)
	if err != nil {
		return nil, err
	}
	p.cache.put(rawURL, img)
	return img, nil
}

// Cached reports whether rawURL is in the cache (no fetch is made).
func (p *Proxy) Cached(rawURL string) bool {
	_, ok := p.cache.get(rawURL)
	return ok
}

func (p *Proxy) fetch(ctx context.Context, rawURL string) (*Image, error) {
	ctx, cancel := context.WithTimeout(ctx, p.opts.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, rawURL, nil)
	if err != nil {
		return nil, ErrBadURL
	}
	req.Header.Set("User-Agent", UserAgent)
	req.Header.Set("Accept", "image/avif,image/webp,image/png,image/jpeg,image/gif,image/*;q=0.8")
	res, err := p.client.Do(req)
	if err != nil {
		if d, ok := netpolicy.Denied(err); ok {
			return nil, d
		}
		if errors.Is(err, ErrBadURL) {
			return nil, ErrBadURL
		}
		if errors.Is(err, ErrUpstream) {
			return nil, fmt.Errorf("%w: too many redirects", ErrUpstream)
		}
		return nil, fmt.Errorf("%w: the server did not answer", ErrUpstream)
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%w: the server answered %d", ErrUpstream, res.StatusCode)
	}
	if res.ContentLength > p.opts.MaxSize {
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, res.ContentLength, p.opts.MaxSize)
	}
	claimed, _, _ := mime.ParseMediaType(res.Header.Get("Content-Type"))
	if !rasterImage(claimed) {
		return nil, ErrNotImage
	}
	data, err := io.ReadAll(io.LimitReader(res.Body, p.opts.MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%w: the transfer was cut", ErrUpstream)
	}
	if int64(len(data)) > p.opts.MaxSize {
		return nil, fmt.Errorf("%w: the limit is %d bytes", ErrTooLarge, p.opts.MaxSize)
	}
	sniffed, _, _ := mime.ParseMediaType(http.DetectContentType(data))
	if !rasterImage(sniffed) {
		return nil, ErrNotImage
	}
	return &Image{ContentType: sniffed, Data: bytes.Clone(data)}, nil
}

// rasterImage accepts image types a browser renders without running code.
func rasterImage(t string) bool {
	t = strings.ToLower(t)
	return strings.HasPrefix(t, "image/") && !strings.Contains(t, "svg")
}

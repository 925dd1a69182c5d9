package server

import (
	"bytes"
	"image"
	"image/png"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
)

// imageOrigin is a sender's web server: it records what each request
// carried.
type imageOrigin struct {
	url  string
	mu   sync.Mutex
	seen []*http.Request
}

func (o *imageOrigin) requests() []*http.Request {
	o.mu.Lock()
	defer o.mu.Unlock()
	return append([]*http.Request(nil), o.seen...)
}

func startOrigin(t *testing.T, ip string, h http.Handler) *imageOrigin {
	t.Helper()
	ln, err := net.Listen("tcp", ip+":0")
	if err != nil {
		t.Skipf("listen on %s: %v", ip, err)
	}
	o := &imageOrigin{url: "http://" + ln.Addr().String()}
	srv := &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		o.mu.Lock()
		o.seen = append(o.seen, r)
		o.mu.Unlock()
		h.ServeHTTP(w, r)
	})}
	go srv.Serve(ln)
	t.Cleanup(func() { srv.Close() })
	return o
}

func pngBytes(t *testing.T) []byte {
	var b bytes.Buffer
	if err := png.Encode(&b, image.NewRGBA(image.Rect(0, 0, 2, 2))); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestImageProxy: the proxy serves an email's remote image to its readers
// only, only for URLs of that email, only images, within the size limit,
// only from hosts the policy allows (redirects included), and tells the
// sender nothing of the reader.
func TestImageProxy(t *testing.T) {
	e := newAPI(t) // the policy allows 127.0.0.1, not 127.0.0.2
	admin := e.login()
	pic := pngBytes(t)
	outside := startOrigin(t, "127.0.0.2", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write(pic)
	}))
	var origin *imageOrigin
	origin = startOrigin(t, "127.0.0.1", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/a.png":
			w.Header().Set("Content-Type", "image/png")
			w.Header().Set("Set-Cookie", "tracker=1")
			w.Write(pic)
		case "/page":
			w.Header().Set("Content-Type", "text/html")
			io.WriteString(w, "<html><script>alert(1)</script></html>")
		case "/disguised.png": // claims to be an image, is HTML
			w.Header().Set("Content-Type", "image/png")
			io.WriteString(w, "<html><script>alert(1)</script></html>")
		case "/logo.svg":
			w.Header().Set("Content-Type", "image/svg+xml")
			io.WriteString(w, `<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>`)
		case "/huge.png": // streamed, no Content-Length
			w.Header().Set("Content-Type", "image/png")
			w.Write(pic)
			chunk := make([]byte, 64<<10)
			for range 100 { // 6.4 MB
				if _, err := w.Write(chunk); err != nil {
					return
				}
			}
		case "/bounce.png":
			http.Redirect(w, r, outside.url+"/b.png", http.StatusFound)
		case "/hop":
			http.Redirect(w, r, r.URL.Path+"?n="+r.URL.Query().Get("n")+"x", http.StatusFound)
		default:
			http.NotFound(w, r)
		}
	}))
	paths := []string{"/a.png", "/page", "/disguised.png", "/logo.svg", "/huge.png", "/bounce.png", "/hop"}
	var body strings.Builder
	for _, p := range paths {
		body.WriteString(`<p><img src="` + origin.url + p + `" alt=""></p>`)
	}
	body.WriteString(`<img src="` + outside.url + `/b.png">`)
	e.appendMem("From: ann@example.com\r\nSubject: pictures\r\nMessage-ID: <pics@x>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: text/html; charset=utf-8\r\n\r\n" + body.String() + "\r\n")
	f := e.memFolder(admin)
	if r := e.gql(admin, `mutation($f:ID!){fetchEmails(folderID:$f){imported error}}`, map[string]any{"f": f}); len(r.Errors) > 0 {
		t.Fatal(r.Errors)
	}
	r := e.gql(admin, `{search(query:"pictures"){edges{node{id}}}}`, nil)
	emailID := r.Data["search"].(map[string]any)["edges"].([]any)[0].(map[string]any)["node"].(map[string]any)["id"].(string)

	get := func(tok, email, imgURL string, header http.Header) *http.Response {
		t.Helper()
		req, _ := http.NewRequest("GET", e.srv.URL+"/image-proxy?email="+email+"&url="+url.QueryEscape(imgURL), nil)
		for k, v := range header {
			req.Header[k] = v
		}
		if tok != "" {
			req.AddCookie(&http.Cookie{Name: SessionCookie, Value: tok})
		}
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { res.Body.Close() })
		return res
	}

	// The image, with the reader's cookie and Referer, which must not travel.
	res := get(admin, emailID, origin.url+"/a.png", http.Header{"Referer": {"http://mailroom.example/secret-folder"},
		"User-Agent": {"Reader's Browser/1.0"}, "Authorization": {"Bearer " + admin}})
	got, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 || !bytes.Equal(got, pic) {
		t.Fatalf("image: %d %q", res.StatusCode, got)
	}
	for k, want := range map[string]string{"Content-Type": "image/png", "X-Content-Type-Options": "nosniff",
		"Cache-Control": "private, max-age=86400", "Content-Security-Policy": "default-src 'none'"} {
		if v := res.Header.Get(k); v != want {
			t.Errorf("%s: %q, want %q", k, v, want)
		}
	}
	if res.Header.Get("Set-Cookie") != "" {
		t.Error("the sender's cookie reached the reader")
	}
	reqs := origin.requests()
	if len(reqs) != 1 {
		t.Fatalf("%d requests at the origin", len(reqs))
	}
	sent := reqs[0]
	if sent.Header.Get("Cookie") != "" || sent.Header.Get("Referer") != "" || sent.Header.Get("Authorization") != "" ||
		sent.Header.Get("User-Agent") != "Mailroom-ImageProxy/1.0" || strings.Contains(sent.RemoteAddr, "secret") {
		t.Errorf("the origin learnt about the reader: %v", sent.Header)
	}
	// Cached: the origin is not asked again.
	if res := get(admin, emailID, origin.url+"/a.png", nil); res.StatusCode != 200 || len(origin.requests()) != 1 {
		t.Errorf("second load: %d, %d requests at the origin", res.StatusCode, len(origin.requests()))
	}

	for path, want := range map[string]int{
		"/page":          http.StatusUnsupportedMediaType,
		"/disguised.png": http.StatusUnsupportedMediaType,
		"/logo.svg":      http.StatusUnsupportedMediaType,
		"/huge.png":      http.StatusRequestEntityTooLarge,
		"/bounce.png":    http.StatusForbidden, // the redirect target is not allowed
		"/hop":           http.StatusBadGateway,
		"/not-in-mail":   http.StatusNotFound,
	} {
		if res := get(admin, emailID, origin.url+path, nil); res.StatusCode != want {
			t.Errorf("%s: %d, want %d", path, res.StatusCode, want)
		}
	}
	if n := len(origin.requests()); n > 1+1+1+1+1+1+4 {
		t.Errorf("%d requests at the origin: redirects not bounded", n)
	}
	// A host the policy does not allow, though the URL is in the email.
	if res := get(admin, emailID, outside.url+"/b.png", nil); res.StatusCode != http.StatusForbidden {
		t.Errorf("disallowed host: %d", res.StatusCode)
	}
	if n := len(outside.requests()); n != 0 {
		t.Errorf("the disallowed host got %d requests", n)
	}
	for _, bad := range []string{"file:///etc/passwd", "gopher://127.0.0.1/", "http://user:pw@127.0.0.1/"} {
		if res := get(admin, emailID, bad, nil); res.StatusCode != http.StatusBadRequest {
			t.Errorf("%s: %d", bad, res.StatusCode)
		}
	}

	// Only readers of the email; only signed-in users.
	e.gql(admin, `mutation{createUser(input:{username:"eve",password:"eve-password"}){id}}`, nil)
	eve := e.gql("", `mutation{login(username:"eve",password:"eve-password"){token}}`, nil).Data["login"].(map[string]any)["token"].(string)
	if res := get(eve, emailID, origin.url+"/a.png", nil); res.StatusCode != http.StatusNotFound {
		t.Errorf("a user who cannot read the email: %d", res.StatusCode)
	}
	if res := get("", emailID, origin.url+"/a.png", nil); res.StatusCode != http.StatusUnauthorized {
		t.Errorf("anonymous: %d", res.StatusCode)
	}
	if res := get(admin, emailID, origin.url+"/a.png", http.Header{"Sec-Fetch-Site": {"cross-site"}}); res.StatusCode != http.StatusForbidden {
		t.Errorf("cross-site: %d", res.StatusCode)
	}
}

func TestHTMLHasImage(t *testing.T) {
	doc := `<p>see <a href="http://x.example/a.png">link</a></p><IMG SRC="http://x.example/i.png?a=1&amp;b=2">` +
		`<img srcset="http://x.example/s1.png 1x, http://x.example/s2.png 2x"><p>http://x.example/text.png</p>`
	for u, want := range map[string]bool{
		"http://x.example/i.png?a=1&b=2": true, "http://x.example/s2.png": true, "http://x.example/s1.png": true,
		"http://x.example/a.png": false, "http://x.example/text.png": false, "http://x.example/i.png": false,
	} {
		if got := htmlHasImage(doc, u); got != want {
			t.Errorf("%s: %v, want %v", u, got, want)
		}
	}
}

// Each user makes the server fetch a bounded number of images a minute;
// images from the cache do not count.
func TestImageProxyThrottled(t *testing.T) {
	e := newAPI(t)
	admin := e.login()
	pic := pngBytes(t)
	origin := startOrigin(t, "127.0.0.1", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "image/png")
		w.Write(pic)
	}))
	var body strings.Builder
	for i := range ImageFetchesPerMinute + 1 {
		body.WriteString(`<img src="` + origin.url + "/" + strconv.Itoa(i) + `.png">`)
	}
	e.appendMem("From: ann@example.com\r\nSubject: many\r\nMessage-ID: <many@x>\r\nMIME-Version: 1.0\r\n" +
		"Content-Type: text/html\r\n\r\n" + body.String() + "\r\n")
	f := e.memFolder(admin)
	e.gql(admin, `mutation($f:ID!){fetchEmails(folderID:$f){imported}}`, map[string]any{"f": f})
	r := e.gql(admin, `{search(query:"many"){edges{node{id}}}}`, nil)
	emailID := r.Data["search"].(map[string]any)["edges"].([]any)[0].(map[string]any)["node"].(map[string]any)["id"].(string)
	load := func(i int) int {
		req, _ := http.NewRequest("GET", e.srv.URL+"/image-proxy?email="+emailID+"&url="+
			url.QueryEscape(origin.url+"/"+strconv.Itoa(i)+".png"), nil)
		req.Header.Set("Authorization", "Bearer "+admin)
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		return res.StatusCode
	}
	for i := range ImageFetchesPerMinute {
		if s := load(i); s != 200 {
			t.Fatalf("image %d: %d", i, s)
		}
	}
	if s := load(ImageFetchesPerMinute); s != http.StatusTooManyRequests {
		t.Fatalf("image %d: %d, want 429", ImageFetchesPerMinute, s)
	}
	if s := load(0); s != 200 {
		t.Errorf("a cached image: %d", s)
	}
}

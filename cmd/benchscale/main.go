// Command benchscale is the load generator of `make bench-scale`: it seeds one
// folder with N generated emails through the real pipeline (gen-corpus into a
// private Dovecot's Maildir, then fetchEmails), starts a fresh server process
// on that data, and measures at C concurrent clients over loopback HTTP the
// first page of 50 newest (with totalCount), a page past the middle, a
// rare-word search and a common-word search. Every request it starts is
// counted in the percentiles, slow or failed, and every answer is checked
// (edge count, totalCount, the expected emails in the expected order).
//
//	benchscale -bin bin/mailroom -dovecot DIR -gen gen-corpus -n 100000 [-db URL] [-keep DIR]
package main

import (
	"bufio"
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // sizes of a PostgreSQL database
)

// The marker words: each is in exactly one set of emails the bench writes
// beside the generated corpus, so a search has a known answer.
const (
	rareWord   = "quokkarare"
	commonWord = "wombatcommon"
	rareN      = 50
	commonN    = 2000
	pageSize   = 50
)

type options struct {
	bin, dovecot, gen, db, keep, out string
	n, clients, requests, alone      int
	searchRequests                   int
	avg                              string
	pprof, pgRecreate                bool
	admin                            bool
}

func main() {
	var o options
	flag.StringVar(&o.bin, "bin", "bin/mailroom", "the mailroom binary")
	flag.StringVar(&o.dovecot, "dovecot", "", "directory of the private Dovecot (its env file)")
	flag.StringVar(&o.gen, "gen", "", "the gen-corpus binary")
	flag.StringVar(&o.db, "db", "", "database: empty for SQLite in the data directory, or a postgres:// URL")
	flag.BoolVar(&o.pgRecreate, "pg-recreate", false, "drop and create the PostgreSQL database before a cold import (only for a private cluster)")
	flag.StringVar(&o.keep, "keep", "", "keep the seeded data directory here and reuse it when it holds the same N and database")
	flag.StringVar(&o.out, "out", "", "also write the figures as JSON to this file")
	flag.IntVar(&o.n, "n", 100000, "emails in the folder (the generated corpus plus the marker emails)")
	flag.StringVar(&o.avg, "avg", "3k", "average size of a generated message (gen-corpus -avg)")
	flag.IntVar(&o.clients, "clients", 32, "concurrent clients")
	flag.IntVar(&o.requests, "requests", 1600, "requests per measurement (spread over the clients)")
	flag.IntVar(&o.searchRequests, "search-requests", 0, "requests per search measurement; 0 = -requests, -1 = no searches")
	flag.IntVar(&o.alone, "alone", 30, "sequential requests per measurement before the concurrent ones (the 'alone' figure)")
	flag.BoolVar(&o.pprof, "pprof", true, "start the server with --pprof-addr and report allocations per request")
	flag.BoolVar(&o.admin, "admin", true, "also measure as the administrator")
	flag.Parse()
	if o.searchRequests == 0 {
		o.searchRequests = o.requests
	}
	go func() { // an interrupted bench leaves no server behind
		sig := make(chan os.Signal, 1)
		signal.Notify(sig, os.Interrupt, syscall.SIGTERM)
		<-sig
		stopAll()
		os.Exit(130)
	}()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "benchscale:", err)
		os.Exit(1)
	}
}

// seedInfo is what a reused data directory remembers of its seeding.
type seedInfo struct {
	N          int     `json:"n"`
	DB         string  `json:"db"`
	FolderID   string  `json:"folderID"`
	ImportSecs float64 `json:"importSeconds"`
	ImportRSS  int64   `json:"importPeakRSSKB"`
}

const (
	adminPass  = "benchpass-admin-1"
	readerName = "reader"
	readerPass = "benchpass-reader-1"
)

func run(o options) error {
	if o.n < rareN+commonN+pageSize*2 {
		return fmt.Errorf("-n must be at least %d", rareN+commonN+pageSize*2)
	}
	dataDir := o.keep
	if dataDir == "" {
		d, err := os.MkdirTemp("", "mailroom-bench-scale-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(d)
		dataDir = filepath.Join(d, "data")
	}
	seedPath := filepath.Join(dataDir, "bench-seed.json")
	var seed seedInfo
	reused := false
	if b, err := os.ReadFile(seedPath); err == nil && json.Unmarshal(b, &seed) == nil && seed.N == o.n && seed.DB == o.db {
		reused = true
		fmt.Printf("reusing the seeded data directory %s (%d emails, imported in %.1f s)\n", dataDir, seed.N, seed.ImportSecs)
	} else {
		var err error
		if seed, err = seedFolder(o, dataDir); err != nil {
			return err
		}
		b, _ := json.MarshalIndent(seed, "", "  ")
		if err := os.WriteFile(seedPath, b, 0o644); err != nil {
			return err
		}
	}
	rep := report{N: o.n, DB: dbName(o.db), Clients: o.clients, Requests: o.requests, Reused: reused,
		ImportSecs: seed.ImportSecs, ImportRSSMB: float64(seed.ImportRSS) / 1024}
	if seed.ImportSecs > 0 {
		rep.ImportRate = float64(o.n) / seed.ImportSecs
	}
	var err error
	if rep.DBBytes, err = dbSize(o.db, dataDir); err != nil {
		return err
	}
	rep.BlobBytes = duBytes(filepath.Join(dataDir, "blobs"))

	// The query phase on a fresh server process: nothing cached from the import.
	srv, err := startServer(o, dataDir)
	if err != nil {
		return err
	}
	defer srv.stop()
	adminTok, err := srv.login("admin", adminPass)
	if err != nil {
		return err
	}
	readerTok, err := srv.login(readerName, readerPass)
	if err != nil {
		return err
	}
	ref, err := walkFolder(srv, readerTok, seed.FolderID, o.n)
	if err != nil {
		return fmt.Errorf("walking the folder: %w", err)
	}
	rss0, _ := srv.peakRSS()
	rep.StartRSSMB = float64(rss0) / 1024
	whos := []struct{ name, tok string }{{"reader (READ on the folder)", readerTok}}
	if o.admin {
		whos = append(whos, struct{ name, tok string }{"admin", adminTok})
	}
	for _, who := range whos {
		for _, sc := range scenarios(seed.FolderID, ref, o.n) {
			if sc.search && o.searchRequests < 0 {
				continue
			}
			m, err := measure(o, srv, who.tok, sc)
			if err != nil {
				return err
			}
			m.Who = who.name
			rep.Runs = append(rep.Runs, m)
			fmt.Println(m.line())
		}
	}
	rss, err := srv.peakRSS()
	if err != nil {
		return err
	}
	rep.PeakRSSMB = float64(rss) / 1024
	fmt.Println(rep.summary())
	if o.out != "" {
		b, _ := json.MarshalIndent(rep, "", "  ")
		if err := os.WriteFile(o.out, b, 0o644); err != nil {
			return err
		}
	}
	for _, m := range rep.Runs {
		if m.Failed > 0 {
			return fmt.Errorf("%d of %d answers of %q were wrong or failed (first: %s)", m.Failed, m.Count, m.Name, m.FirstError)
		}
	}
	return nil
}

func dbName(db string) string {
	if db == "" {
		return "sqlite"
	}
	return "postgres"
}

// ---- seeding -------------------------------------------------------------------

func dovecotEnv(dir string) (map[string]string, error) {
	b, err := os.ReadFile(filepath.Join(dir, "env"))
	if err != nil {
		return nil, fmt.Errorf("read the Dovecot env (start it with dovecot-up.sh): %w", err)
	}
	env := map[string]string{}
	for _, l := range strings.Split(string(b), "\n") {
		if k, v, ok := strings.Cut(l, "="); ok {
			env[k] = v
		}
	}
	return env, nil
}

// seedFolder generates the corpus into Dovecot, imports it from cold into a
// new data directory and grants the reader READ on the folder.
func seedFolder(o options, dataDir string) (seedInfo, error) {
	env, err := dovecotEnv(o.dovecot)
	if err != nil {
		return seedInfo{}, err
	}
	maildir := env["MAILDIR"]
	uid, _ := strconv.Atoi(env["MAIL_UID"])
	gid, _ := strconv.Atoi(env["MAIL_GID"])
	generated := o.n - rareN - commonN
	fmt.Printf("generating %d messages (avg %s) and %d marker messages into %s\n", generated, o.avg, rareN+commonN, maildir)
	t0 := time.Now()
	gen := exec.Command(o.gen, "-maildir", maildir, "-n", strconv.Itoa(generated), "-avg", o.avg, "-seed", "1",
		"-clean", "-uid", env["MAIL_UID"], "-gid", env["MAIL_GID"])
	gen.Stderr = os.Stderr
	if out, err := gen.Output(); err != nil {
		return seedInfo{}, fmt.Errorf("gen-corpus: %v\n%s", err, out)
	}
	if err := writeMarkers(maildir, uid, gid); err != nil {
		return seedInfo{}, err
	}
	fmt.Printf("generated in %.1f s\n", time.Since(t0).Seconds())

	if err := os.RemoveAll(dataDir); err != nil {
		return seedInfo{}, err
	}
	if err := os.MkdirAll(dataDir, 0o755); err != nil {
		return seedInfo{}, err
	}
	if o.db != "" {
		if err := emptyPostgres(o.db, o.pgRecreate); err != nil {
			return seedInfo{}, err
		}
	}
	srv, err := startServer(o, dataDir)
	if err != nil {
		return seedInfo{}, err
	}
	defer srv.stop()
	tok, err := srv.login("admin", adminPass)
	if err != nil {
		return seedInfo{}, err
	}
	var ws struct{ CreateWorkspace struct{ ID string } }
	if err := srv.query(tok, `mutation{createWorkspace(input:{title:"Bench"}){id}}`, nil, &ws); err != nil {
		return seedInfo{}, err
	}
	port, _ := strconv.Atoi(env["IMAPS_PORT"])
	cert, err := os.ReadFile(env["CERT"])
	if err != nil {
		return seedInfo{}, err
	}
	var f struct{ CreateEmailFolder struct{ ID string } }
	if err := srv.query(tok, `mutation($i:CreateEmailFolderInput!){createEmailFolder(input:$i){id}}`, map[string]any{"i": map[string]any{
		"workspaceID": ws.CreateWorkspace.ID, "title": "bench", "email": "bench@example.com", "password": env["IMAP_PASS"],
		"username": env["IMAP_USER"], "protocol": "IMAPS", "host": "127.0.0.1", "port": port, "emailsLimit": o.n,
		"push": false, "trustedCertificate": string(cert)}}, &f); err != nil {
		return seedInfo{}, err
	}
	folderID := f.CreateEmailFolder.ID
	fmt.Printf("importing %d messages from cold…\n", o.n)
	t1 := time.Now()
	imported := 0
	for {
		var r struct {
			FetchEmails struct {
				Imported, Duplicates, Failed, Remaining int
				Error                                   *string
			}
		}
		if err := srv.query(tok, `mutation($f:ID!){fetchEmails(folderID:$f){imported duplicates failed remaining error}}`,
			map[string]any{"f": folderID}, &r); err != nil {
			return seedInfo{}, err
		}
		fr := r.FetchEmails
		imported += fr.Imported
		if fr.Error != nil || fr.Failed > 0 || fr.Duplicates > 0 {
			return seedInfo{}, fmt.Errorf("fetch: %+v (error %v)", fr, deref(fr.Error))
		}
		if fr.Remaining == 0 || fr.Imported == 0 {
			break
		}
	}
	secs := time.Since(t1).Seconds()
	if imported != o.n {
		return seedInfo{}, fmt.Errorf("imported %d of %d messages", imported, o.n)
	}
	rss, _ := srv.peakRSS()
	fmt.Printf("imported %d in %.1f s (%.0f msg/s), peak RSS %.0f MB\n", imported, secs, float64(imported)/secs, float64(rss)/1024)

	var u struct{ CreateUser struct{ ID string } }
	if err := srv.query(tok, `mutation($i:CreateUserInput!){createUser(input:$i){id}}`,
		map[string]any{"i": map[string]any{"username": readerName, "password": readerPass}}, &u); err != nil {
		return seedInfo{}, err
	}
	if err := srv.query(tok, `mutation($t:ID!,$p:ID!){setPermission(targetID:$t,principalID:$p,permission:READ){id}}`,
		map[string]any{"t": folderID, "p": u.CreateUser.ID}, nil); err != nil {
		return seedInfo{}, err
	}
	return seedInfo{N: o.n, DB: o.db, FolderID: folderID, ImportSecs: secs, ImportRSS: rss}, nil
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// writeMarkers delivers the rare-word and common-word emails into the
// Maildir's new/ as a local delivery would (tmp, then rename).
func writeMarkers(maildir string, uid, gid int) error {
	base := time.Date(2021, 3, 1, 9, 0, 0, 0, time.UTC)
	write := func(name, word string, i int, at time.Time) error {
		var b bytes.Buffer
		fmt.Fprintf(&b, "From: Bench Marker <marker@bench.test>\r\nTo: bench@example.com\r\n")
		fmt.Fprintf(&b, "Subject: Marker %s %d\r\nDate: %s\r\nMessage-ID: <%s-%d@bench.test>\r\n", name, i, at.Format(time.RFC1123Z), name, i)
		fmt.Fprintf(&b, "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n")
		fmt.Fprintf(&b, "This message carries the word %s for the search benchmark.\r\n", word)
		file := fmt.Sprintf("%d.M%dP%d.bench,S=%d", at.Unix(), i, os.Getpid(), b.Len())
		tmp := filepath.Join(maildir, "tmp", file)
		if err := os.WriteFile(tmp, b.Bytes(), 0o600); err != nil {
			return err
		}
		if uid >= 0 && os.Geteuid() == 0 {
			if err := os.Chown(tmp, uid, gid); err != nil {
				return err
			}
		}
		if err := os.Chtimes(tmp, at, at); err != nil {
			return err
		}
		return os.Rename(tmp, filepath.Join(maildir, "new", file))
	}
	for i := 0; i < rareN; i++ {
		if err := write("rare", rareWord, i, base.Add(time.Duration(i)*97*time.Minute)); err != nil {
			return err
		}
	}
	for i := 0; i < commonN; i++ {
		if err := write("common", commonWord, i, base.Add(time.Duration(i)*13*time.Minute+time.Second)); err != nil {
			return err
		}
	}
	return nil
}

// emptyPostgres makes sure a cold import starts from an empty database.
func emptyPostgres(url string, recreate bool) error {
	db, err := sql.Open("pgx", url)
	if err != nil {
		return err
	}
	defer db.Close()
	var name string
	if err := db.QueryRow(`SELECT current_database()`).Scan(&name); err != nil {
		return fmt.Errorf("connect to %s: %w", redact(url), err)
	}
	var tables int
	if err := db.QueryRow(`SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'`).Scan(&tables); err != nil {
		return err
	}
	if tables == 0 {
		return nil
	}
	if !recreate {
		return fmt.Errorf("database %s is not empty: a cold import needs an empty one", name)
	}
	_, err = db.Exec(`DROP SCHEMA public CASCADE; CREATE SCHEMA public`)
	return err
}

func redact(url string) string {
	if i := strings.Index(url, "@"); i > 0 {
		if j := strings.Index(url, "://"); j > 0 && j < i {
			return url[:j+3] + "…" + url[i:]
		}
	}
	return url
}

// ---- the server process -----------------------------------------------------------

var (
	runningMu sync.Mutex
	running   = map[*server]bool{}
)

// stopAll stops every server still running.
func stopAll() {
	runningMu.Lock()
	defer runningMu.Unlock()
	for s := range running {
		s.stop()
	}
}

type server struct {
	cmd       *exec.Cmd
	url       string
	pprofURL  string
	hc        *http.Client
	logPath   string
	stopped   bool
	waitDone  chan struct{}
	waitError error
}

func freePort() (int, error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port, nil
}

func startServer(o options, dataDir string) (*server, error) {
	port, err := freePort()
	if err != nil {
		return nil, err
	}
	args := []string{"serve", "--addr", fmt.Sprintf("127.0.0.1:%d", port), "--data-dir", dataDir,
		"--allowed-mail-hosts", "127.0.0.1"}
	if o.db != "" {
		args = append(args, "--db", o.db)
	}
	s := &server{url: fmt.Sprintf("http://127.0.0.1:%d", port), logPath: dataDir + ".log", waitDone: make(chan struct{})}
	if o.pprof {
		pp, err := freePort()
		if err != nil {
			return nil, err
		}
		args = append(args, "--pprof-addr", fmt.Sprintf("127.0.0.1:%d", pp))
		s.pprofURL = fmt.Sprintf("http://127.0.0.1:%d", pp)
	}
	logFile, err := os.OpenFile(s.logPath, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, err
	}
	defer logFile.Close()
	s.cmd = exec.Command(o.bin, args...)
	s.cmd.Env = append(os.Environ(), "MAILROOM_ADMIN_PASSWORD="+adminPass, "MAILROOM_LOG_LEVEL=warn")
	s.cmd.Stdout, s.cmd.Stderr = logFile, logFile
	if err := s.cmd.Start(); err != nil {
		return nil, err
	}
	go func() { s.waitError = s.cmd.Wait(); close(s.waitDone) }()
	runningMu.Lock()
	running[s] = true
	runningMu.Unlock()
	s.hc = &http.Client{Transport: &http.Transport{MaxIdleConns: 256, MaxIdleConnsPerHost: 256, IdleConnTimeout: time.Minute}}
	deadline := time.Now().Add(5 * time.Minute) // a first start migrates and backfills
	for {
		select {
		case <-s.waitDone:
			log, _ := os.ReadFile(s.logPath)
			return nil, fmt.Errorf("the server exited: %v\n%s", s.waitError, tail(log, 2000))
		default:
		}
		if r, err := s.hc.Get(s.url + "/readyz"); err == nil {
			r.Body.Close()
			if r.StatusCode == http.StatusOK {
				return s, nil
			}
		}
		if time.Now().After(deadline) {
			s.stop()
			return nil, errors.New("the server was not ready after 5 minutes")
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func tail(b []byte, n int) []byte {
	if len(b) > n {
		return b[len(b)-n:]
	}
	return b
}

func (s *server) stop() {
	if s.stopped {
		return
	}
	s.stopped = true
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.waitDone:
	case <-time.After(60 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.waitDone
	}
}

// peakRSS is the server's VmHWM in KiB.
func (s *server) peakRSS() (int64, error) { return procStatus(s.cmd.Process.Pid, "VmHWM:") }

func procStatus(pid int, key string) (int64, error) {
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), key); ok {
			return strconv.ParseInt(strings.Fields(rest)[0], 10, 64)
		}
	}
	return 0, fmt.Errorf("no %s in /proc/%d/status", key, pid)
}

// cpuTime is the server's user+system CPU time.
func (s *server) cpuTime() time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", s.cmd.Process.Pid))
	if err != nil {
		return 0
	}
	// Fields after the command name in parentheses: utime is the 14th field, stime the 15th.
	i := bytes.LastIndexByte(b, ')')
	f := strings.Fields(string(b[i+2:]))
	ut, _ := strconv.ParseInt(f[11], 10, 64)
	st, _ := strconv.ParseInt(f[12], 10, 64)
	const ticks = 100 // USER_HZ on Linux
	return time.Duration(ut+st) * time.Second / ticks
}

// memStats reads the server's Mallocs and TotalAlloc from the pprof heap page.
func (s *server) memStats() (mallocs, bytes int64, ok bool) {
	if s.pprofURL == "" {
		return 0, 0, false
	}
	r, err := s.hc.Get(s.pprofURL + "/debug/pprof/heap?debug=1")
	if err != nil {
		return 0, 0, false
	}
	defer r.Body.Close()
	sc := bufio.NewScanner(r.Body)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		l := sc.Text()
		if v, found := strings.CutPrefix(l, "# Mallocs = "); found {
			mallocs, _ = strconv.ParseInt(v, 10, 64)
		}
		if v, found := strings.CutPrefix(l, "# TotalAlloc = "); found {
			bytes, _ = strconv.ParseInt(v, 10, 64)
		}
	}
	return mallocs, bytes, mallocs > 0
}

type gqlError struct {
	Message string `json:"message"`
}

func (s *server) query(tok, q string, vars map[string]any, out any) error {
	body, _ := json.Marshal(map[string]any{"query": q, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, s.url+"/query", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if tok != "" {
		req.Header.Set("Authorization", "Bearer "+tok)
	}
	r, err := s.hc.Do(req)
	if err != nil {
		return err
	}
	defer r.Body.Close()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		return err
	}
	var resp struct {
		Data   json.RawMessage `json:"data"`
		Errors []gqlError      `json:"errors"`
	}
	if err := json.Unmarshal(b, &resp); err != nil {
		return fmt.Errorf("HTTP %d: %.200s", r.StatusCode, b)
	}
	if len(resp.Errors) > 0 {
		return fmt.Errorf("graphql: %s", resp.Errors[0].Message)
	}
	if out != nil {
		return json.Unmarshal(resp.Data, out)
	}
	return nil
}

func (s *server) login(user, pass string) (string, error) {
	var r struct{ Login struct{ Token string } }
	err := s.query("", `mutation($u:String!,$p:String!){login(username:$u,password:$p){token}}`,
		map[string]any{"u": user, "p": pass}, &r)
	return r.Login.Token, err
}

// ---- sizes ------------------------------------------------------------------------

func duBytes(path string) int64 {
	var total int64
	_ = filepath.Walk(path, func(_ string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() {
			total += info.Size()
		}
		return nil
	})
	return total
}

func dbSize(db, dataDir string) (int64, error) {
	if db == "" {
		var total int64
		for _, suffix := range []string{"", "-wal", "-shm"} {
			if fi, err := os.Stat(filepath.Join(dataDir, "mailroom.db"+suffix)); err == nil {
				total += fi.Size()
			}
		}
		return total, nil
	}
	c, err := sql.Open("pgx", db)
	if err != nil {
		return 0, err
	}
	defer c.Close()
	var n int64
	err = c.QueryRow(`SELECT pg_database_size(current_database())`).Scan(&n)
	return n, err
}

// ---- the reference walk -------------------------------------------------------------

// entry is one email of the folder in the order of the first page.
type entry struct {
	ID, MessageID, Cursor string
}

// walkFolder pages through the whole folder once (newest first, 500 a page),
// checking that it lists N distinct emails: the answers of the measured
// requests are checked against it.
func walkFolder(s *server, tok, folderID string, n int) ([]entry, error) {
	t0 := time.Now()
	var ref []entry
	seen := map[string]bool{}
	var after *string
	for {
		var r struct {
			Node struct {
				Emails struct {
					TotalCount int
					PageInfo   struct {
						HasNextPage bool
						EndCursor   *string
					}
					Edges []struct {
						Cursor string
						Node   struct {
							ID        string
							MessageID *string
						}
					}
				}
			}
		}
		err := s.query(tok, `query($id:ID!,$after:Cursor){node(id:$id){... on EmailFolder{emails(first:500,after:$after){
			totalCount pageInfo{hasNextPage endCursor} edges{cursor node{id messageID}}}}}}`,
			map[string]any{"id": folderID, "after": after}, &r)
		if err != nil {
			return nil, err
		}
		c := r.Node.Emails
		if c.TotalCount != n {
			return nil, fmt.Errorf("totalCount %d, want %d", c.TotalCount, n)
		}
		for _, e := range c.Edges {
			if seen[e.Node.ID] {
				return nil, fmt.Errorf("email %s listed twice", e.Node.ID)
			}
			seen[e.Node.ID] = true
			ref = append(ref, entry{ID: e.Node.ID, MessageID: deref(e.Node.MessageID), Cursor: e.Cursor})
		}
		if !c.PageInfo.HasNextPage {
			break
		}
		after = c.PageInfo.EndCursor
	}
	if len(ref) != n {
		return nil, fmt.Errorf("the walk listed %d emails, want %d", len(ref), n)
	}
	fmt.Printf("walked the folder (%d emails) in %.1f s\n", len(ref), time.Since(t0).Seconds())
	return ref, nil
}

// ---- the measurements -----------------------------------------------------------------

// scenario is one request shape and the check of its answer.
type scenario struct {
	name   string
	search bool
	query  string
	vars   map[string]any
	check  func(json.RawMessage) error
}

// The folder page the web UI asks for (FolderContent.tsx with EmailRowFields).
const folderPageQuery = `query FolderEmails($id: ID!, $first: Int, $after: Cursor) {
  node(id: $id) { __typename ... on EmailFolder { id
    emails(first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { cursor node { id subject from { name address } sentAt importedAt attachmentCount parseError tags } }
    } } } }`

const searchQuery = `query Search($q: String!, $folder: ID, $first: Int) {
  search(query: $q, folderID: $folder, first: $first) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id subject from { name address } sentAt importedAt attachmentCount } }
  } }`

type connAnswer struct {
	TotalCount int
	PageInfo   struct{ HasNextPage bool }
	Edges      []struct{ Node struct{ ID string } }
}

func checkConn(c connAnswer, total int, want []entry) error {
	if c.TotalCount != total {
		return fmt.Errorf("totalCount %d, want %d", c.TotalCount, total)
	}
	if len(c.Edges) != len(want) {
		return fmt.Errorf("%d edges, want %d", len(c.Edges), len(want))
	}
	for i, e := range c.Edges {
		if e.Node.ID != want[i].ID {
			return fmt.Errorf("edge %d is %s, want %s", i, e.Node.ID, want[i].ID)
		}
	}
	if c.PageInfo.HasNextPage != (total > len(want)) && len(want) == pageSize {
		return fmt.Errorf("hasNextPage %v", c.PageInfo.HasNextPage)
	}
	return nil
}

func scenarios(folderID string, ref []entry, n int) []scenario {
	folderCheck := func(want []entry) func(json.RawMessage) error {
		return func(data json.RawMessage) error {
			var r struct{ Node struct{ Emails connAnswer } }
			if err := json.Unmarshal(data, &r); err != nil {
				return err
			}
			return checkConn(r.Node.Emails, n, want)
		}
	}
	marked := func(prefix string) []entry {
		var out []entry
		for _, e := range ref {
			if strings.HasPrefix(e.MessageID, "<"+prefix+"-") || strings.HasPrefix(e.MessageID, prefix+"-") {
				out = append(out, e)
			}
		}
		return out
	}
	searchCheck := func(all []entry) func(json.RawMessage) error {
		return func(data json.RawMessage) error {
			var r struct{ Search connAnswer }
			if err := json.Unmarshal(data, &r); err != nil {
				return err
			}
			return checkConn(r.Search, len(all), all[:min(pageSize, len(all))])
		}
	}
	mid := n / 2
	rare, common := marked("rare"), marked("common")
	return []scenario{
		{"first page of 50 newest", false, folderPageQuery, map[string]any{"id": folderID, "first": pageSize}, folderCheck(ref[:pageSize])},
		{fmt.Sprintf("page past email %d", mid), false, folderPageQuery, map[string]any{"id": folderID, "first": pageSize, "after": ref[mid-1].Cursor},
			folderCheck(ref[mid : mid+pageSize])},
		{fmt.Sprintf("search, a word in %d emails", len(rare)), true, searchQuery, map[string]any{"q": rareWord, "folder": folderID, "first": pageSize}, searchCheck(rare)},
		{fmt.Sprintf("search, a word in %d emails", len(common)), true, searchQuery, map[string]any{"q": commonWord, "folder": folderID, "first": pageSize}, searchCheck(common)},
	}
}

type measurement struct {
	Name, Who             string
	Clients, Alone        int
	Count, Failed         int
	FirstError            string
	AloneP50Ms            float64
	P50Ms, P95Ms          float64
	P99Ms, MaxMs          float64
	PerSecond             float64
	CPUMsPerReq           float64
	AllocsPerReq          float64
	AllocKBPerReq         float64
	LoadBefore, LoadAfter string
}

func (m measurement) line() string {
	s := fmt.Sprintf("%-27s %-30s alone p50 %7.1f ms | %d clients: p50 %7.1f  p95 %7.1f  p99 %7.1f  max %7.1f ms, %5.0f req/s, %d+%d requests, %d failed | server CPU %.2f ms/req",
		m.Who, m.Name, m.AloneP50Ms, m.Clients, m.P50Ms, m.P95Ms, m.P99Ms, m.MaxMs, m.PerSecond, m.Alone, m.Count, m.Failed, m.CPUMsPerReq)
	if m.AllocsPerReq > 0 {
		s += fmt.Sprintf(", %.0f allocs (%.0f KB)/req", m.AllocsPerReq, m.AllocKBPerReq)
	}
	return s + fmt.Sprintf(" | load %s → %s", m.LoadBefore, m.LoadAfter)
}

func loadavg() string {
	b, _ := os.ReadFile("/proc/loadavg")
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "?"
	}
	return strings.Join(f[:3], " ")
}

func percentile(sorted []time.Duration, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted))*p+0.999999) - 1 // nearest rank
	i = min(max(i, 0), len(sorted)-1)
	return float64(sorted[i]) / float64(time.Millisecond)
}

// measure runs sc alone (sequentially) and then at o.clients concurrent
// clients for o.requests requests. Every request started is in the
// percentiles; a wrong answer or an error counts as failed.
func measure(o options, s *server, tok string, sc scenario) (measurement, error) {
	m := measurement{Name: sc.name, Clients: o.clients, Alone: o.alone}
	var mu sync.Mutex
	fail := func(err error) {
		mu.Lock()
		defer mu.Unlock()
		m.Failed++
		if m.FirstError == "" {
			m.FirstError = err.Error()
		}
	}
	one := func() time.Duration {
		t := time.Now()
		var data json.RawMessage
		err := s.query(tok, sc.query, sc.vars, &data)
		d := time.Since(t)
		if err == nil {
			err = sc.check(data)
		}
		if err != nil {
			fail(err)
		}
		return d
	}
	alone := make([]time.Duration, o.alone)
	for i := range alone {
		alone[i] = one()
	}
	slices.Sort(alone)
	m.AloneP50Ms = percentile(alone, 0.5)

	m.LoadBefore = loadavg()
	cpu0 := s.cpuTime()
	mal0, by0, memOK := s.memStats()
	requests := o.requests
	if sc.search {
		requests = o.searchRequests
	}
	lat := make([]time.Duration, requests)
	var next atomic.Int64
	var wg sync.WaitGroup
	t0 := time.Now()
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for c := 0; c < o.clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1)) - 1
				if i >= len(lat) {
					return
				}
				lat[i] = one()
			}
		}()
	}
	wg.Wait()
	wall := time.Since(t0)
	cpu := s.cpuTime() - cpu0
	mal1, by1, _ := s.memStats()
	m.LoadAfter = loadavg()
	m.Count = len(lat)
	slices.Sort(lat)
	m.P50Ms, m.P95Ms, m.P99Ms = percentile(lat, 0.50), percentile(lat, 0.95), percentile(lat, 0.99)
	m.MaxMs = float64(lat[len(lat)-1]) / float64(time.Millisecond)
	m.PerSecond = float64(len(lat)) / wall.Seconds()
	m.CPUMsPerReq = float64(cpu) / float64(time.Millisecond) / float64(len(lat))
	if memOK {
		m.AllocsPerReq = float64(mal1-mal0) / float64(len(lat))
		m.AllocKBPerReq = float64(by1-by0) / 1024 / float64(len(lat))
	}
	return m, nil
}

// ---- the report ------------------------------------------------------------------------

type report struct {
	N, Clients, Requests int
	DB                   string
	Reused               bool
	ImportSecs           float64
	ImportRate           float64
	ImportRSSMB          float64
	DBBytes, BlobBytes   int64
	StartRSSMB           float64
	PeakRSSMB            float64
	Runs                 []measurement
}

func (r report) summary() string {
	imp := "import: not measured in this run (reused data directory)"
	if r.ImportSecs > 0 {
		imp = fmt.Sprintf("import from cold: %.1f s, %.0f msg/s, importer peak RSS %.0f MB", r.ImportSecs, r.ImportRate, r.ImportRSSMB)
		if r.Reused {
			imp += " (measured when the data directory was seeded)"
		}
	}
	return fmt.Sprintf("%d emails on %s, %d clients, %d requests per measurement\n%s\ndatabase %.0f MB, blobs %.0f MB\nserver peak RSS (VmHWM) %.0f MB under the load (%.0f MB after the walk)",
		r.N, r.DB, r.Clients, r.Requests, imp, float64(r.DBBytes)/1e6, float64(r.BlobBytes)/1e6, r.PeakRSSMB, r.StartRSSMB)
}

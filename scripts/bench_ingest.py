#!/usr/bin/env python3
"""Timing half of `make bench-ingest` (see scripts/bench-ingest.sh for the options)."""
import argparse, base64, imaplib, json, math, os, resource, shutil, signal, socket, ssl, statistics, subprocess, threading, time, urllib.request

ap = argparse.ArgumentParser()
ap.add_argument("--bin", required=True)
ap.add_argument("--base", required=True)
ap.add_argument("--dovecot", required=True)
ap.add_argument("--gen", required=True, help="gen-corpus binary")
ap.add_argument("--rawfetch", required=True, help="rawfetch binary (the protocol limit)")
ap.add_argument("--maildir", required=True)
ap.add_argument("--mail-uid", default="-1")
ap.add_argument("--mail-gid", default="-1")
ap.add_argument("--n", type=int, default=2000)
ap.add_argument("--rounds", type=int, default=3)
ap.add_argument("--corpora", default="50k,5k")
ap.add_argument("--db", default="sqlite", choices=["sqlite", "postgres", "both"])
ap.add_argument("--pg", default="", help="postgres://user@host:port of a private server (a database per round)")
ap.add_argument("--psql", default="psql")
ap.add_argument("--profile", default="", help="directory for CPU and allocation profiles of one more round")
ap.add_argument("--skip-rss", action="store_true")
a = ap.parse_args()
# The private Dovecot is on loopback, which Mailroom reaches only when allowed.
os.environ.setdefault("MAILROOM_ALLOWED_MAIL_HOSTS", "127.0.0.1")
env = dict(l.strip().split("=", 1) for l in open(a.dovecot + "/env") if "=" in l)
port = int(env["IMAPS_PORT"])
ctx = ssl.create_default_context(cafile=env["CERT"])
TICK = os.sysconf("SC_CLK_TCK")
DBS = ["sqlite", "postgres"] if a.db == "both" else [a.db]


def imap(user="bench", pw="benchpass"):
    m = imaplib.IMAP4_SSL("127.0.0.1", port, ssl_context=ctx)
    m.login(user, pw)
    return m


def clear_seen():
    m = imap()
    m.select("INBOX")
    m.store("1:*", "-FLAGS.SILENT", "(\\Seen)")
    typ, data = m.search(None, "UNSEEN")
    m.logout()
    return len(data[0].split())


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def rawfetch_round():
    """The protocol limit: the same messages fetched and discarded by a Go client."""
    c0, t0 = children_cpu(), time.monotonic()
    r = subprocess.run([a.rawfetch, "-addr", f"127.0.0.1:{port}", "-cafile", env["CERT"], "-expect", str(a.n), "-q"],
                       capture_output=True, text=True)
    dt, cpu = time.monotonic() - t0, children_cpu() - c0
    if r.returncode != 0:
        raise SystemExit("rawfetch failed: " + r.stderr[-2000:])
    return a.n, dt, cpu


def mbsync_round(i):
    local = os.path.join(a.base, f"mbsync-{i}")
    shutil.rmtree(local, ignore_errors=True)
    os.makedirs(local)
    conf = os.path.join(a.base, "mbsyncrc")
    with open(conf, "w") as f:
        f.write(f"""FSync yes

IMAPAccount bench
Host localhost
Port {port}
User bench
Pass benchpass
TLSType IMAPS
CertificateFile {env['CERT']}

IMAPStore remote
Account bench

MaildirStore local
Path {local}/
Inbox {local}/INBOX

Channel bench
Far :remote:INBOX
Near :local:INBOX
Sync Pull
Create Near
SyncState *
""")
    c0, t0 = children_cpu(), time.monotonic()
    r = subprocess.run(["mbsync", "-c", conf, "bench"], capture_output=True, text=True)
    dt, cpu = time.monotonic() - t0, children_cpu() - c0
    if r.returncode != 0:
        # isync < 1.4 spells TLSType as SSLType
        txt = open(conf).read().replace("TLSType IMAPS", "SSLType IMAPS")
        open(conf, "w").write(txt)
        shutil.rmtree(local)
        os.makedirs(local)
        c0, t0 = children_cpu(), time.monotonic()
        r = subprocess.run(["mbsync", "-c", conf, "bench"], capture_output=True, text=True)
        dt, cpu = time.monotonic() - t0, children_cpu() - c0
        if r.returncode != 0:
            raise SystemExit("mbsync failed: " + r.stderr[-2000:])
    got = len(os.listdir(os.path.join(local, "INBOX", "cur"))) + len(os.listdir(os.path.join(local, "INBOX", "new")))
    shutil.rmtree(local, ignore_errors=True)
    return got, dt, cpu


def psql(sql):
    subprocess.run([a.psql, "-q", "-d", a.pg + "/postgres", "-c", sql], check=True, capture_output=True)


class Server:
    def __init__(self, data, db_url="", pprof_port=0):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        e = dict(os.environ, MAILROOM_ADMIN_PASSWORD="benchpass-1", MAILROOM_LOG_LEVEL=os.environ.get("MAILROOM_LOG_LEVEL", "warn"))
        args = [a.bin, "serve", "--addr", f"127.0.0.1:{self.port}", "--data-dir", data]
        if db_url:
            args += ["--db", db_url]
        if pprof_port:
            args += ["--pprof-addr", f"127.0.0.1:{pprof_port}"]
        os.makedirs(os.path.dirname(data), exist_ok=True)
        self.p = subprocess.Popen(args, env=e, stdout=subprocess.DEVNULL, stderr=open(data + ".log", "w"))
        for _ in range(600):
            try:
                urllib.request.urlopen(self.url + "/healthz", timeout=1)
                break
            except Exception:
                if self.p.poll() is not None:
                    raise SystemExit(f"server exited: see {data}.log")
                time.sleep(0.05)
        self.tok = self.q('mutation{login(username:"admin",password:"benchpass-1"){token}}')["login"]["token"]

    def q(self, query, v=None):
        req = urllib.request.Request(self.url + "/query", data=json.dumps({"query": query, "variables": v or {}}).encode(),
                                     headers={"Content-Type": "application/json"})
        if getattr(self, "tok", None):
            req.add_header("Authorization", "Bearer " + self.tok)
        r = json.loads(urllib.request.urlopen(req, timeout=3600).read())
        if r.get("errors"):
            raise SystemExit(f"graphql: {r['errors']}")
        return r["data"]

    def folder(self, user, pw, limit):
        ws = self.q('mutation{createWorkspace(input:{title:"Bench"}){id}}')["createWorkspace"]["id"]
        cert = open(env["CERT"]).read()
        return self.q("mutation($i:CreateEmailFolderInput!){createEmailFolder(input:$i){id}}", {"i": {
            "workspaceID": ws, "title": user, "email": user + "@example.com", "password": pw, "protocol": "IMAPS",
            "host": "127.0.0.1", "port": port, "emailsLimit": limit, "trustedCertificate": cert}})["createEmailFolder"]["id"]

    def fetch(self, fid):
        return self.q("mutation($f:ID!){fetchEmails(folderID:$f){imported duplicates failed remaining error}}", {"f": fid})["fetchEmails"]

    def cpu(self):
        """utime+stime of the server process in seconds (/proc/PID/stat fields 14 and 15)."""
        st = open(f"/proc/{self.p.pid}/stat").read()
        f = st[st.rindex(")") + 2:].split()
        return (int(f[11]) + int(f[12])) / TICK

    def rss(self):
        st = dict(l.split(":", 1) for l in open(f"/proc/{self.p.pid}/status"))
        return int(st["VmRSS"].split()[0]), int(st["VmHWM"].split()[0])

    def stop(self):
        self.p.send_signal(signal.SIGTERM)
        self.p.wait(30)


def get(url, path, timeout=600):
    with urllib.request.urlopen(url, timeout=timeout) as r, open(path, "wb") as f:
        shutil.copyfileobj(r, f)


def mailroom_round(i, db, profile=None):
    """One fetch of the whole corpus on a fresh server, data directory and
    database. With profile=(dir, name, seconds), the server runs with the
    profiler and the fetch is profiled."""
    data = os.path.join(a.base, "mailroom", f"{db}-{i}")
    shutil.rmtree(data, ignore_errors=True)
    db_url = ""
    if db == "postgres":
        name = f"bench_{i}"
        psql(f"DROP DATABASE IF EXISTS {name}")
        psql(f"CREATE DATABASE {name}")
        db_url = f"{a.pg}/{name}?sslmode=disable"
    pp = free_port() if profile else 0
    s = Server(data, db_url, pp)
    try:
        fid = s.folder("bench", "benchpass", a.n)
        th = None
        if profile:
            pdir, pname, secs = profile
            base = f"http://127.0.0.1:{pp}/debug/pprof"
            get(base + "/allocs?gc=1", os.path.join(pdir, f"allocs-{pname}-before.pprof"))
            # A CPU profile counts only the time the process runs: the idle
            # seconds after the fetch add no samples.
            th = threading.Thread(target=get, args=(f"{base}/profile?seconds={secs}", os.path.join(pdir, f"cpu-{pname}.pprof")))
            th.start()
            time.sleep(0.2)
        c0, t0 = s.cpu(), time.monotonic()
        rep = s.fetch(fid)
        dt, cpu = time.monotonic() - t0, s.cpu() - c0
        if th:
            get(base + "/allocs?gc=1", os.path.join(pdir, f"allocs-{pname}.pprof"))
            th.join()
    finally:
        s.stop()
    shutil.rmtree(data, ignore_errors=True)
    if db == "postgres":
        psql(f"DROP DATABASE IF EXISTS bench_{i}")
    if rep["error"] or rep["imported"] != a.n:
        raise SystemExit(f"mailroom round {i} ({db}): {rep}")
    return rep["imported"], dt, cpu


def line(what, got, dt, cpu):
    print(f"  {what:<17} {got} msgs in {dt:6.2f} s = {got / dt:5.0f} msg/s, CPU {cpu / got * 1000:5.2f} s/1,000 msgs", flush=True)


def top(pdir, name, extra=()):
    """Prints the top entries of a saved profile (go tool pprof -top)."""
    r = subprocess.run(["go", "tool", "pprof", "-top", "-nodecount=15", *extra, a.bin, os.path.join(pdir, name)],
                       capture_output=True, text=True)
    print(f"--- go tool pprof -top {' '.join(extra)} {name}")
    print("\n".join(r.stdout.splitlines()[:22]) or r.stderr[-1000:], flush=True)


def med(xs):
    return statistics.median(xs) if xs else float("nan")


summary = []
for avg in a.corpora.split(","):
    print(f"\ncorpus {avg}: generating {a.n} messages (avg {avg}) into {a.maildir}", flush=True)
    subprocess.run([a.gen, "-maildir", a.maildir, "-n", str(a.n), "-avg", avg, "-seed", "1", "-clean",
                    "-uid", a.mail_uid, "-gid", a.mail_gid], check=True, stdout=subprocess.DEVNULL)
    rates = {"limit": [], "mbsync": [], **{db: [] for db in DBS}}
    cpus = {k: [] for k in rates}
    secs = {db: [] for db in DBS}
    for i in range(a.rounds):
        print(f"round {i + 1}:", flush=True)
        assert clear_seen() == a.n
        got, dt, cpu = rawfetch_round()
        rates["limit"].append(got / dt); cpus["limit"].append(cpu / got * 1000)
        line("limit (rawfetch)", got, dt, cpu)
        assert clear_seen() == a.n
        got, dt, cpu = mbsync_round(i)
        rates["mbsync"].append(got / dt); cpus["mbsync"].append(cpu / got * 1000)
        line("mbsync", got, dt, cpu)
        for db in DBS:
            assert clear_seen() == a.n
            got, dt, cpu = mailroom_round(i, db)
            rates[db].append(got / dt); cpus[db].append(cpu / got * 1000); secs[db].append(dt)
            line(f"mailroom {db}", got, dt, cpu)
    lim, mb = med(rates["limit"]), med(rates["mbsync"])
    print(f"median of {a.rounds} ({avg}, load average {' '.join(f'{x:.2f}' for x in os.getloadavg())}):")
    print(f"  limit {lim:.0f} msg/s (client CPU {med(cpus['limit']):.2f} s/1,000), mbsync {mb:.0f} msg/s (CPU {med(cpus['mbsync']):.2f} s/1,000)")
    for db in DBS:
        mr = med(rates[db])
        print(f"  mailroom {db}: {mr:.0f} msg/s, server CPU {med(cpus[db]):.2f} s/1,000 msgs, "
              f"mailroom/mbsync = {mr / mb:.2f}x, mailroom/limit = {mr / lim:.2f}x", flush=True)
        summary.append((avg, db, mr, mb, lim, med(cpus[db])))
    if a.profile:
        os.makedirs(a.profile, exist_ok=True)
        for db in DBS:
            assert clear_seen() == a.n
            name = f"{avg}-{db}"
            mailroom_round(a.rounds, db, (a.profile, name, math.ceil(med(secs[db]) * 3) + 3))
            top(a.profile, f"cpu-{name}.pprof")
            top(a.profile, f"allocs-{name}.pprof", ("-sample_index=alloc_space", "-diff_base", os.path.join(a.profile, f"allocs-{name}-before.pprof")))

print("\nsummary (median msg/s; server CPU s per 1,000 messages):")
for avg, db, mr, mb, lim, cpu in summary:
    print(f"  {avg:>4} {db:<8} mailroom {mr:5.0f}  mbsync {mb:5.0f}  limit {lim:5.0f}  "
          f"mailroom/mbsync {mr / mb:.2f}x  mailroom/limit {mr / lim:.2f}x  CPU {cpu:.2f}")

if not a.skip_rss:
    # One message with a 100 MB attachment, for alice.
    m = imap("alice", "alicepass")
    typ, cnt = m.select("INBOX")
    if int(cnt[0]) > 0:
        m.store("1:*", "+FLAGS.SILENT", "(\\Deleted)")
        m.expunge()
    blob = os.urandom(100 * 1024 * 1024)
    b64 = base64.encodebytes(blob).replace(b"\n", b"\r\n")
    raw = (b"From: Big <big@example.com>\r\nTo: alice@example.com\r\nSubject: 100 MB attachment\r\n"
           b"Message-ID: <big-100mb@example.com>\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=BIG\r\n\r\n--BIG\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
           b"--BIG\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n"
           b"Content-Disposition: attachment; filename=\"big.bin\"\r\n\r\n" + b64 + b"--BIG--\r\n")
    del blob, b64
    m.append("INBOX", "", imaplib.Time2Internaldate(time.time()), raw)
    m.logout()
    size = len(raw)
    del raw
    data = os.path.join(a.base, "mailroom-rss")
    shutil.rmtree(data, ignore_errors=True)
    s = Server(data)
    try:
        fid = s.folder("alice", "alicepass", 10)
        time.sleep(1)
        idle, _ = s.rss()
        # Reset the peak (VmHWM) so start-up and sign-in do not count.
        with open(f"/proc/{s.p.pid}/clear_refs", "w") as f:
            f.write("5")
        rep = s.fetch(fid)
        _, peak = s.rss()
    finally:
        s.stop()
    shutil.rmtree(data, ignore_errors=True)
    print(f"100 MB attachment ({size / 1e6:.0f} MB message): imported={rep['imported']} error={rep['error']}; "
          f"RSS idle {idle / 1024:.0f} MB, peak {peak / 1024:.0f} MB, peak above idle {(peak - idle) / 1024:.0f} MB")

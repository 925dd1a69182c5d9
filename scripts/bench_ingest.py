#!/usr/bin/env python3
"""Timing half of `make bench-ingest` (see scripts/bench-ingest.sh)."""
import argparse, base64, imaplib, json, os, shutil, signal, socket, ssl, statistics, subprocess, time, urllib.request

ap = argparse.ArgumentParser()
ap.add_argument("--bin", required=True)
ap.add_argument("--base", required=True)
ap.add_argument("--dovecot", required=True)
ap.add_argument("--n", type=int, default=2000)
ap.add_argument("--rounds", type=int, default=3)
ap.add_argument("--skip-rss", action="store_true")
a = ap.parse_args()
# The private Dovecot is on loopback, which Mailroom reaches only when allowed.
os.environ.setdefault("MAILROOM_ALLOWED_MAIL_HOSTS", "127.0.0.1")
env = dict(l.strip().split("=", 1) for l in open(a.dovecot + "/env") if "=" in l)
port = int(env["IMAPS_PORT"])
ctx = ssl.create_default_context(cafile=env["CERT"])


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
    t0 = time.monotonic()
    r = subprocess.run(["mbsync", "-c", conf, "bench"], capture_output=True, text=True)
    dt = time.monotonic() - t0
    if r.returncode != 0:
        # isync < 1.4 spells TLSType as SSLType
        txt = open(conf).read().replace("TLSType IMAPS", "SSLType IMAPS")
        open(conf, "w").write(txt)
        shutil.rmtree(local)
        os.makedirs(local)
        t0 = time.monotonic()
        r = subprocess.run(["mbsync", "-c", conf, "bench"], capture_output=True, text=True)
        dt = time.monotonic() - t0
        if r.returncode != 0:
            raise SystemExit("mbsync failed: " + r.stderr[-2000:])
    got = len(os.listdir(os.path.join(local, "INBOX", "cur"))) + len(os.listdir(os.path.join(local, "INBOX", "new")))
    shutil.rmtree(local, ignore_errors=True)
    return got, dt


class Server:
    def __init__(self, data):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        e = dict(os.environ, MAILROOM_ADMIN_PASSWORD="benchpass-1", MAILROOM_LOG_LEVEL=os.environ.get("MAILROOM_LOG_LEVEL","warn"))
        self.p = subprocess.Popen([a.bin, "serve", "--addr", f"127.0.0.1:{self.port}", "--data-dir", data], env=e,
                                  stdout=subprocess.DEVNULL, stderr=open(data + ".log", "w"))
        for _ in range(400):
            try:
                urllib.request.urlopen(self.url + "/healthz", timeout=1)
                break
            except Exception:
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

    def rss(self):
        st = dict(l.split(":", 1) for l in open(f"/proc/{self.p.pid}/status"))
        return int(st["VmRSS"].split()[0]), int(st["VmHWM"].split()[0])

    def stop(self):
        self.p.send_signal(signal.SIGTERM)
        self.p.wait(30)


def mailroom_round(i):
    data = os.path.join(a.base, f"mailroom-{i}")
    shutil.rmtree(data, ignore_errors=True)
    s = Server(data)
    try:
        fid = s.folder("bench", "benchpass", a.n)
        t0 = time.monotonic()
        rep = s.fetch(fid)
        dt = time.monotonic() - t0
    finally:
        s.stop()
    shutil.rmtree(data, ignore_errors=True)
    if rep["error"] or rep["imported"] != a.n:
        raise SystemExit(f"mailroom round {i}: {rep}")
    return rep["imported"], dt


mb, mr = [], []
for i in range(a.rounds):
    assert clear_seen() == a.n
    got, dt = mbsync_round(i)
    mb.append(got / dt)
    print(f"round {i + 1}: mbsync   {got} msgs in {dt:.2f} s = {got / dt:.0f} msg/s", flush=True)
    assert clear_seen() == a.n
    got, dt = mailroom_round(i)
    mr.append(got / dt)
    print(f"round {i + 1}: mailroom {got} msgs in {dt:.2f} s = {got / dt:.0f} msg/s", flush=True)
if mb:
    mbm, mrm = statistics.median(mb), statistics.median(mr)
    print(f"\nmedian: mbsync {mbm:.0f} msg/s, mailroom {mrm:.0f} msg/s, ratio mailroom/mbsync = {mrm / mbm:.2f}x")

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

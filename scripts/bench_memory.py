#!/usr/bin/env python3
"""Measuring half of `make bench-memory` (see scripts/bench-memory.sh): peak
RSS of a fresh server fetching N large messages, once with the default
--ingest-memory budget and once with a budget so large it bounds nothing."""
import base64, os, random, shutil, signal, subprocess, time, urllib.request
from benchlib import arguments, free_port, q

a, env = arguments(40)


def message(i, rnd):
    """~15 MB: 6 MB of text, 6 MB of HTML, a 3 MB attachment."""
    words = [bytes(rnd.choice(b"abcdefghijklmnopqrstuvwxyz") for _ in range(rnd.randint(2, 9))) for _ in range(2000)]
    line = lambda: b" ".join(rnd.choice(words) for _ in range(10))
    text = b"\r\n".join(line() for _ in range(6_000_000 // 60))
    html = b"<html><body>" + b"\r\n".join(b"<p>" + line() + b"</p>" for _ in range(6_000_000 // 67)) + b"</body></html>"
    att = base64.encodebytes(os.urandom(3_000_000)).replace(b"\n", b"\r\n")
    return (f"From: Big Sender <big@example.com>\r\nTo: bench@example.com\r\nSubject: large message {i}\r\n"
            f"Message-ID: <large-{i}@example.com>\r\nDate: Mon, 01 Sep 2025 10:00:00 +0000\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/mixed; boundary=outer\r\n\r\n--outer\r\n"
            "Content-Type: multipart/alternative; boundary=alt\r\n\r\n--alt\r\n"
            "Content-Type: text/plain; charset=utf-8\r\n\r\n").encode() + text + \
        b"\r\n--alt\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html + b"\r\n--alt--\r\n" + \
        b"--outer\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=data.bin\r\n" \
        b"Content-Transfer-Encoding: base64\r\n\r\n" + att + b"--outer--\r\n"


def fill_maildir():
    md = env["MAILDIR"]
    for sub in ("cur", "new", "tmp"):
        shutil.rmtree(os.path.join(md, sub), ignore_errors=True)
        os.makedirs(os.path.join(md, sub))
    for name in os.listdir(md):
        if name.startswith("dovecot"):
            os.remove(os.path.join(md, name))
    rnd = random.Random(1)
    total = 0
    for i in range(a.n):
        raw = message(i, rnd)
        total += len(raw)
        path = os.path.join(md, "new", f"{1700000000 + i}.bench{i}.localhost")
        with open(path, "wb") as f:
            f.write(raw)
    for root, dirs, files in os.walk(md):
        for x in dirs + files:
            os.chown(os.path.join(root, x), int(env["MAIL_UID"]), int(env["MAIL_GID"]))
    os.chown(md, int(env["MAIL_UID"]), int(env["MAIL_GID"]))
    return total


def vmhwm(pid):
    for l in open(f"/proc/{pid}/status"):
        if l.startswith("VmHWM:"):
            return int(l.split()[1]) * 1024
    return 0


def run(budget):
    data = os.path.join(a.base, "data")
    shutil.rmtree(data, ignore_errors=True)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    extra = {"MAILROOM_INGEST_MEMORY": budget} if budget else {}
    pprof = os.environ.get("BENCH_PPROF")  # e.g. 127.0.0.1:6061: save the heap profile at the peak RSS
    if pprof:
        extra["MAILROOM_PPROF_ADDR"] = pprof
    p = subprocess.Popen([a.bin, "serve", "--addr", f"127.0.0.1:{port}", "--data-dir", data],
                         env=dict(os.environ, MAILROOM_ADMIN_PASSWORD="benchpass-1", MAILROOM_LOG_LEVEL="warn",
                                  MAILROOM_ALLOWED_MAIL_HOSTS="127.0.0.1", **extra),
                         stdout=subprocess.DEVNULL, stderr=open(data + ".log", "w"))
    try:
        for _ in range(400):
            try:
                urllib.request.urlopen(url + "/readyz", timeout=1)
                break
            except Exception:
                time.sleep(0.05)
        tok = q(url, None, 'mutation{login(username:"admin",password:"benchpass-1"){token}}')["login"]["token"]
        ws = q(url, tok, 'mutation{createWorkspace(input:{title:"Bench"}){id}}')["createWorkspace"]["id"]
        fid = q(url, tok, "mutation($i:CreateEmailFolderInput!){createEmailFolder(input:$i){id}}", {"i": {
            "workspaceID": ws, "title": "bench", "email": "bench@example.com", "password": "benchpass", "protocol": "IMAPS",
            "host": "127.0.0.1", "port": int(env["IMAPS_PORT"]), "emailsLimit": a.n, "push": False, "afterImport": "LEAVE",
            "trustedCertificate": open(env["CERT"]).read()}})["createEmailFolder"]["id"]
        if pprof:
            import threading
            def sample():
                best = 0
                while p.poll() is None:
                    time.sleep(1)
                    try:
                        rss = int([l for l in open(f"/proc/{p.pid}/status") if l.startswith("VmRSS:")][0].split()[1])
                        if rss > best:
                            heap = urllib.request.urlopen(f"http://{pprof}/debug/pprof/heap", timeout=10).read()
                            best = rss
                            open(os.path.join(a.base, "heap.pprof"), "wb").write(heap)
                            st = {l.split(":")[0]: l.split()[1] for l in open(f"/proc/{p.pid}/status") if l.startswith(("RssAnon", "RssFile"))}
                            ms = urllib.request.urlopen(f"http://{pprof}/debug/pprof/heap?debug=1", timeout=10).read().decode()
                            ms = " ".join(l[2:] for l in ms.splitlines() if l.startswith(("# HeapInuse", "# HeapIdle", "# HeapReleased", "# Sys ")))
                            print(f"  RSS {rss // 1024} MiB (anon {int(st['RssAnon']) // 1024}, file {int(st['RssFile']) // 1024}); {ms}: heap profile saved", flush=True)
                    except Exception:
                        pass
            threading.Thread(target=sample, daemon=True).start()
        t0 = time.monotonic()
        rep = q(url, tok, "mutation($f:ID!){fetchEmails(folderID:$f){imported duplicates failed error}}", {"f": fid})["fetchEmails"]
        took = time.monotonic() - t0
        if rep["imported"] != a.n or rep["error"]:
            raise SystemExit(f"fetch: {rep}")
        return took, vmhwm(p.pid)
    finally:
        p.send_signal(signal.SIGTERM)
        p.wait(30)
        shutil.rmtree(data, ignore_errors=True)


total = fill_maildir()
print(f"{a.n} messages, {total / 1e6:.0f} MB in all; load average {os.getloadavg()[0]:.1f}", flush=True)
runs = [("default --ingest-memory (128MB)", ""), ("--ingest-memory 64GB (no bound)", "64GB")]
if os.environ.get("BENCH_ONLY") == "default":
    runs = runs[:1]
for label, budget in runs:
    took, rss = run(budget)
    print(f"{label}: fetched in {took:.1f} s, peak RSS {rss / 2**20:.0f} MiB", flush=True)

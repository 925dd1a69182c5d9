#!/usr/bin/env python3
"""make bench-push-idle: 200 folders with push on against one private Dovecot.

Starts Dovecot (allowing enough IMAP connections per user), starts Mailroom,
creates 200 IMAPS folders with push on (spread over the test users), waits
until every watcher is in IDLE, then samples Mailroom's CPU time and memory
while nothing happens. Prints CPU % of one core, RSS, and goroutine-free facts.
"""
import json, os, shutil, signal, socket, subprocess, sys, time, urllib.request

N = int(os.environ.get("BENCH_FOLDERS", "200"))
IDLE_SECONDS = int(os.environ.get("BENCH_IDLE_SECONDS", "60"))
shared = os.environ.get("SHARED", os.path.abspath("../shared"))
base = os.environ.get("BENCH_BASE", "/tmp/mailroom-bench-push")
os.makedirs(base, exist_ok=True)
# The private Dovecot is on loopback, which Mailroom reaches only when allowed.
os.environ.setdefault("MAILROOM_ALLOWED_MAIL_HOSTS", "127.0.0.1")
env = dict(os.environ, IMAP_PORT="35143", IMAPS_PORT="35993", POP3_PORT="35110")
dv = os.path.join(base, "dovecot")
subprocess.run([shared + "/scripts/dovecot-up.sh", dv], env=env, check=True, stdout=subprocess.DEVNULL)
try:
    conf = os.path.join(dv, "etc/dovecot.conf")
    if "mail_max_userip_connections" not in open(conf).read():
        with open(conf, "a") as f:
            # Dovecot's defaults allow 100 IMAP processes and 10 connections
            # per user and address: raise both for 200 watchers plus fetches.
            f.write("\ndefault_process_limit = 1000\ndefault_client_limit = 4000\n"
                    "protocol imap {\n  mail_max_userip_connections = 1000\n}\n")
        pid = int(open(os.path.join(dv, "run/master.pid")).read())
        # Limits of services need a restart, not a reload; dovecot-up.sh
        # would rewrite the configuration, so start the master directly.
        subprocess.run([shared + "/scripts/dovecot-down.sh", dv], stdout=subprocess.DEVNULL)
        subprocess.run(["dovecot", "-c", conf], check=True, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1)
    facts = dict(l.strip().split("=", 1) for l in open(dv + "/env") if "=" in l)
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
    data = os.path.join(base, "data")
    shutil.rmtree(data, ignore_errors=True)
    srv = subprocess.Popen(["bin/mailroom", "serve", "--addr", f"127.0.0.1:{port}", "--data-dir", data],
                           env=dict(os.environ, MAILROOM_ADMIN_PASSWORD="benchpass-1", MAILROOM_LOG_LEVEL="warn"),
                           stdout=subprocess.DEVNULL, stderr=open(data + ".log", "w"))
    url = f"http://127.0.0.1:{port}"
    for _ in range(400):
        try:
            urllib.request.urlopen(url + "/healthz", timeout=1); break
        except Exception:
            time.sleep(0.05)
    tok = None

    def q(query, v=None):
        req = urllib.request.Request(url + "/query", data=json.dumps({"query": query, "variables": v or {}}).encode(),
                                     headers={"Content-Type": "application/json"})
        if tok:
            req.add_header("Authorization", "Bearer " + tok)
        r = json.loads(urllib.request.urlopen(req, timeout=120).read())
        if r.get("errors"):
            raise SystemExit(f"graphql: {r['errors']}")
        return r["data"]

    tok = q('mutation{login(username:"admin",password:"benchpass-1"){token}}')["login"]["token"]
    ws = q('mutation{createWorkspace(input:{title:"Push"}){id}}')["createWorkspace"]["id"]
    cert = open(facts["CERT"]).read()
    users = [("bench", "benchpass"), ("alice", "alicepass"), ("bob", "bobpass")]
    ids = []
    for i in range(N):
        u, pw = users[i % len(users)]
        ids.append(q("mutation($i:CreateEmailFolderInput!){createEmailFolder(input:$i){id}}", {"i": {
            "workspaceID": ws, "title": f"push {i}", "email": u + "@example.com", "password": pw, "protocol": "IMAPS",
            "host": "127.0.0.1", "port": int(facts["IMAPS_PORT"]), "trustedCertificate": cert,
            "fetchIntervalMinutes": 0, "push": True}})["createEmailFolder"]["id"])
    t0 = time.monotonic()
    while True:
        states = [f["pushStatus"]["state"] for f in
                  q("query($w:ID!){node(id:$w){... on Workspace{emailFolders{pushStatus{state}}}}}", {"w": ws})["node"]["emailFolders"]]
        watching = states.count("WATCHING")
        if watching == N or time.monotonic() - t0 > 300:
            break
        time.sleep(2)
    print(f"{watching}/{N} folders watching after {time.monotonic() - t0:.0f} s")

    def sample():
        st = open(f"/proc/{srv.pid}/stat").read().split(")")[1].split()
        ticks = int(st[11]) + int(st[12])
        status = dict(l.split(":", 1) for l in open(f"/proc/{srv.pid}/status"))
        return ticks, int(status["VmRSS"].split()[0]), int(status["Threads"])

    time.sleep(5)
    t1, rss1, _ = sample()
    time.sleep(IDLE_SECONDS)
    t2, rss2, threads = sample()
    hz = os.sysconf("SC_CLK_TCK")
    cpu = (t2 - t1) / hz / IDLE_SECONDS * 100
    print(f"idle over {IDLE_SECONDS} s with {watching} IDLE connections: CPU {cpu:.2f}% of one core, "
          f"RSS {rss2 / 1024:.0f} MB ({rss2 / 1024 / max(watching, 1) * 1024:.0f} KB per folder), {threads} threads")
    srv.send_signal(signal.SIGTERM)
    t3 = time.monotonic()
    srv.wait(60)
    print(f"graceful shutdown with {watching} watchers: {time.monotonic() - t3:.1f} s")
finally:
    subprocess.run([shared + "/scripts/dovecot-down.sh", dv], stdout=subprocess.DEVNULL)

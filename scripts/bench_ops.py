#!/usr/bin/env python3
"""Timing half of `make bench-ops` (see scripts/bench-ops.sh)."""
import os, shutil, signal, subprocess, time, urllib.request
from benchlib import arguments, free_port, q

a, env = arguments(10000)


def du(path):
    return int(subprocess.run(["du", "-sb", path], capture_output=True, text=True).stdout.split()[0])


def timed(*args):
    t0 = time.monotonic()
    r = subprocess.run([a.bin, *args], capture_output=True, text=True)
    dt = time.monotonic() - t0
    if r.returncode != 0:
        raise SystemExit(f"{args[0]} failed ({r.returncode}):\n{r.stdout}\n{r.stderr}")
    return dt, r.stdout.strip().splitlines()[-1]


data, bk, restored = (os.path.join(a.base, d) for d in ("data", "backup", "restored"))
for d in (data, bk, restored):
    shutil.rmtree(d, ignore_errors=True)
port = free_port()
url = f"http://127.0.0.1:{port}"
# The private Dovecot is on loopback, which Mailroom reaches only when allowed.
p = subprocess.Popen([a.bin, "serve", "--addr", f"127.0.0.1:{port}", "--data-dir", data,
                      "--allowed-mail-hosts", "127.0.0.1"],
                     env=dict(os.environ, MAILROOM_ADMIN_PASSWORD="benchpass-1", MAILROOM_LOG_LEVEL="warn"),
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
        "host": "127.0.0.1", "port": int(env["IMAPS_PORT"]), "emailsLimit": a.n, "push": False,
        "trustedCertificate": open(env["CERT"]).read()}})["createEmailFolder"]["id"]
    t0 = time.monotonic()
    rep = q(url, tok, "mutation($f:ID!){fetchEmails(folderID:$f){imported duplicates failed error}}", {"f": fid})["fetchEmails"]
    print(f"fetched {rep} in {time.monotonic() - t0:.1f} s; data directory {du(data) / 1e6:.0f} MB", flush=True)

    # The server keeps running: the commands work beside it.
    for name, args in [("backup (first, into an empty directory)", ["backup", "--data-dir", data, "--to", bk]),
                       ("backup (second, same directory, nothing new)", ["backup", "--data-dir", data, "--to", bk]),
                       ("verify", ["verify", "--data-dir", data]),
                       ("restore", ["restore", "--from", bk, "--data-dir", restored])]:
        dt, last = timed(*args)
        print(f"{name}: {dt:.1f} s — {last}", flush=True)
finally:
    p.send_signal(signal.SIGTERM)
    p.wait(30)
print(f"backup directory {du(bk) / 1e6:.0f} MB")
for d in (data, bk, restored):
    shutil.rmtree(d, ignore_errors=True)

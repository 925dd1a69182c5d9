"""What the Python benchmarks share: their common arguments, a free loopback
port and a GraphQL call."""
import argparse, json, socket, urllib.request


def arguments(n, *extra):
    """The arguments every benchmark takes (--bin, --base, --dovecot, --n)
    and the private Dovecot's settings from its env file; extra are
    (flag, keyword arguments) pairs for add_argument."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", required=True)
    ap.add_argument("--base", required=True)
    ap.add_argument("--dovecot", required=True)
    ap.add_argument("--n", type=int, default=n)
    for flag, kw in extra:
        ap.add_argument(flag, **kw)
    a = ap.parse_args()
    env = dict(l.strip().split("=", 1) for l in open(a.dovecot + "/env") if "=" in l)
    return a, env


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def q(url, tok, query, v=None):
    """One GraphQL request; an error ends the benchmark with it."""
    req = urllib.request.Request(url + "/query", data=json.dumps({"query": query, "variables": v or {}}).encode(),
                                 headers={"Content-Type": "application/json"})
    if tok:
        req.add_header("Authorization", "Bearer " + tok)
    r = json.loads(urllib.request.urlopen(req, timeout=3600).read())
    if r.get("errors"):
        raise SystemExit(f"graphql: {r['errors']}")
    return r["data"]

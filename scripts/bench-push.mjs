#!/usr/bin/env node
// npm run bench:push — push latency, end to end: APPEND a message to a
// private Dovecot, and time until Mailroom announces it on the emailAdded
// subscription of a graphql-ws client. One message at a time, each waiting
// for its event; prints the median and p95 (target: median ≤ 1.0 s).
//
// Same world as the end-to-end tests: ../shared/scripts/dovecot-up.sh and
// bin/mailroom on free loopback ports (build first with `make build-go`).
//
//   BENCH_MESSAGES   messages to time (default 20)
//   BENCH_GAP_MS     pause after each event before the next APPEND (default 250)
//   MAILROOM_BIN     the binary (default bin/mailroom)
//   MAILROOM_SHARED  the shared directory (default ../shared)
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import tls from 'node:tls';
import { fileURLToPath } from 'node:url';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const count = Number(process.env.BENCH_MESSAGES ?? 20);
const gapMs = Number(process.env.BENCH_GAP_MS ?? 250);
const bin = process.env.MAILROOM_BIN ?? path.join(root, 'bin', 'mailroom');
const shared = process.env.MAILROOM_SHARED ?? path.resolve(root, '..', 'shared');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** One IMAP connection over implicit TLS, kept open: LOGIN once, then APPENDs. */
class Imap {
  #buf = '';
  #waiters = [];
  #tag = 0;

  static async open({ port, ca, user, password }) {
    const c = new Imap();
    c.sock = tls.connect({ host: '127.0.0.1', port, ca, servername: 'localhost' });
    c.sock.setEncoding('utf8');
    c.sock.on('data', (chunk) => c.#read(chunk));
    await new Promise((resolve, reject) => {
      c.sock.once('secureConnect', resolve);
      c.sock.once('error', reject);
    });
    await c.#line((l) => l.startsWith('* OK'));
    await c.#command(`LOGIN "${user}" "${password}"`);
    return c;
  }

  #read(chunk) {
    this.#buf += chunk;
    let i;
    while ((i = this.#buf.indexOf('\r\n')) >= 0) {
      const line = this.#buf.slice(0, i);
      this.#buf = this.#buf.slice(i + 2);
      const w = this.#waiters.findIndex((x) => x.test(line));
      if (w >= 0) this.#waiters.splice(w, 1)[0].resolve(line);
    }
  }

  #line(test) {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('IMAP: no answer in 10 s')), 10_000);
      this.#waiters.push({ test, resolve: (l) => (clearTimeout(timer), resolve(l)) });
    });
  }

  async #command(cmd, literal) {
    const tag = `b${++this.#tag}`;
    const done = this.#line((l) => l.startsWith(`${tag} `));
    if (literal) {
      const go = this.#line((l) => l.startsWith('+'));
      this.sock.write(`${tag} ${cmd} {${literal.length}}\r\n`);
      await go;
      this.sock.write(Buffer.concat([literal, Buffer.from('\r\n')]));
    } else {
      this.sock.write(`${tag} ${cmd}\r\n`);
    }
    const line = await done;
    if (!line.startsWith(`${tag} OK`)) throw new Error(`IMAP: ${line}`);
  }

  append(mailbox, raw) {
    return this.#command(`APPEND "${mailbox}"`, Buffer.from(raw, 'utf8'));
  }

  async close() {
    await this.#command('LOGOUT').catch(() => {});
    this.sock.destroy();
  }
}

function message(subject) {
  const date = new Date().toUTCString().replace('GMT', '+0000');
  const id = `<bench-push-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}@mailroom.test>`;
  return [`From: Bench <bench@example.com>`, `To: bench@example.com`, `Subject: ${subject}`, `Date: ${date}`, `Message-ID: ${id}`, '', 'Push latency probe.', ''].join('\r\n');
}

function percentile(sorted, p) {
  // Nearest rank: the smallest value with at least p % of the values at or below it.
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function main() {
  if (!existsSync(bin)) throw new Error(`${bin} not found: run \`make build-go\` first (or set MAILROOM_BIN)`);
  if (!existsSync(path.join(shared, 'scripts', 'dovecot-up.sh'))) throw new Error(`${shared}/scripts/dovecot-up.sh not found: set MAILROOM_SHARED`);
  const ports = new Set();
  while (ports.size < 4) ports.add(await freePort());
  const [imapPort, imapsPort, pop3Port, httpPort] = [...ports];
  const dovecotDir = mkdtempSync(path.join(os.tmpdir(), 'mailroom-bench-push-dovecot-'));
  chmodSync(dovecotDir, 0o755);
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'mailroom-bench-push-'));
  const cleanups = [];
  const cleanup = async () => {
    for (const c of cleanups.reverse()) await c().catch((e) => console.error('cleanup:', e.message));
    cleanups.length = 0;
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));

  try {
    execFileSync(path.join(shared, 'scripts', 'dovecot-up.sh'), [dovecotDir], {
      env: { ...process.env, IMAP_PORT: String(imapPort), IMAPS_PORT: String(imapsPort), POP3_PORT: String(pop3Port) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    cleanups.push(async () => {
      execFileSync(path.join(shared, 'scripts', 'dovecot-down.sh'), [dovecotDir], { stdio: 'ignore' });
      rmSync(dovecotDir, { recursive: true, force: true });
    });
    const ca = readFileSync(path.join(dovecotDir, 'etc', 'ssl', 'cert.pem'), 'utf8');

    const adminPassword = `bench-${Math.random().toString(36).slice(2)}`;
    const baseURL = `http://127.0.0.1:${httpPort}`;
    const logFile = path.join(workDir, 'mailroom.log');
    const proc = spawn(bin, ['serve', '--addr', `127.0.0.1:${httpPort}`, '--data-dir', path.join(workDir, 'data'), '--log-level', 'warn', '--allowed-mail-hosts', '127.0.0.1'], {
      env: { ...process.env, MAILROOM_ADMIN_PASSWORD: adminPassword },
      stdio: ['ignore', openSync(logFile, 'a'), openSync(logFile, 'a')],
    });
    cleanups.push(async () => {
      if (proc.exitCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGTERM');
        await Promise.race([exited, sleep(10_000).then(() => proc.kill('SIGKILL'))]);
      }
      rmSync(workDir, { recursive: true, force: true });
    });
    for (let t = Date.now(); ; await sleep(100)) {
      if (proc.exitCode !== null) throw new Error(`mailroom exited:\n${readFileSync(logFile, 'utf8').slice(-2000)}`);
      if (await fetch(`${baseURL}/healthz`).then((r) => r.ok, () => false)) break;
      if (Date.now() - t > 30_000) throw new Error('mailroom not healthy after 30 s');
    }

    let token = '';
    const gql = async (query, variables = {}) => {
      const r = await fetch(`${baseURL}/query`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = await r.json();
      if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
      return body.data;
    };
    token = (await gql('mutation($p: String!) { login(username: "admin", password: $p) { token } }', { p: adminPassword })).login.token;
    const ws = (await gql('mutation { createWorkspace(input: { title: "Push bench" }) { id } }')).createWorkspace.id;
    // Push on, no schedule: every fetch is the watcher's.
    const folderID = (
      await gql('mutation($i: CreateEmailFolderInput!) { createEmailFolder(input: $i) { id } }', {
        i: { workspaceID: ws, title: 'Bench inbox', email: 'bench@example.com', password: 'benchpass', host: '127.0.0.1', port: imapsPort, trustedCertificate: ca, push: true, fetchIntervalMinutes: 0 },
      })
    ).createEmailFolder.id;
    for (let t = Date.now(); ; await sleep(100)) {
      const f = (await gql('query($id: ID!) { node(id: $id) { ... on EmailFolder { pushStatus { state error } } } }', { id: folderID })).node;
      if (f.pushStatus?.state === 'WATCHING') break;
      if (Date.now() - t > 30_000) throw new Error(`the watcher is not in IDLE after 30 s: ${JSON.stringify(f.pushStatus)}`);
    }

    const client = createClient({ url: `${baseURL.replace(/^http/, 'ws')}/query`, webSocketImpl: WebSocket, connectionParams: { Authorization: `Bearer ${token}` }, lazy: false, retryAttempts: 0 });
    cleanups.push(async () => client.dispose());
    await new Promise((resolve, reject) => {
      client.on('connected', resolve);
      client.on('closed', (e) => reject(new Error(`websocket closed (${e.code})`)));
    });
    const waiting = new Map(); // subject → resolve(time of the event)
    client.subscribe(
      { query: 'subscription($id: ID!) { emailAdded(folderID: $id) { subject } }', variables: { id: folderID } },
      {
        next: (v) => {
          const at = performance.now();
          waiting.get(v.data?.emailAdded.subject)?.(at);
        },
        error: (e) => console.error('subscription error:', e),
        complete: () => {},
      },
    );
    await sleep(500); // the server registers the subscription as it reads the subscribe message

    const imap = await Imap.open({ port: imapsPort, ca, user: 'bench', password: 'benchpass' });
    cleanups.push(() => imap.close());
    const fromAppend = [];
    const fromAck = [];
    console.log(`push latency: ${count} messages, APPEND on Dovecot → emailAdded on graphql-ws (pause ${gapMs} ms between messages)`);
    for (let i = 1; i <= count; i++) {
      const subject = `Push probe ${i}`;
      const event = new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`${subject}: no emailAdded within 30 s`)), 30_000);
        waiting.set(subject, (at) => (clearTimeout(timer), resolve(at)));
      });
      const t0 = performance.now();
      await imap.append('INBOX', message(subject));
      const acked = performance.now();
      const at = await event;
      waiting.delete(subject);
      fromAppend.push(at - t0);
      fromAck.push(at - acked);
      console.log(`  ${String(i).padStart(2)}  ${(at - t0).toFixed(0).padStart(5)} ms  (after the APPEND's OK: ${(at - acked).toFixed(0)} ms)`);
      await sleep(gapMs);
    }

    const report = (name, xs) => {
      const s = [...xs].sort((a, b) => a - b);
      const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
      console.log(
        `${name}: median ${percentile(s, 50).toFixed(0)} ms, p95 ${percentile(s, 95).toFixed(0)} ms, min ${s[0].toFixed(0)} ms, max ${s.at(-1).toFixed(0)} ms, mean ${mean.toFixed(0)} ms`,
      );
      return percentile(s, 50);
    };
    const median = report('APPEND sent → emailAdded', fromAppend);
    report('APPEND OK   → emailAdded', fromAck);
    console.log(median <= 1000 ? 'target met: median ≤ 1.0 s' : 'TARGET MISSED: median > 1.0 s');
    if (median > 1000) process.exitCode = 1;
  } finally {
    await cleanup();
  }
}

main().catch((e) => {
  console.error(`bench:push: ${e.message}`);
  process.exitCode = 1;
});

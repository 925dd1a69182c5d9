// The world the end-to-end tests run in: a private Dovecot filled with test
// mail, and bin/mailroom serving the embedded SPA, on free loopback ports.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, chmodSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { appendMessages } from './imap';
import { testMessages } from './messages';

export const repoRoot = path.resolve(__dirname, '..', '..');

export interface Environment {
  baseURL: string;
  adminPassword: string;
  imapsPort: number;
  certPEM: string;
  dovecotDir: string;
  dataDir: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

async function distinctFreePorts(n: number): Promise<number[]> {
  const ports = new Set<number>();
  while (ports.size < n) ports.add(await freePort());
  return [...ports];
}

function sharedDir(): string {
  const dir = process.env.MAILROOM_SHARED ?? path.resolve(repoRoot, '..', 'shared');
  if (!existsSync(path.join(dir, 'scripts', 'dovecot-up.sh'))) {
    throw new Error(`e2e: ${dir}/scripts/dovecot-up.sh not found; set MAILROOM_SHARED to the shared directory`);
  }
  return dir;
}

async function waitForHealthy(url: string, proc: ChildProcess, logFile: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) {
      throw new Error(`e2e: mailroom exited with ${proc.exitCode}:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
    }
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`e2e: mailroom not healthy after ${timeoutMs} ms:\n${readFileSync(logFile, 'utf8').slice(-3000)}`);
}

function stopProcess(proc: ChildProcess, timeoutMs = 10_000): Promise<void> {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
    proc.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    proc.kill('SIGTERM');
  });
}

export async function startEnvironment(): Promise<Environment> {
  const shared = sharedDir();
  const bin = process.env.MAILROOM_BIN ?? path.join(repoRoot, 'bin', 'mailroom');
  if (!existsSync(bin)) throw new Error(`e2e: ${bin} not found: run \`make build\` first (or set MAILROOM_BIN)`);

  const [imapPort, imapsPort, pop3Port, httpPort] = await distinctFreePorts(4);
  // Dovecot's mail processes run as nobody when root: the directory must be traversable.
  const dovecotDir = mkdtempSync(path.join(os.tmpdir(), 'mailroom-e2e-dovecot-'));
  chmodSync(dovecotDir, 0o755);
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'mailroom-e2e-'));
  const dataDir = path.join(workDir, 'data');
  const stops: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const s of stops.reverse()) {
      try {
        await s();
      } catch (e) {
        console.error('e2e teardown:', e);
      }
    }
  };

  try {
    execFileSync(path.join(shared, 'scripts', 'dovecot-up.sh'), [dovecotDir], {
      env: { ...process.env, IMAP_PORT: String(imapPort), IMAPS_PORT: String(imapsPort), POP3_PORT: String(pop3Port) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    stops.push(async () => {
      execFileSync(path.join(shared, 'scripts', 'dovecot-down.sh'), [dovecotDir], { stdio: 'ignore' });
      rmSync(dovecotDir, { recursive: true, force: true });
    });
    const certPEM = readFileSync(path.join(dovecotDir, 'etc', 'ssl', 'cert.pem'), 'utf8');
    await appendMessages({ host: '127.0.0.1', port: imapsPort, ca: certPEM, user: 'alice', password: 'alicepass' }, 'INBOX', testMessages());

    const adminPassword = `e2e-${Math.random().toString(36).slice(2)}`;
    const baseURL = `http://127.0.0.1:${httpPort}`;
    const logFile = path.join(workDir, 'mailroom.log');
    const log = openSync(logFile, 'a');
    const proc = spawn(bin, ['serve', '--addr', `127.0.0.1:${httpPort}`, '--data-dir', dataDir, '--allowed-mail-hosts', '127.0.0.1'], {
      env: { ...process.env, MAILROOM_ADMIN_PASSWORD: adminPassword },
      stdio: ['ignore', log, log],
    });
    stops.push(async () => {
      await stopProcess(proc);
      if (process.env.MAILROOM_E2E_KEEP) console.log(`e2e: kept ${workDir}`);
      else rmSync(workDir, { recursive: true, force: true });
    });
    await waitForHealthy(baseURL, proc, logFile);

    const index = await (await fetch(baseURL + '/')).text();
    if (!index.includes('id="root"')) {
      throw new Error(`e2e: ${bin} serves no web UI (built before the front end?): run \`make build\``);
    }
    return { baseURL, adminPassword, imapsPort, certPEM, dovecotDir, dataDir, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

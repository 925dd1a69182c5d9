// OAuth2 sign-in of a folder in real Chromium: the administrator registers
// an OAuth app in Administration, a folder signs in with it, and the
// provider's redirect back to /oauth/callback completes although the
// session cookie is SameSite=Strict. The provider is the test authorization
// server of internal/oauthtest (zitadel/oidc's op) on http://localhost:…,
// another site than Mailroom's http://127.0.0.1:…, so the browser applies
// its cross-site cookie rules for real.
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { test, expect } from '@playwright/test';
import { API } from './support/api';

const baseURL = process.env.MAILROOM_E2E_URL!;
const adminPassword = process.env.MAILROOM_E2E_ADMIN_PASSWORD!;
const imapsPort = Number(process.env.MAILROOM_E2E_IMAPS_PORT);

interface Provider {
  issuer: string;
  authURL: string;
  loopbackTokenURL: string;
  clientID: string;
  clientSecret: string;
  scopes: string[];
}

let idp: ChildProcess | undefined;
let provider: Provider;
let workDir = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000); // builds the test server (zitadel/oidc) on first run
  workDir = mkdtempSync(path.join(os.tmpdir(), 'mailroom-e2e-oauth-'));
  const root = path.resolve(__dirname, '..');
  const bin = path.join(workDir, 'oauthtest');
  execFileSync('go', ['build', '-o', bin, './internal/oauthtest/cmd/oauthtest'], {
    cwd: root,
    env: { ...process.env, PATH: `${process.env.PATH}:/usr/local/go/bin`, GOFLAGS: process.env.GOFLAGS ?? '-tags=sqlite_fts5' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const proc = spawn(bin, ['--host', 'localhost', '--redirect-uri', `${baseURL}/oauth/callback`, '--user', 'alice'], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  idp = proc;
  const line = await new Promise<string>((resolve, reject) => {
    createInterface({ input: proc.stdout! }).once('line', resolve);
    proc.once('exit', (c) => reject(new Error(`oauthtest exited with ${c}`)));
  });
  provider = JSON.parse(line) as Provider;
});

test.afterAll(() => {
  idp?.stdin?.end();
  idp?.kill();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

test('a folder signs in with OAuth2 across sites, and the callback works once', async ({ page, context }) => {
  expect(new URL(provider.issuer).hostname).toBe('localhost');
  expect(new URL(baseURL).hostname).toBe('127.0.0.1');

  await page.goto('/');
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workspaces' })).toBeVisible();
  const session = (await context.cookies(baseURL)).find((c) => c.name === 'mailroom_session');
  expect(session?.sameSite).toBe('Strict');

  // Administration → OAuth apps: register the provider.
  await page.goto('/admin');
  const apps = page.getByRole('region', { name: 'OAuth apps' });
  await expect(apps.getByTestId('oauth-redirect-uri')).toContainText('--public-url');
  await apps.getByRole('button', { name: 'New OAuth app' }).click();
  const form = apps.getByRole('form', { name: 'New OAuth app' });
  await form.getByLabel('Name').fill('E2E IdP');
  await form.getByLabel('Provider').selectOption('GENERIC');
  await form.getByLabel('Client ID').fill(provider.clientID);
  await form.getByLabel('Client secret').fill(provider.clientSecret);
  await form.getByLabel('Authorization URL').fill(provider.authURL);
  await form.getByLabel('Token URL').fill(provider.loopbackTokenURL);
  await form.getByLabel('Scopes').fill(provider.scopes.join(' '));
  await form.getByRole('button', { name: 'Register' }).click();
  await expect(apps.getByRole('status')).toContainText('E2E IdP is registered');
  await expect(apps.getByRole('cell', { name: 'E2E IdP', exact: true })).toBeVisible();

  // A folder that signs in with it (created over the API: the form is the
  // other specs' subject); no push or schedule, this Dovecot takes passwords.
  const api = await API.login(baseURL, 'admin', adminPassword);
  const { oauthProviders } = await api.query<{ oauthProviders: { id: string; name: string }[] }>('{ oauthProviders { id name } }');
  const app = oauthProviders.find((p) => p.name === 'E2E IdP')!;
  const ws = await api.query<{ createWorkspace: { id: string } }>('mutation { createWorkspace(input: { title: "OAuth e2e" }) { id } }');
  const folder = await api.query<{ createEmailFolder: { id: string } }>(
    'mutation($i: CreateEmailFolderInput!) { createEmailFolder(input: $i) { id } }',
    {
      i: {
        workspaceID: ws.createWorkspace.id, title: 'Signed in', email: 'alice@example.com', host: '127.0.0.1', port: imapsPort,
        protocol: 'IMAPS', authMethod: 'OAUTH2', oauthProviderID: app.id, push: false, fetchIntervalMinutes: 0,
      },
    },
  );
  const parameters = `/folders/${folder.createEmailFolder.id}/parameters`;

  await page.goto(parameters);
  await expect(page.getByTestId('oauth-status')).toContainText('Not signed in yet');
  const callbacks: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(`${baseURL}/oauth/callback`)) callbacks.push(r.url());
  });
  await page.getByRole('button', { name: 'Sign in with E2E IdP' }).click();
  // At the provider, the user signs in: the way back starts on its site.
  await page.waitForURL((u) => u.origin === provider.issuer);
  await page.getByRole('button', { name: 'Sign in as alice' }).click();
  await page.waitForURL(`${baseURL}${parameters}?oauth=connected`);
  await expect(page.getByTestId('oauth-status')).toContainText('Connected as alice@example.com');
  await expect(page.getByRole('status').filter({ hasText: 'Signed in with E2E IdP' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reconnect' })).toBeVisible();
  // The flow cookie is spent; the session is untouched.
  const cookies = await context.cookies(baseURL);
  expect(cookies.find((c) => c.name === 'mailroom_oauth')).toBeUndefined();
  expect(cookies.find((c) => c.name === 'mailroom_session')).toBeDefined();

  // The provider's redirect, replayed, is refused in words.
  expect(callbacks).toHaveLength(1);
  await page.goto(callbacks[0]);
  await expect(page.locator('#oauth-error')).toContainText('already used');

  // Reconnect runs the flow again.
  await page.goto(parameters);
  await page.getByRole('button', { name: 'Reconnect' }).click();
  await page.getByRole('button', { name: 'Sign in as alice' }).click();
  await page.waitForURL(`${baseURL}${parameters}?oauth=connected`);
  await expect(page.getByTestId('oauth-status')).toContainText('Connected as alice@example.com');
});

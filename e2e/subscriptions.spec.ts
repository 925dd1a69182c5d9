// The subscriptions from Node with the npm graphql-ws client (no browser):
// a bearer token in connection_init, a fetch triggered over HTTP, and the
// folder's activity arriving on the websocket. Uses Dovecot's user bob, so it
// shares nothing with the browser tests (alice).
import { test, expect } from '@playwright/test';
import WebSocket from 'ws';
import { API, collect, connected } from './support/api';
import { appendMessages } from './support/imap';

const baseURL = process.env.MAILROOM_E2E_URL!;
const adminPassword = process.env.MAILROOM_E2E_ADMIN_PASSWORD!;
const imapsPort = Number(process.env.MAILROOM_E2E_IMAPS_PORT!);
const certPEM = process.env.MAILROOM_E2E_CERT!;

interface Activity {
  folderActivity: {
    type: 'FETCH_STARTED' | 'FETCH_FINISHED' | 'FETCH_FAILED' | 'EMAIL_ADDED';
    folderID: string;
    imported: number | null;
    duplicates: number | null;
    error: string | null;
    email: { id: string; subject: string } | null;
  };
}

const activityQuery = `subscription($id: ID!) {
  folderActivity(folderID: $id) { type folderID imported duplicates error email { id subject } }
}`;

function message(subject: string): string {
  const date = new Date().toUTCString().replace('GMT', '+0000');
  const id = `<ws-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}@mailroom.test>`;
  return [`From: Node Test <node@example.com>`, `To: bob@example.com`, `Subject: ${subject}`, `Date: ${date}`, `Message-ID: ${id}`, '', `${subject}.`, ''].join('\r\n');
}

test.describe.configure({ mode: 'serial' });

let api: API;
let folderID = '';

test.beforeAll(async () => {
  api = await API.login(baseURL, 'admin', adminPassword);
  const { createWorkspace } = await api.query<{ createWorkspace: { id: string } }>(
    'mutation($i: CreateWorkspaceInput!) { createWorkspace(input: $i) { id } }',
    { i: { title: 'Subscriptions from Node' } },
  );
  // Push and schedule off: the only run is the one the test starts.
  const { createEmailFolder } = await api.query<{ createEmailFolder: { id: string } }>(
    'mutation($i: CreateEmailFolderInput!) { createEmailFolder(input: $i) { id } }',
    {
      i: {
        workspaceID: createWorkspace.id,
        title: 'Bob over graphql-ws',
        email: 'bob@example.com',
        password: 'bobpass',
        host: '127.0.0.1',
        port: imapsPort,
        trustedCertificate: certPEM,
        push: false,
        fetchIntervalMinutes: 0,
      },
    },
  );
  folderID = createEmailFolder.id;
});

test('graphql-ws: folderActivity reports a fetch started over HTTP, email by email', async () => {
  const subjects = ['Node: first over the websocket', 'Node: second over the websocket'];
  await appendMessages({ host: '127.0.0.1', port: imapsPort, ca: certPEM, user: 'bob', password: 'bobpass' }, 'INBOX', subjects.map(message));

  const ws = api.websocket();
  try {
    await connected(ws);
    const activity = collect<Activity>(ws, activityQuery, { id: folderID }, (e) => e.folderActivity.type === 'FETCH_FINISHED' || e.folderActivity.type === 'FETCH_FAILED');
    const added = collect<{ emailAdded: { subject: string } }>(ws, 'subscription($id: ID!) { emailAdded(folderID: $id) { subject } }', { id: folderID }, (_, all) => all.length === 2);
    // The server registers a subscription when its subscribe message is read:
    // give it a moment before starting the run.
    await new Promise((r) => setTimeout(r, 500));

    const { fetchEmails } = await api.query<{ fetchEmails: { imported: number } }>('mutation($id: ID!) { fetchEmails(folderID: $id) { imported } }', { id: folderID });
    expect(fetchEmails.imported).toBe(2);

    const events = (await Promise.race([activity.finished, timeout(15_000, 'folderActivity')])).map((e) => e.folderActivity);
    expect(events.map((e) => e.type)).toEqual(['FETCH_STARTED', 'EMAIL_ADDED', 'EMAIL_ADDED', 'FETCH_FINISHED']);
    expect(events.every((e) => e.folderID === folderID)).toBe(true);
    expect(events.filter((e) => e.type === 'EMAIL_ADDED').map((e) => e.email?.subject).sort()).toEqual([...subjects].sort());
    expect(events.at(-1)).toMatchObject({ imported: 2, duplicates: 0, error: null });

    const emails = await Promise.race([added.finished, timeout(5_000, 'emailAdded')]);
    expect(emails.map((e) => e.emailAdded.subject).sort()).toEqual([...subjects].sort());
    activity.unsubscribe();
    added.unsubscribe();
  } finally {
    await ws.dispose();
  }
});

test('graphql-ws: a connection without a token is refused', async () => {
  // Raw graphql-transport-ws, to see exactly what the server answers.
  const sock = new WebSocket(`${baseURL.replace(/^http/, 'ws')}/query`, 'graphql-transport-ws');
  const messages: string[] = [];
  sock.on('message', (m) => messages.push(String(m)));
  sock.on('open', () => sock.send(JSON.stringify({ type: 'connection_init', payload: {} })));
  const code = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server kept the connection open')), 5000);
    sock.on('close', (c) => {
      clearTimeout(timer);
      resolve(c);
    });
  });
  expect(messages.some((m) => m.includes('connection_ack'))).toBe(false);
  expect(code).toBeGreaterThanOrEqual(1000);
});

test('graphql-ws: a user without access gets no events of the folder', async () => {
  const { createUser } = await api.query<{ createUser: { id: string } }>('mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
    i: { username: 'nosy', password: 'nosy-password-1' },
  });
  expect(createUser.id).toBeTruthy();
  const nosy = await API.login(baseURL, 'nosy', 'nosy-password-1');
  const ws = nosy.websocket();
  try {
    await connected(ws);
    const sub = collect<Activity>(ws, activityQuery, { id: folderID }, () => true);
    const outcome = await Promise.race([sub.finished.then(() => 'event', (e: Error) => `error: ${e.message}`), new Promise((r) => setTimeout(() => r('nothing'), 1500))]);
    // Either refused outright or silent: never an event of someone else's folder.
    expect(outcome === 'nothing' || String(outcome).startsWith('error')).toBe(true);
    await api.query('mutation($id: ID!) { fetchEmails(folderID: $id) { imported } }', { id: folderID });
    await new Promise((r) => setTimeout(r, 500));
    expect(sub.events).toEqual([]);
    sub.unsubscribe();
  } finally {
    await ws.dispose();
  }
});

function timeout(ms: number, what: string): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: no event within ${ms} ms`)), ms));
}

// Relations at the folder and workspace ends, and the Following list, in
// real Chromium: an email is related to a folder found by its title in the
// email page's picker, the relation shows on both pages (incoming on the
// folder's); the folder is related to its workspace from the folder page;
// the followed folder is listed under Following and unfollowed there.
// Uses the mailbox "Collab2" of Dovecot's user bench, which no other spec
// reads, and removes its workspace at the end.
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { API } from './support/api';
import { appendMessages, createMailbox } from './support/imap';

const baseURL = process.env.MAILROOM_E2E_URL!;
const adminPassword = process.env.MAILROOM_E2E_ADMIN_PASSWORD!;
const imapsPort = Number(process.env.MAILROOM_E2E_IMAPS_PORT!);
const certPEM = process.env.MAILROOM_E2E_CERT!;
const bench = { host: '127.0.0.1', port: imapsPort, ca: certPEM, user: 'bench', password: 'benchpass' };

const workspaceTitle = 'Legal matters';
const folderTitle = 'Signed contracts';
const subject = 'Collab2: supplier agreement';

test.describe.configure({ mode: 'serial' });

let api: API;
let context: BrowserContext;
let page: Page;
let workspaceID = '';
let folderID = '';
let emailID = '';

test.beforeAll(async ({ browser }) => {
  api = await API.login(baseURL, 'admin', adminPassword);
  await createMailbox(bench, 'Collab2');
  const id = `<collab2-${Date.now().toString(36)}@mailroom.test>`;
  await appendMessages(bench, 'Collab2', [
    [`From: Lee Buyer <lee@example.com>`, `To: bench@example.com`, `Subject: ${subject}`, `Message-ID: ${id}`, `Date: Wed, 04 Nov 2026 09:00:00 +0000`, '', 'The agreement, signed.', ''].join('\r\n'),
  ]);
  ({ workspaceID, folderID } = await api.benchFolder(workspaceTitle, folderTitle, { mailbox: 'Collab2' }));
  const { fetchEmails } = await api.query<{ fetchEmails: { imported: number; error: string | null } }>(
    'mutation($f: ID!) { fetchEmails(folderID: $f) { imported error } }',
    { f: folderID },
  );
  expect(fetchEmails).toEqual({ imported: 1, error: null });
  const { node } = await api.query<{ node: { emails: { edges: { node: { id: string } }[] } } }>(
    'query($f: ID!) { node(id: $f) { ... on EmailFolder { emails(first: 5) { edges { node { id } } } } } }',
    { f: folderID },
  );
  emailID = node.emails.edges[0].node.id;

  context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'UTC' });
  page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workspaces' })).toBeVisible();
});

test.afterAll(async () => {
  await context?.close();
  if (workspaceID) {
    await api.query('mutation($id: ID!) { trashNode(id: $id) { id } }', { id: workspaceID });
    await api.query('mutation($id: ID!) { deleteNodePermanently(id: $id) }', { id: workspaceID });
  }
});

test('relates an email to a folder found by its title, and shows it at both ends; relates the folder to its workspace', async () => {
  await page.goto(`/email/${emailID}`);
  await expect(page.getByRole('heading', { level: 1, name: subject })).toBeVisible();
  const relations = page.getByRole('region', { name: 'Relations' });
  await relations.getByRole('combobox', { name: /^Relation/ }).selectOption('CONFORMS_TO');
  await relations.getByRole('searchbox', { name: /Find a document/ }).fill('signed contr');
  const candidate = relations.getByRole('list', { name: 'Matching documents' }).getByRole('button', { name: new RegExp(`^${folderTitle} folder`) });
  await candidate.click();
  await expect(relations.getByTestId('relation')).toHaveText(new RegExp(`This email conforms to folder ${folderTitle}`));

  // Incoming on the folder's page, with a link back to the email.
  await relations.getByRole('link', { name: `folder ${folderTitle}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: folderTitle })).toBeVisible();
  const folderRelations = page.getByRole('region', { name: 'Relations' });
  await expect(folderRelations.getByTestId('relation')).toHaveText(new RegExp(`This folder is conformed to by ${subject}`));
  await expect(folderRelations.getByRole('link', { name: subject })).toHaveAttribute('href', `/email/${emailID}`);

  // From the folder to its workspace, found by title; incoming on the workspace's page.
  await folderRelations.getByRole('combobox', { name: /^Relation/ }).selectOption('REQUIRES');
  await folderRelations.getByRole('searchbox', { name: /Find a document/ }).fill('legal');
  await folderRelations.getByRole('button', { name: new RegExp(`^${workspaceTitle} workspace`) }).click();
  await expect(folderRelations.getByTestId('relation')).toHaveCount(2);
  await expect(folderRelations.getByTestId('relation').filter({ hasText: 'This folder requires' })).toContainText(`workspace ${workspaceTitle}`);
  await page.goto(`/workspaces/${workspaceID}`);
  const wsRelations = page.getByRole('region', { name: 'Relations' });
  await expect(wsRelations.getByTestId('relation')).toHaveText(new RegExp(`This workspace is required by folder ${folderTitle}`));

  // Back on the email page after a reload, the relation is still there.
  await page.goto(`/email/${emailID}`);
  await expect(page.getByRole('region', { name: 'Relations' }).getByTestId('relation')).toContainText(`This email conforms to folder ${folderTitle}`);
});

test('lists the followed folder under Following and unfollows it there', async () => {
  await page.goto(`/folders/${folderID}`);
  await expect(page.getByRole('heading', { level: 1, name: folderTitle })).toBeVisible();
  await page.getByRole('button', { name: 'Follow', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Following', exact: true })).toBeVisible();

  // From the account menu.
  await page.getByRole('navigation', { name: 'Account' }).getByTitle('Signed in as admin').click();
  await page.getByRole('menuitem', { name: 'Following' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Following' })).toBeVisible();
  const row = page.getByTestId('followed').filter({ hasText: folderTitle });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`in ${workspaceTitle}`);
  await expect(row).toContainText('Folder');
  await row.getByRole('button', { name: 'Unfollow' }).click();
  await expect(page.getByTestId('followed').filter({ hasText: folderTitle })).toHaveCount(0);

  // The folder's button says so too, after a reload.
  await page.reload();
  await expect(page.getByTestId('followed').filter({ hasText: folderTitle })).toHaveCount(0);
  await page.goto(`/folders/${folderID}`);
  await expect(page.getByRole('button', { name: 'Follow', exact: true })).toBeVisible();
});

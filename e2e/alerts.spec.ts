// Follow and alerts in real Chromium: the administrator follows a folder,
// new mail is fetched (started over the API, so the browser hears of it
// only through notificationAdded), the Alerts menu shows the unread count
// and the alert, it is marked read, and the folder's History tab lists the
// import. Uses Dovecot's user bench, so it shares no mailbox with the other
// specs, and removes its workspace at the end (mailroom.spec.ts starts from
// "No workspaces yet").
import { test, expect, type BrowserContext, type Page } from '@playwright/test';
import { API } from './support/api';
import { appendMessages } from './support/imap';

const baseURL = process.env.MAILROOM_E2E_URL!;
const adminPassword = process.env.MAILROOM_E2E_ADMIN_PASSWORD!;
const imapsPort = Number(process.env.MAILROOM_E2E_IMAPS_PORT!);
const certPEM = process.env.MAILROOM_E2E_CERT!;
const bench = { host: '127.0.0.1', port: imapsPort, ca: certPEM, user: 'bench', password: 'benchpass' };
const folderTitle = 'Alerts inbox';

function message(subject: string): string {
  const date = new Date().toUTCString().replace('GMT', '+0000');
  const id = `<alert-${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}@mailroom.test>`;
  return [`From: Alert Test <alerts@example.com>`, `To: bench@example.com`, `Subject: ${subject}`, `Date: ${date}`, `Message-ID: ${id}`, '', `${subject}.`, ''].join('\r\n');
}

test.describe.configure({ mode: 'serial' });

let api: API;
let context: BrowserContext;
let page: Page;
let workspaceID = '';
let folderID = '';

test.beforeAll(async ({ browser }) => {
  api = await API.login(baseURL, 'admin', adminPassword);
  ({ workspaceID, folderID } = await api.benchFolder('Alerts', folderTitle));
  context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'UTC' });
  page = await context.newPage();
});

test.afterAll(async () => {
  await context?.close();
  if (workspaceID) {
    await api.query('mutation($id: ID!) { trashNode(id: $id) { id } }', { id: workspaceID });
    await api.query('mutation($id: ID!) { deleteNodePermanently(id: $id) }', { id: workspaceID });
  }
});

test('follows a folder, sees the alert of new mail arrive live, marks it read, and finds the import in History', async () => {
  await page.goto('/');
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workspaces' })).toBeVisible();

  await page.goto(`/folders/${folderID}`);
  await expect(page.getByRole('heading', { level: 1, name: folderTitle })).toBeVisible();
  const alerts = page.getByRole('banner').getByRole('button', { name: /^Alerts/ });
  await expect(alerts).toHaveAccessibleName('Alerts');
  await page.getByRole('button', { name: 'Follow', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Following' })).toHaveAttribute('aria-pressed', 'true');

  await appendMessages(bench, 'INBOX', [message('Alerts: first'), message('Alerts: second')]);
  const { fetchEmails } = await api.query<{ fetchEmails: { imported: number } }>('mutation($id: ID!) { fetchEmails(folderID: $id) { imported } }', {
    id: folderID,
  });
  expect(fetchEmails.imported).toBe(2);

  // One alert for the run, however many emails came.
  await expect(alerts).toHaveAccessibleName('Alerts, 1 unread');
  await expect(page.getByTestId('unread-count')).toHaveText('1');
  await alerts.click();
  const panel = page.getByRole('region', { name: 'Alerts' });
  await expect(panel.getByRole('link', { name: `2 new emails in ${folderTitle}` })).toBeVisible();
  await panel.getByRole('button', { name: 'Mark read' }).click();
  await expect(alerts).toHaveAccessibleName('Alerts');
  await expect(page.getByTestId('unread-count')).toHaveCount(0);
  await expect(panel.getByRole('button', { name: 'Mark read' })).toHaveCount(0);
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'History' }).click();
  await expect(page).toHaveURL(new RegExp(`/folders/${folderID}/history$`));
  const history = page.getByRole('table', { name: 'History' });
  const row = history.getByRole('row', { name: new RegExp(`Imported.*2 new emails in ${folderTitle}`) });
  await expect(row).toBeVisible();
  await expect(row).toContainText('Mailroom (manual check)');

  // The workspace's History tab shows the folder's entries too.
  await page.goto(`/workspaces/${workspaceID}/history`);
  await expect(page.getByRole('table', { name: 'History' }).getByRole('row', { name: new RegExp(`2 new emails in ${folderTitle}`) })).toBeVisible();
});

// Conversations, export and import in real Chromium: an mbox with a
// conversation (whose root arrives in a second file) is imported through the
// folder menu; the Content tab groups it by conversation with a count; the
// email page lists the conversation with the open email marked; the folder
// exports as mbox and a selection as zip (download events, checked contents).
// No mail server is involved: the folder is only ever filled by imports.
import { test, expect } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { API } from './support/api';

const baseURL = process.env.MAILROOM_E2E_URL!;
const adminPassword = process.env.MAILROOM_E2E_ADMIN_PASSWORD!;

const run = Date.now().toString(36);
const mid = (n: string) => `${n}-${run}@threads.test`;

function msg(id: string, subject: string, day: number, parent?: string, refs: string[] = []): string {
  const head = [
    'From: Carla Thread <carla@example.com>',
    'To: team@example.com',
    `Subject: ${subject}`,
    `Date: ${new Date(Date.UTC(2026, 2, day, 9)).toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${mid(id)}>`,
  ];
  if (parent) head.push(`In-Reply-To: <${mid(parent)}>`);
  if (refs.length) head.push(`References: ${refs.map((r) => `<${mid(r)}>`).join(' ')}`);
  return [...head, '', `Body of ${id}.`, 'From here on, a line that mboxrd quotes.', ''].join('\r\n');
}

/** An mboxrd file: each message after its From line, body From lines quoted. */
const mbox = (...msgs: string[]) => msgs.map((m) => `From carla@example.com Mon Mar  2 09:00:00 2026\n${m.replace(/^(>*From )/gm, '>$1')}\n`).join('');

test('import files, group by conversation, see the thread, export mbox and zip', async ({ browser }) => {
  const api = await API.login(baseURL, 'admin', adminPassword);
  const { createWorkspace } = await api.query<{ createWorkspace: { id: string } }>(
    'mutation($i: CreateWorkspaceInput!) { createWorkspace(input: $i) { id } }',
    { i: { title: `Threads ${run}` } },
  );
  const { createEmailFolder } = await api.query<{ createEmailFolder: { id: string } }>(
    'mutation($i: CreateEmailFolderInput!) { createEmailFolder(input: $i) { id } }',
    {
      i: {
        workspaceID: createWorkspace.id,
        title: 'Imported mail',
        email: 'nobody@example.com',
        password: 'unused',
        host: 'mail.example.com',
        push: false,
        fetchIntervalMinutes: 0,
      },
    },
  );
  const folderID = createEmailFolder.id;

  const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'UTC', acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workspaces' })).toBeVisible();
  await page.goto(`/folders/${folderID}`);

  // Import: replies first (one to a parent that never arrives), the root in a second file, and an unrelated email.
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Import…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import emails' });
  await dialog.getByLabel('Files').setInputFiles([
    {
      name: 'replies.mbox',
      mimeType: 'application/mbox',
      buffer: Buffer.from(
        mbox(msg('b', 'Re: Launch plan', 3, 'a', ['a']), msg('c', 'Re: Launch plan', 4, 'lost', ['a', 'lost']), msg('z', 'Lunch on Friday', 5)),
      ),
    },
    { name: 'root.eml', mimeType: 'message/rfc822', buffer: Buffer.from(msg('a', 'Launch plan', 2)) },
  ]);
  await expect(dialog.getByText('2 files')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('status')).toContainText('Import finished: 4 imported');
  await dialog.getByRole('button', { name: 'Close' }).first().click();

  // The list follows by itself: four emails, then grouped, two conversations.
  const rows = page.locator('table.email-table tbody tr');
  await expect(rows).toHaveCount(4);
  // The box follows the URL, which the router updates in a transition: a
  // check() that verifies at once can see the old state, so click and wait.
  const grouped = page.getByLabel('Group by conversation');
  await grouped.click();
  await expect(grouped).toBeChecked();
  await expect(rows).toHaveCount(2);
  await expect(rows.first().locator('td.col-subject')).toContainText('Lunch on Friday');
  const planRow = rows.nth(1);
  await expect(planRow.locator('td.col-subject a')).toHaveText('Re: Launch plan');
  await expect(planRow.locator('.badge-thread')).toContainText('3');

  // The email page shows the conversation, oldest first, this one marked.
  await planRow.locator('td.col-subject a').click();
  const thread = page.getByRole('region', { name: /Conversation/ });
  await expect(thread.getByRole('heading')).toHaveText('Conversation · 3 emails');
  await expect(thread.locator('li')).toHaveCount(3);
  await expect(thread.locator('li').first()).toContainText('Launch plan');
  await expect(thread.locator('li[aria-current="true"]')).toContainText('(this email)');
  await expect(thread.locator('li').nth(2)).toHaveAttribute('aria-current', 'true'); // c, the newest
  await thread.getByRole('link', { name: 'Launch plan', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Launch plan' })).toBeVisible();
  await expect(page.getByRole('region', { name: /Conversation/ }).locator('li').first()).toHaveAttribute('aria-current', 'true');

  // Export the folder as mbox: a download holding all four, From lines quoted.
  await page.goto(`/folders/${folderID}`);
  await expect(rows).toHaveCount(4);
  await page.getByRole('button', { name: 'More' }).click();
  const [mboxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Export as mbox' }).click()]);
  expect(mboxDownload.suggestedFilename()).toBe('Imported-mail.mbox');
  const exported = await readFile((await mboxDownload.path())!, 'utf8');
  for (const id of ['a', 'b', 'c', 'z']) expect(exported).toContain(`Message-ID: <${mid(id)}>`);
  expect(exported).toContain('\r\n>From here on, a line that mboxrd quotes.');
  expect(exported.match(/^From /gm)).toHaveLength(4);

  // Select two emails and export them as a zip.
  await rows.nth(0).getByRole('checkbox').check();
  await rows.nth(1).getByRole('checkbox').check();
  await expect(page.getByText('2 emails selected')).toBeVisible();
  const [zipDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export selected (.zip)' }).click()]);
  expect(zipDownload.suggestedFilename()).toMatch(/^emails-.*\.zip$/);
  const zip = await readFile((await zipDownload.path())!);
  expect(zip.subarray(0, 4).toString('latin1')).toBe('PK\x03\x04');
  expect(zip.toString('latin1')).toContain('manifest.csv');

  // Importing the export again finds every message a duplicate.
  await page.getByRole('button', { name: 'More' }).click();
  await page.getByRole('menuitem', { name: 'Import…' }).click();
  await dialog.getByLabel('Files').setInputFiles({ name: 'again.mbox', mimeType: 'application/mbox', buffer: Buffer.from(exported) });
  await dialog.getByRole('button', { name: 'Import' }).click();
  await expect(dialog.getByRole('status')).toContainText('0 imported, 4 duplicates');
  await context.close();
});

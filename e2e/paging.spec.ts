// Paging through a folder in real Chromium: 101 emails, one without a Date
// header and several sharing one date, pages of 50 newest first (Next) and
// oldest first from the end (Last, Previous). Every email appears exactly
// once, the undated one where the API puts it, shown as "no date" with the
// time it was imported. Uses Dovecot's user bench, which no other spec reads.
import { test, expect, type Page } from '@playwright/test';
import { API } from './support/api';
import { appendMessages } from './support/imap';

const baseURL = process.env.MAILROOM_E2E_URL!;
const adminPassword = process.env.MAILROOM_E2E_ADMIN_PASSWORD!;
const imapsPort = Number(process.env.MAILROOM_E2E_IMAPS_PORT!);
const certPEM = process.env.MAILROOM_E2E_CERT!;

const undated = 'Paging: delivery report without a date';

function message(i: number): string {
  const subject = i < 0 ? undated : `Paging ${String(i).padStart(3, '0')}`;
  // Five emails share each date: the ID decides among them.
  const date = new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 5) * 3_600_000).toUTCString().replace('GMT', '+0000');
  const id = `<paging-${i}-${Date.now().toString(36)}@mailroom.test>`;
  const head = [`From: Pager <pager@example.com>`, `To: bench@example.com`, `Subject: ${subject}`, `Message-ID: ${id}`];
  if (i >= 0) head.push(`Date: ${date}`);
  return [...head, '', `${subject}.`, ''].join('\r\n');
}

async function subjectsShown(page: Page): Promise<string[]> {
  return page.locator('table.email-table tbody td.col-subject a').allTextContents();
}

/** Clicks a pager button and waits for another page to be shown. */
async function turn(page: Page, button: 'Next' | 'Previous' | 'Last'): Promise<string[]> {
  const before = (await subjectsShown(page)).join('\n');
  await page.getByRole('navigation', { name: 'Email pages (top)' }).getByRole('button', { name: button, exact: true }).click();
  await expect.poll(async () => (await subjectsShown(page)).join('\n')).not.toBe(before);
  return subjectsShown(page);
}

test('a folder of 101 emails, one without a date, pages through all of them', async ({ browser }) => {
  const api = await API.login(baseURL, 'admin', adminPassword);
  const { createWorkspace } = await api.query<{ createWorkspace: { id: string } }>(
    'mutation($i: CreateWorkspaceInput!) { createWorkspace(input: $i) { id } }',
    { i: { title: 'Paging' } },
  );
  const { createEmailFolder } = await api.query<{ createEmailFolder: { id: string } }>(
    'mutation($i: CreateEmailFolderInput!) { createEmailFolder(input: $i) { id } }',
    {
      i: {
        workspaceID: createWorkspace.id,
        title: 'Hundred and one',
        email: 'bench@example.com',
        password: 'benchpass',
        host: '127.0.0.1',
        port: imapsPort,
        trustedCertificate: certPEM,
        emailsLimit: 500,
        push: false,
        fetchIntervalMinutes: 0,
      },
    },
  );
  const messages = [message(-1)];
  for (let i = 0; i < 100; i++) messages.push(message(i));
  await appendMessages({ host: '127.0.0.1', port: imapsPort, ca: certPEM, user: 'bench', password: 'benchpass' }, 'INBOX', messages);
  const { fetchEmails } = await api.query<{ fetchEmails: { imported: number; error: string | null } }>(
    'mutation($f: ID!) { fetchEmails(folderID: $f) { imported error } }',
    { f: createEmailFolder.id },
  );
  expect(fetchEmails).toEqual({ imported: 101, error: null });

  const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workspaces' })).toBeVisible();

  // Newest first, pages of 50, forwards: the undated email comes last.
  await page.goto(`/folders/${createEmailFolder.id}`);
  await expect(page.locator('table.email-table tbody tr')).toHaveCount(50);
  const newestFirst = await subjectsShown(page);
  expect(newestFirst[0]).toBe('Paging 099');
  newestFirst.push(...(await turn(page, 'Next')));
  newestFirst.push(...(await turn(page, 'Next')));
  await expect(page.getByRole('navigation', { name: 'Email pages (top)' }).getByRole('button', { name: 'Next', exact: true })).toBeDisabled();
  expect(newestFirst).toHaveLength(101);
  expect(new Set(newestFirst).size).toBe(101);
  expect(newestFirst.at(-1)).toBe(undated);
  const lastRow = page.locator('table.email-table tbody tr').last();
  await expect(lastRow.locator('td.col-date')).toContainText(/^no date · imported /);

  // Oldest first, from the last page backwards: the undated email comes first.
  await page.getByRole('button', { name: 'Date', exact: true }).click();
  await expect.poll(async () => (await subjectsShown(page))[0]).toBe(undated);
  const oldestFirst = await turn(page, 'Last');
  oldestFirst.unshift(...(await turn(page, 'Previous')));
  oldestFirst.unshift(...(await turn(page, 'Previous')));
  expect(oldestFirst).toHaveLength(101);
  expect(oldestFirst).toEqual([...newestFirst.slice(0, 100)].reverse().toSpliced(0, 0, undated));
  await context.close();
});

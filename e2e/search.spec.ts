// Search in real Chromium: from the header box (focused with /) over every
// readable folder, a result's snippet marking the match in an attachment,
// opening a result with the keyboard, and removing a filter chip. Uses a
// mailbox of its own (Search) on Dovecot's user bob, which no other spec reads.
import { test, expect } from '@playwright/test';
import { API } from './support/api';
import { appendMessages } from './support/imap';

const baseURL = process.env.MAILROOM_E2E_URL!;
const adminPassword = process.env.MAILROOM_E2E_ADMIN_PASSWORD!;
const imapsPort = Number(process.env.MAILROOM_E2E_IMAPS_PORT!);
const certPEM = process.env.MAILROOM_E2E_CERT!;

const run = Date.now().toString(36);

function message(subject: string, from: string, body: string, attachment?: { name: string; text: string }): string {
  const head = [`From: ${from}`, `To: team@example.com`, `Subject: ${subject}`, `Message-ID: <search-${subject.replace(/\W/g, '')}-${run}@mailroom.test>`,
    `Date: Mon, 02 Mar 2026 10:00:00 +0000`, 'MIME-Version: 1.0'];
  if (!attachment) return [...head, 'Content-Type: text/plain; charset=utf-8', '', body, ''].join('\r\n');
  return [...head, 'Content-Type: multipart/mixed; boundary=b', '', '--b', 'Content-Type: text/plain; charset=utf-8', '', body,
    '--b', `Content-Type: text/plain; name=${attachment.name}`, `Content-Disposition: attachment; filename=${attachment.name}`, '',
    attachment.text, '--b--', ''].join('\r\n');
}

test('search from the header, see the snippet, open a result, remove a chip', async ({ browser }) => {
  const api = await API.login(baseURL, 'admin', adminPassword);
  const { createWorkspace } = await api.query<{ createWorkspace: { id: string } }>(
    'mutation($i: CreateWorkspaceInput!) { createWorkspace(input: $i) { id } }',
    { i: { title: `Search ${run}` } },
  );
  const { createEmailFolder } = await api.query<{ createEmailFolder: { id: string } }>(
    'mutation($i: CreateEmailFolderInput!) { createEmailFolder(input: $i) { id } }',
    {
      i: {
        workspaceID: createWorkspace.id, title: `Searchable ${run}`, email: 'bob@example.com', password: 'bobpass',
        host: '127.0.0.1', port: imapsPort, trustedCertificate: certPEM, mailbox: 'Search', push: false, fetchIntervalMinutes: 0,
      },
    },
  );
  const word = `zeppelin${run}`;
  await appendMessages({ host: '127.0.0.1', port: imapsPort, ca: certPEM, user: 'bob', password: 'bobpass' }, 'Search', [
    message(`Airship plans ${run}`, 'Hugo Eckener <hugo@example.com>', 'See the attached notes.', { name: 'notes.txt', text: `The ${word} <flies> at dawn.` }),
    message(`Airship budget ${run}`, 'Clara Adams <clara@example.com>', `The ${word} budget is approved.`),
    message(`Lunch ${run}`, 'Clara Adams <clara@example.com>', 'Nothing about airships.'),
  ], { create: true });
  const { fetchEmails } = await api.query<{ fetchEmails: { imported: number; error: string | null } }>(
    'mutation($f: ID!) { fetchEmails(folderID: $f) { imported error } }',
    { f: createEmailFolder.id },
  );
  expect(fetchEmails).toEqual({ imported: 3, error: null });

  const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workspaces' })).toBeVisible();

  // The folder says how much of it the index holds.
  await page.goto(`/folders/${createEmailFolder.id}`);
  await expect(page.getByText('Search index: 3 of 3 emails')).toBeVisible();

  // "/" focuses the header's box; Enter searches every folder.
  await page.locator('body').press('/');
  const box = page.getByRole('searchbox', { name: 'Search all folders' });
  await expect(box).toBeFocused();
  await box.fill(`${word} from:clara`);
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=/);
  const results = page.locator('.search-results li');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText(`Airship budget ${run}`);
  await expect(page.getByRole('status')).toContainText('1 email found');

  // Removing the chip widens the search; the attachment's snippet is marked, its markup shown as text.
  await page.getByRole('button', { name: 'Remove filter From: clara' }).click();
  await expect(page).toHaveURL(new RegExp(`q=${word}$`));
  await expect(results).toHaveCount(2);
  const plans = results.filter({ hasText: `Airship plans ${run}` });
  await expect(plans.locator('.search-snippet')).toHaveText(`in attachment notes.txt: The ${word} <flies> at dawn.`);
  await expect(plans.locator('.search-snippet mark')).toHaveText(word);
  await expect(plans.locator('.search-snippet flies')).toHaveCount(0);

  // ↓ from the box into the results, Enter opens the email.
  await box.focus();
  await box.press('ArrowDown');
  const firstLink = results.first().locator('.search-result-link');
  await expect(firstLink).toBeFocused();
  const opened = await firstLink.textContent();
  await firstLink.press('Enter');
  await expect(page).toHaveURL(/\/email\//);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(opened ?? '');

  // A malformed query says what is wrong.
  await page.locator('body').press('/');
  await box.fill('before:someday');
  await box.press('Enter');
  await expect(page.getByText(/not a date/)).toBeVisible();
  await context.close();
});

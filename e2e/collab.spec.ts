// Collaboration in real Chromium: comment and reply, annotate a selection
// and find it highlighted after a reload, relate two emails and see the
// relation at both ends, tag an email and filter the folder by the tag.
// Uses the mailbox "Collab" of Dovecot's user bench, which no other spec reads.
import { test, expect, type Page } from '@playwright/test';
import { API } from './support/api';
import { appendMessages, createMailbox } from './support/imap';

const baseURL = process.env.MAILROOM_E2E_URL!;
const adminPassword = process.env.MAILROOM_E2E_ADMIN_PASSWORD!;
const imapsPort = Number(process.env.MAILROOM_E2E_IMAPS_PORT!);
const certPEM = process.env.MAILROOM_E2E_CERT!;
const bench = { host: '127.0.0.1', port: imapsPort, ca: certPEM, user: 'bench', password: 'benchpass' };

const proposal = 'Collab: proposal draft';
const questions = 'Collab: open questions';

function message(subject: string, body: string, date: string): string {
  const id = `<collab-${subject.replace(/\W+/g, '-')}-${Date.now().toString(36)}@mailroom.test>`;
  return [`From: Dana Writer <dana@example.com>`, `To: bench@example.com`, `Subject: ${subject}`, `Message-ID: ${id}`, `Date: ${date}`, '', body, ''].join('\r\n');
}

/** Selects the nth occurrence (0-based) of needle in the email's text, as a mouse selection would, and releases the mouse. */
async function selectInText(page: Page, needle: string, nth: number) {
  await page.evaluate(
    ({ needle, nth }) => {
      const pre = document.querySelector('pre.email-text')!;
      const text = pre.textContent ?? '';
      let at = -1;
      for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`${needle} not in the text`);
      const walker = document.createTreeWalker(pre, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      let pos = 0;
      let started = false;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const len = n.textContent?.length ?? 0;
        if (!started && at < pos + len) {
          range.setStart(n, at - pos);
          started = true;
        }
        if (started && at + needle.length <= pos + len) {
          range.setEnd(n, at + needle.length - pos);
          break;
        }
        pos += len;
      }
      const sel = window.getSelection()!;
      sel.removeAllRanges();
      sel.addRange(range);
      pre.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    { needle, nth },
  );
}

test('comment, annotate, relate and tag emails', async ({ browser }) => {
  const api = await API.login(baseURL, 'admin', adminPassword);
  await createMailbox(bench, 'Collab');
  await appendMessages(bench, 'Collab', [
    message(proposal, 'The proposal covers the budget.\nThe budget is final once the board agrees.\n\nDana', 'Mon, 02 Nov 2026 09:00:00 +0000'),
    message(questions, 'Who signs off the budget? And by when?\n\nDana', 'Tue, 03 Nov 2026 09:00:00 +0000'),
  ]);
  const { createWorkspace } = await api.query<{ createWorkspace: { id: string } }>(
    'mutation($i: CreateWorkspaceInput!) { createWorkspace(input: $i) { id } }',
    { i: { title: 'Collaboration' } },
  );
  const { createEmailFolder } = await api.query<{ createEmailFolder: { id: string } }>(
    'mutation($i: CreateEmailFolderInput!) { createEmailFolder(input: $i) { id } }',
    {
      i: {
        workspaceID: createWorkspace.id,
        title: 'Proposals',
        email: 'bench@example.com',
        password: 'benchpass',
        host: '127.0.0.1',
        port: imapsPort,
        trustedCertificate: certPEM,
        mailbox: 'Collab',
        push: false,
        fetchIntervalMinutes: 0,
      },
    },
  );
  const folderID = createEmailFolder.id;
  const { fetchEmails } = await api.query<{ fetchEmails: { imported: number; error: string | null } }>(
    'mutation($f: ID!) { fetchEmails(folderID: $f) { imported error } }',
    { f: folderID },
  );
  expect(fetchEmails).toEqual({ imported: 2, error: null });

  const context = await browser.newContext({ baseURL, locale: 'en-US', timezoneId: 'UTC' });
  const page = await context.newPage();
  await page.goto('/');
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill(adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Workspaces' })).toBeVisible();

  await page.goto(`/folders/${folderID}`);
  await page.getByRole('link', { name: proposal }).click();
  await expect(page.getByRole('heading', { level: 1, name: proposal })).toBeVisible();
  const proposalURL = page.url();

  // Comment, with Markdown-lite, then a reply shown indented under it.
  const comments = page.getByRole('region', { name: /^Comments/ });
  await comments.getByRole('textbox', { name: 'Comment' }).fill('Looks **good**, see <b>section 2</b>');
  await comments.getByRole('button', { name: 'Comment', exact: true }).click();
  const first = comments.getByTestId('comment').first();
  await expect(first.locator('strong', { hasText: 'good' })).toBeVisible();
  await expect(first).toContainText('<b>section 2</b>'); // markup shows as text
  await first.getByRole('button', { name: 'Reply' }).click();
  await comments.getByRole('textbox', { name: 'Reply' }).fill('Agreed, with `one` change');
  await comments.getByRole('button', { name: 'Reply', exact: true }).last().click();
  await expect(comments.getByTestId('comment')).toHaveCount(2);
  const reply = comments.getByTestId('comment').nth(1);
  await expect(reply.locator('code', { hasText: 'one' })).toBeVisible();
  expect(await reply.evaluate((el) => getComputedStyle(el).marginInlineStart)).not.toBe('0px');

  // Annotate the second "budget" (a repeated word), then reload.
  await selectInText(page, 'budget', 1);
  await page.getByRole('button', { name: 'Annotate' }).click();
  await page.getByRole('textbox', { name: /Note on/ }).fill('Confirm with the board');
  await page.getByRole('button', { name: 'Save annotation' }).click();
  const highlighted = async () =>
    page.evaluate(() => {
      const pre = document.querySelector('pre.email-text')!;
      const mark = pre.querySelector('mark.annotation');
      if (!mark) return null;
      const before = document.createRange();
      before.setStart(pre, 0);
      before.setEndBefore(mark);
      return { text: mark.textContent, at: before.toString().length };
    });
  const expectedAt = 'The proposal covers the budget.\nThe '.length;
  await expect.poll(highlighted).toEqual({ text: 'budget', at: expectedAt });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: proposal })).toBeVisible();
  await expect.poll(highlighted).toEqual({ text: 'budget', at: expectedAt });
  await expect(page.getByRole('complementary', { name: 'Annotations' }).getByTestId('annotation')).toContainText('Confirm with the board');

  // Relate to the other email, found by a word of its subject; shown at both ends.
  const relations = page.getByRole('region', { name: 'Relations' });
  await relations.getByRole('combobox', { name: /^Relation/ }).selectOption('REFERENCES');
  await relations.getByRole('searchbox', { name: /Find a document/ }).fill('questions');
  await relations.getByRole('button', { name: new RegExp(questions) }).click();
  await expect(relations.getByTestId('relation')).toContainText(`This email references ${questions}`);
  await relations.getByRole('link', { name: questions }).click();
  await expect(page.getByRole('heading', { level: 1, name: questions })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Relations' }).getByTestId('relation')).toContainText(`This email is referenced by ${proposal}`);

  // Tag it, then filter the folder by the tag from its chip.
  const tags = page.getByRole('region', { name: 'Tags' });
  await tags.getByRole('combobox', { name: 'New tag' }).fill('  Board Review ');
  await tags.getByRole('button', { name: 'Tag', exact: true }).click();
  await expect(tags.getByRole('link', { name: 'board review' })).toBeVisible();
  await page.goto(`/folders/${folderID}`);
  await expect(page.locator('table.email-table tbody tr')).toHaveCount(2);
  await page.locator('table.email-table').getByRole('link', { name: 'board review' }).click();
  await expect(page).toHaveURL(/[?&]tag=board(%20|\+)review/);
  await expect(page.locator('table.email-table tbody tr')).toHaveCount(1);
  await expect(page.locator('table.email-table tbody td.col-subject')).toContainText(questions);
  await page.getByRole('button', { name: /Clear tag/ }).click();
  await expect(page.locator('table.email-table tbody tr')).toHaveCount(2);
  await page.getByLabel('Filter by tag').fill('Board review');
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  await expect(page.locator('table.email-table tbody tr')).toHaveCount(1);

  // A comment on the folder itself, under its emails.
  const folderComments = page.getByRole('region', { name: /^Comments on this folder/ });
  await folderComments.getByRole('textbox', { name: 'Comment' }).fill('Proposals for the *board* go here');
  await folderComments.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(folderComments.getByTestId('comment').locator('em', { hasText: 'board' })).toBeVisible();

  // Back on the first email after all this, its comments and relation are there.
  await page.goto(proposalURL);
  await expect(page.getByRole('region', { name: /^Comments/ }).getByTestId('comment')).toHaveCount(2);
  await context.close();

  // Purged with all it holds (comments, annotations, relations, tags go
  // along), so the specs after this one find the instance as they expect.
  await api.query('mutation($id: ID!) { trashNode(id: $id) { id } }', { id: createWorkspace.id });
  await api.query('mutation($id: ID!) { deleteNodePermanently(id: $id) }', { id: createWorkspace.id });
});

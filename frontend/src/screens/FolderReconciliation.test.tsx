import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import { fakeClient } from '../test/fakeClient';
import { FolderReconciliation } from './FolderReconciliation';

const entry = (serverUID: string, r: Record<string, unknown>) => ({
  __typename: 'LedgerEntry',
  serverUID,
  uidValidity: 7,
  messageID: null,
  outcome: 'IMPORTED',
  email: null,
  duplicateOf: null,
  duplicateBy: null,
  reason: null,
  willRetry: false,
  at: '2026-11-25T10:00:00Z',
  ...r,
});

const entries = [
  entry('6', { outcome: 'FAILED', reason: 'the server returned no body', willRetry: true }),
  entry('5', { outcome: 'DUPLICATE', duplicateOf: { __typename: 'Email', id: 'E4', subject: 'no id' }, duplicateBy: 'CONTENT', reason: 'same content (sha256) as an earlier message without Message-ID' }),
  entry('4', { email: { __typename: 'Email', id: 'E4', subject: 'no id' } }),
  entry('3', { outcome: 'DUPLICATE', messageID: 'a@x', duplicateOf: { __typename: 'Email', id: 'E1', subject: 'first' }, duplicateBy: 'MESSAGE_ID', reason: 'same Message-ID as an earlier message' }),
  entry('2', { outcome: 'PURGED', messageID: 'b@x', reason: 'imported, then deleted for good; it is not imported again' }),
  entry('1', { messageID: 'a@x', email: { __typename: 'Email', id: 'E1', subject: 'first' } }),
];

const reconciliation = {
  __typename: 'FolderReconciliation',
  checkedAt: '2026-11-25T10:00:00Z',
  onServer: 7,
  unreadOnServer: 6,
  newOnServer: 6,
  imported: 2,
  duplicates: 2,
  failed: 1,
  purged: 1,
  remaining: 0,
  offered: 6,
};

/** Answers like the server: filtered by outcome, paged by a cursor that is the entry's index. */
function ledger(vars: Record<string, unknown>) {
  const all = entries.filter((e) => !vars.outcome || e.outcome === vars.outcome);
  const from = vars.after ? Number(vars.after) + 1 : 0;
  const page = all.slice(from, from + (vars.first as number));
  return {
    __typename: 'LedgerEntryConnection',
    totalCount: all.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: from + page.length < all.length, endCursor: String(from + page.length - 1) },
    edges: page.map((node, i) => ({ __typename: 'LedgerEntryEdge', cursor: String(from + i), node })),
  };
}

function setup(props: { runID?: string } = {}, first?: number) {
  const fake = fakeClient({
    FolderReconciliation: (vars) => {
      const v = first ? { ...vars, first } : vars;
      return {
        data: {
          node: {
            __typename: 'EmailFolder',
            id: 'F1',
            ledgerCSVURL: '/folders/F1/ledger.csv',
            reconciliation,
            ...(vars.byRun ? {} : { ledger: ledger(v) }),
          },
          ...(vars.byRun ? { run: { __typename: 'FetchRun', id: vars.runID, startedAt: '2026-11-25T10:00:00Z', ledger: ledger(v) } } : {}),
        },
      };
    },
  });
  render(
    <MemoryRouter>
      <Provider value={fake.client}>
        <FolderReconciliation folderID="F1" {...props} />
      </Provider>
    </MemoryRouter>,
  );
  return { ...fake, user: userEvent.setup() };
}

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const number = (list: string, label: string) =>
  within(screen.getByLabelText(list, { selector: 'dl' }))
    .getByText(label, { selector: 'dt' })
    .closest('div')!;

describe('the Reconciliation view', () => {
  it('shows numbers that add up to what the server offered', () => {
    setup();
    expect(number('On the server', 'On the server')).toHaveTextContent('7');
    expect(number('On the server', 'Unread on the server')).toHaveTextContent('6');
    const outcome = (label: string) => number('What became of them', label);
    expect(outcome('Imported')).toHaveTextContent('2');
    expect(outcome('Duplicates')).toHaveTextContent('2');
    expect(outcome('Failed')).toHaveTextContent('1');
    expect(outcome('Deleted for good')).toHaveTextContent('1');
    expect(outcome('Remaining')).toHaveTextContent('0');
    expect(outcome('Offered in all')).toHaveTextContent('6');
    expect(screen.getByText(/add up to 6 messages offered/)).toBeInTheDocument();
  });

  it('lists every entry with its outcome, why, and links to the emails', () => {
    setup();
    const [failed, dupContent, imported, dupID, purged] = rows();
    expect(failed).toHaveTextContent('Failed');
    expect(failed).toHaveTextContent('the server returned no body — retried by the next check');
    expect(dupContent).toHaveTextContent('same content');
    expect(within(dupContent).getByRole('link', { name: 'no id' })).toHaveAttribute('href', '/email/E4');
    expect(within(imported).getByRole('link', { name: 'no id' })).toHaveAttribute('href', '/email/E4');
    expect(dupID).toHaveTextContent('same Message-ID');
    expect(within(dupID).getByRole('link', { name: 'first' })).toHaveAttribute('href', '/email/E1');
    expect(purged).toHaveTextContent('Deleted for good');
    expect(within(purged).queryByRole('link')).toBeNull();
  });

  it('filters by outcome with the chips and the numbers, and the CSV follows the filter', async () => {
    const { user, callsOf } = setup();
    const csv = () => screen.getByRole('link', { name: 'Download CSV' });
    expect(csv()).toHaveAttribute('href', '/folders/F1/ledger.csv');
    await user.click(within(screen.getByRole('group', { name: 'Show' })).getByRole('button', { name: 'Duplicates' }));
    expect(callsOf('FolderReconciliation').at(-1)).toMatchObject({ outcome: 'DUPLICATE', after: null });
    expect(rows()).toHaveLength(2);
    expect(csv()).toHaveAttribute('href', '/folders/F1/ledger.csv?outcome=DUPLICATE');
    await user.click(screen.getByRole('button', { name: 'Deleted for good: 1, show them' }));
    expect(rows()).toHaveLength(1);
    expect(rows()[0]).toHaveTextContent('UID 2');
    await user.click(screen.getByRole('button', { name: 'All' }));
    expect(rows()).toHaveLength(6);
  });

  it('pages forward and back with cursors', async () => {
    const { user, callsOf } = setup({}, 2);
    expect(rows().map((r) => within(r).getByText(/^UID/).textContent)).toEqual(['UID 6', 'UID 5']);
    await user.click(screen.getByRole('button', { name: 'Older' }));
    expect(callsOf('FolderReconciliation').at(-1)).toMatchObject({ after: '1' });
    expect(rows().map((r) => within(r).getByText(/^UID/).textContent)).toEqual(['UID 4', 'UID 3']);
    await user.click(screen.getByRole('button', { name: 'Newer' }));
    expect(rows().map((r) => within(r).getByText(/^UID/).textContent)).toEqual(['UID 6', 'UID 5']);
    expect(screen.getByRole('button', { name: 'Newer' })).toBeDisabled();
  });

  it("shows one run's entries when given a run", () => {
    const { callsOf } = setup({ runID: 'R9' });
    expect(callsOf('FolderReconciliation').at(-1)).toMatchObject({ runID: 'R9', byRun: true });
    expect(rows()).toHaveLength(6);
    expect(screen.getByText(/Entries of the check started/)).toBeInTheDocument();
  });
});

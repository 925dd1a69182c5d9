import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { fakeClient } from '../test/fakeClient';
import { FolderActivity } from './FolderActivity';

const run = (id: string, r: Record<string, unknown>) => ({
  __typename: 'FetchRun',
  id,
  trigger: 'PUSH',
  startedAt: '2026-11-25T10:00:00Z',
  finishedAt: '2026-11-25T10:00:00.800Z',
  imported: 0,
  duplicates: 0,
  failed: 0,
  remaining: 0,
  error: null,
  failures: null,
  ...r,
});

function setup(runs: ReturnType<typeof run>[], props: { onReprocess?(): void; entriesHref?(runID: string): string } = {}) {
  const fake = fakeClient({
    FolderRuns: ({ first }) => ({
      data: {
        node: {
          __typename: 'EmailFolder',
          id: 'F1',
          fetchRuns: {
            __typename: 'FetchRunConnection',
            totalCount: runs.length,
            pageInfo: { __typename: 'PageInfo', hasNextPage: runs.length > (first as number) },
            edges: runs.slice(0, first as number).map((node) => ({ __typename: 'FetchRunEdge', node })),
          },
        },
      },
    }),
  });
  render(
    <MemoryRouter>
      <Provider value={fake.client}>
        <FolderActivity folderID="F1" {...props} />
      </Provider>
    </MemoryRouter>,
  );
  return { ...fake, user: userEvent.setup() };
}

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('the Activity tab', () => {
  it('lists each run: when, trigger, counts, error, duration', () => {
    setup([
      run('R3', { trigger: 'MANUAL', imported: 8, duplicates: 2, finishedAt: '2026-11-25T10:00:12.300Z' }),
      run('R2', { trigger: 'SCHEDULE', error: 'the server refused the password' }),
      run('R1', { trigger: 'PUSH', finishedAt: null }),
    ]);
    const [manual, schedule, push] = rows();
    expect(manual).toHaveTextContent('Check email');
    expect(manual).toHaveTextContent('8 new, 2 duplicates');
    expect(manual).toHaveTextContent('12 s');
    expect(schedule).toHaveTextContent('Schedule');
    expect(schedule).toHaveTextContent('The check failed: the server refused the password');
    expect(push).toHaveTextContent('Push');
    expect(push).toHaveTextContent('Running…');
    expect(screen.queryByRole('button', { name: 'Reprocess' })).toBeNull();
  });

  it('lists the messages a run could not import, and offers to reprocess them', async () => {
    const onReprocess = vi.fn();
    const { user } = setup(
      [
        run('R2', {
          imported: 3,
          failed: 2,
          failures: [
            { __typename: 'FetchFailure', serverUID: '41', reason: 'the message is larger than 50 MB' },
            { __typename: 'FetchFailure', serverUID: '42', reason: 'the server closed the connection' },
          ],
        }),
        run('R1', {}),
      ],
      { onReprocess },
    );
    expect(rows()[0]).toHaveTextContent('3 new, 2 failed');
    await user.click(screen.getByText('2 messages not imported'));
    expect(screen.getByText('the message is larger than 50 MB')).toBeVisible();
    expect(screen.getByRole('note')).toHaveTextContent('The last check could not import 2 messages.');
    await user.click(screen.getByRole('button', { name: 'Reprocess' }));
    expect(onReprocess).toHaveBeenCalled();
  });

  it('has no Reprocess button for someone who may not check email', () => {
    setup([run('R1', { failed: 1, failures: [{ __typename: 'FetchFailure', serverUID: '7', reason: 'broken' }] })]);
    expect(screen.getByRole('note')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reprocess' })).toBeNull();
  });

  it('pages back through older runs', async () => {
    const many = Array.from({ length: 25 }, (_, i) => run(`R${i}`, { imported: i }));
    const { user, callsOf } = setup(many);
    expect(rows()).toHaveLength(20);
    expect(screen.getByText('20 of 25 checks')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show older checks' }));
    expect(callsOf('FolderRuns').at(-1)).toEqual({ id: 'F1', first: 40 });
    expect(rows()).toHaveLength(25);
  });

  it("links each run that produced entries to them in the ledger", () => {
    setup([run('R2', { imported: 3, failed: 1 }), run('R1', {})], { entriesHref: (id) => `/folders/F1/reconciliation?run=${id}` });
    const [withEntries, without] = rows();
    expect(within(withEntries).getByRole('link', { name: 'Entries' })).toHaveAttribute('href', '/folders/F1/reconciliation?run=R2');
    expect(within(without).queryByRole('link', { name: 'Entries' })).toBeNull();
  });

  it('explains an empty history', () => {
    setup([]);
    expect(screen.getByText('Nothing fetched yet')).toBeInTheDocument();
  });
});

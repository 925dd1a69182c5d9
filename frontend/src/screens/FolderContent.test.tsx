import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { Provider, type Client } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { fromValue, never } from 'wonka';
import { FolderContent, pageSize, type Arrivals } from './FolderContent';

interface Vars {
  first?: number;
  after?: string;
  last?: number;
  before?: string;
  orderBy: { field: string; direction: string };
}

/** A folder of `total` emails served page by page like the API (cursor = position). */
function fakeClient(total: number) {
  const subjectOf = (i: number) => `Message ${String(i).padStart(6, '0')}`;
  const executeQuery = vi.fn(({ variables }: { variables: Vars }) => {
    let from: number;
    let to: number;
    if (variables.before !== undefined) {
      to = Number(variables.before);
      from = Math.max(0, to - variables.last!);
    } else if (variables.last !== undefined) {
      to = total;
      from = Math.max(0, total - variables.last);
    } else {
      from = variables.after !== undefined ? Number(variables.after) + 1 : 0;
      to = Math.min(total, from + variables.first!);
    }
    const edges = [];
    for (let i = from; i < to; i++) {
      edges.push({
        cursor: String(i),
        node: { __typename: 'Email', id: String(i + 1), subject: subjectOf(i), from: { name: 'Sender', address: 's@example.com' }, sentAt: '2026-10-01T10:00:00Z', attachmentCount: i % 3 === 0 ? 2 : 0, parseError: null, tags: [] },
      });
    }
    const data = {
      node: {
        __typename: 'EmailFolder',
        id: 'F1',
        emails: {
          __typename: 'EmailConnection',
          totalCount: total,
          pageInfo: {
            __typename: 'PageInfo',
            hasNextPage: variables.first !== undefined && to < total,
            hasPreviousPage: variables.last !== undefined && from > 0,
            startCursor: edges[0]?.cursor ?? null,
            endCursor: edges.at(-1)?.cursor ?? null,
          },
          edges,
        },
      },
    };
    return fromValue({ data, stale: false, hasNext: false });
  });
  const client = { executeQuery, executeMutation: () => never, executeSubscription: () => never } as unknown as Client;
  return { client, executeQuery, subjectOf };
}

function Location() {
  const l = useLocation();
  return <output data-testid="location">{l.pathname + l.search}</output>;
}

function setup(total: number, url = '/folders/F1', arrivals?: Arrivals) {
  const fake = fakeClient(total);
  const view = (a?: Arrivals) => (
    <Provider value={fake.client}>
      <MemoryRouter initialEntries={[url]}>
        <Routes>
          <Route
            path="/folders/:id"
            element={
              <>
                <FolderContent folderID="F1" arrivals={a} />
                <Location />
              </>
            }
          />
        </Routes>
      </MemoryRouter>
    </Provider>
  );
  const { rerender } = render(view(arrivals));
  const lastVars = () => fake.executeQuery.mock.calls.at(-1)![0].variables as Vars;
  return { ...fake, lastVars, user: userEvent.setup(), arrive: (a: Arrivals) => rerender(view(a)) };
}

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const topPager = () => screen.getByRole('navigation', { name: 'Email pages (top)' });

describe('the Content tab', () => {
  it('asks for the newest first, one page at a time', () => {
    const { lastVars, subjectOf } = setup(100_000);
    expect(lastVars()).toEqual({ id: 'F1', first: pageSize, orderBy: { field: 'SENT_AT', direction: 'DESC' } });
    expect(rows()).toHaveLength(pageSize);
    expect(rows()[0]).toHaveTextContent(subjectOf(0));
    expect(topPager()).toHaveTextContent('1–50 of 100,000');
    expect(within(topPager()).getByRole('button', { name: 'Previous' })).toBeDisabled();
    expect(within(topPager()).getByRole('button', { name: 'First' })).toBeDisabled();
    expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('columnheader', { name: /Subject/ })).toHaveAttribute('aria-sort', 'none');
  });

  it('links each subject to the email’s own page and marks attachments', () => {
    setup(3);
    const first = within(rows()[0]);
    expect(first.getByRole('link', { name: 'Message 000000' })).toHaveAttribute('href', '/email/1');
    expect(first.getByText('2 attachments')).toBeInTheDocument();
    expect(within(rows()[1]).queryByText(/attachment/)).toBeNull();
  });

  it('pages forward and back by cursor, through 100,000 emails', async () => {
    const { lastVars, user, subjectOf } = setup(100_000);
    await user.click(within(topPager()).getByRole('button', { name: 'Next' }));
    expect(lastVars()).toMatchObject({ first: pageSize, after: '49' });
    expect(rows()[0]).toHaveTextContent(subjectOf(50));
    expect(topPager()).toHaveTextContent('51–100 of 100,000');
    expect(screen.getByTestId('location')).toHaveTextContent('/folders/F1?after=49&start=51');

    await user.click(within(topPager()).getByRole('button', { name: 'Last' }));
    expect(lastVars()).toMatchObject({ last: pageSize });
    expect(lastVars()).not.toHaveProperty('after');
    expect(topPager()).toHaveTextContent('99,951–100,000 of 100,000');
    expect(within(topPager()).getByRole('button', { name: 'Next' })).toBeDisabled();

    await user.click(within(topPager()).getByRole('button', { name: 'Previous' }));
    expect(lastVars()).toMatchObject({ last: pageSize, before: '99950' });
    expect(topPager()).toHaveTextContent('99,901–99,950 of 100,000');
    expect(rows()[0]).toHaveTextContent(subjectOf(99_900));

    await user.click(within(topPager()).getByRole('button', { name: 'First' }));
    expect(lastVars()).toEqual({ id: 'F1', first: pageSize, orderBy: { field: 'SENT_AT', direction: 'DESC' } });
    expect(topPager()).toHaveTextContent('1–50 of 100,000');
  });

  it('sorts by subject, then flips, then back to date; each sort starts at page 1', async () => {
    const { lastVars, user } = setup(1000, '/folders/F1?after=49&start=51');
    expect(lastVars()).toMatchObject({ after: '49' });

    await user.click(screen.getByRole('button', { name: /Subject/ }));
    expect(lastVars()).toEqual({ id: 'F1', first: pageSize, orderBy: { field: 'SUBJECT', direction: 'ASC' } });
    expect(screen.getByRole('columnheader', { name: /Subject/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(screen.getByTestId('location')).toHaveTextContent('/folders/F1?sort=subject');

    await user.click(screen.getByRole('button', { name: /Subject/ }));
    expect(lastVars().orderBy).toEqual({ field: 'SUBJECT', direction: 'DESC' });
    expect(screen.getByRole('columnheader', { name: /Subject/ })).toHaveAttribute('aria-sort', 'descending');

    await user.click(screen.getByRole('button', { name: /Date/ }));
    expect(lastVars().orderBy).toEqual({ field: 'SENT_AT', direction: 'DESC' });
    await user.click(screen.getByRole('button', { name: /Date/ }));
    expect(lastVars().orderBy).toEqual({ field: 'SENT_AT', direction: 'ASC' });
    expect(screen.getByRole('columnheader', { name: /Date/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('shows a small folder without paging buttons to press', () => {
    setup(8);
    expect(topPager()).toHaveTextContent('1–8 of 8');
    for (const name of ['First', 'Previous', 'Next', 'Last']) expect(within(topPager()).getByRole('button', { name })).toBeDisabled();
    expect(screen.queryByRole('navigation', { name: 'Email pages (bottom)' })).toBeNull();
  });

  it('says what to do when the folder is empty', () => {
    setup(0);
    expect(screen.getByText('No emails yet — click Check email')).toBeInTheDocument();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('marks mail that arrived while the page is open, on the first page newest first', () => {
    setup(60, '/folders/F1', { ids: ['1', '2'] });
    expect(rows()[0]).toHaveClass('row-new');
    expect(within(rows()[0]).getByText('New')).toBeInTheDocument();
    expect(rows()[1]).toHaveClass('row-new');
    expect(rows()[2]).not.toHaveClass('row-new');
    expect(screen.queryByText(/arrived while you were here/)).toBeNull();
  });

  it('elsewhere, announces arrivals and offers the newest', async () => {
    const { arrive, user, lastVars } = setup(1000, '/folders/F1?after=49&start=51', { ids: [] });
    arrive({ ids: ['9001'] });
    expect(screen.getByText(/arrived while you were here/)).toHaveTextContent('A new email arrived while you were here.');
    arrive({ ids: ['9001', '9002'] });
    expect(screen.getByText(/arrived while you were here/)).toHaveTextContent('2 new emails arrived while you were here.');
    await user.click(screen.getByRole('button', { name: 'Show the newest' }));
    expect(lastVars()).toEqual({ id: 'F1', first: pageSize, orderBy: { field: 'SENT_AT', direction: 'DESC' } });
    expect(screen.queryByText(/arrived while you were here/)).toBeNull();
  });
});

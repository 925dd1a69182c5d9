import { describe, expect, it } from 'vitest';
import { grow, maxPageSize, navigate, pageVariables, readPageState, toggleSort, writePageState } from './paging';

const info = (hasNextPage: boolean, hasPreviousPage: boolean) => ({ hasNextPage, hasPreviousPage, startCursor: 'S', endCursor: 'E' });

describe('page state in the URL', () => {
  it('defaults to newest first, first page', () => {
    expect(readPageState(new URLSearchParams())).toEqual({ sort: 'date', dir: 'desc' });
    expect(writePageState({ sort: 'date', dir: 'desc' }).toString()).toBe('');
  });

  it('round-trips sort, cursors and position', () => {
    for (const s of [
      { sort: 'subject' as const, dir: 'asc' as const },
      { sort: 'date' as const, dir: 'asc' as const, after: 'c1', start: 51 },
      { sort: 'subject' as const, dir: 'desc' as const, before: 'c2', start: 101 },
      { sort: 'date' as const, dir: 'desc' as const, last: true },
    ]) {
      expect(readPageState(writePageState(s))).toEqual(s);
    }
  });

  it('ignores garbage', () => {
    expect(readPageState(new URLSearchParams('sort=evil&dir=up&start=-3'))).toEqual({ sort: 'date', dir: 'desc' });
  });
});

describe('pageVariables', () => {
  it('maps to Relay arguments and the API order', () => {
    expect(pageVariables({ sort: 'date', dir: 'desc' }, 50)).toEqual({ first: 50, orderBy: { field: 'SENT_AT', direction: 'DESC' } });
    expect(pageVariables({ sort: 'subject', dir: 'asc', after: 'X' }, 50)).toEqual({
      first: 50,
      after: 'X',
      orderBy: { field: 'SUBJECT', direction: 'ASC' },
    });
    expect(pageVariables({ sort: 'date', dir: 'desc', before: 'Y' }, 50)).toMatchObject({ last: 50, before: 'Y' });
    expect(pageVariables({ sort: 'date', dir: 'desc', last: true }, 50)).toMatchObject({ last: 50 });
  });
});

describe('toggleSort', () => {
  it('starts a new column in its natural order and flips the same one; back to the first page', () => {
    expect(toggleSort({ sort: 'date', dir: 'desc', after: 'X', start: 51 }, 'subject')).toEqual({ sort: 'subject', dir: 'asc' });
    expect(toggleSort({ sort: 'subject', dir: 'asc' }, 'subject')).toEqual({ sort: 'subject', dir: 'desc' });
    expect(toggleSort({ sort: 'subject', dir: 'asc' }, 'date')).toEqual({ sort: 'date', dir: 'desc' });
  });
});

describe('navigate', () => {
  it('on the first page: next only', () => {
    const n = navigate({ sort: 'date', dir: 'desc' }, info(true, false), 50, 100_000, 50);
    expect(n).toMatchObject({ start: 1, hasPrevious: false, hasNext: true });
    expect(n.next).toEqual({ sort: 'date', dir: 'desc', after: 'E', start: 51 });
  });

  it('forward: previous goes back by cursor', () => {
    const n = navigate({ sort: 'date', dir: 'desc', after: 'A', start: 51 }, info(true, false), 50, 100_000, 50);
    expect(n).toMatchObject({ start: 51, hasPrevious: true, hasNext: true });
    expect(n.previous).toEqual({ sort: 'date', dir: 'desc', before: 'S', start: 1 });
  });

  it('the last page counts back from the total', () => {
    const n = navigate({ sort: 'date', dir: 'desc', last: true }, info(false, true), 50, 100_000, 50);
    expect(n).toMatchObject({ start: 99_951, hasPrevious: true, hasNext: false });
    expect(n.previous).toMatchObject({ before: 'S', start: 99_901 });
  });

  it('backward to the beginning lands on row 1', () => {
    const n = navigate({ sort: 'date', dir: 'desc', before: 'B', start: 1 }, info(false, false), 20, 120, 50);
    expect(n).toMatchObject({ start: 1, hasPrevious: false, hasNext: true });
  });

  it('grows a list by steps up to the largest page the server gives', () => {
    expect(grow(50, 50)).toBe(100);
    expect(grow(480, 50)).toBe(maxPageSize);
    expect(grow(maxPageSize, 50)).toBe(maxPageSize);
  });
});

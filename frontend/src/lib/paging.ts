// Cursor-based paging and sorting of a folder's emails, kept in the URL so
// back/forward and reloads keep the page. Works the same for 100 or 100,000
// emails: no offsets, only Relay cursors (first/after, last/before).
import type { EmailOrderField, OrderDirection } from '../gql/graphql';

export type SortField = 'date' | 'subject';
export type SortDir = 'asc' | 'desc';

export interface PageState {
  sort: SortField;
  dir: SortDir;
  /** Rows after this cursor (forward). */
  after?: string;
  /** Rows before this cursor (backward). */
  before?: string;
  /** The last page. */
  last?: boolean;
  /** 1-based index of the first row, when known (for "51–100 of 2,000"). */
  start?: number;
}

export interface PageInfoLike {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/** The largest page the server gives (graph.MaxPageSize); more is refused. */
export const maxPageSize = 500;

/** The next size of a list that grows by step ("Show more"), never past maxPageSize. */
export function grow(first: number, step: number): number {
  return Math.min(first + step, maxPageSize);
}

export const defaultDir: Record<SortField, SortDir> = { date: 'desc', subject: 'asc' };

export function readPageState(p: URLSearchParams): PageState {
  const sort: SortField = p.get('sort') === 'subject' ? 'subject' : 'date';
  const d = p.get('dir');
  const dir: SortDir = d === 'asc' || d === 'desc' ? d : defaultDir[sort];
  const s: PageState = { sort, dir };
  const after = p.get('after');
  const before = p.get('before');
  if (after) s.after = after;
  else if (before) s.before = before;
  else if (p.get('page') === 'last') s.last = true;
  const start = Number.parseInt(p.get('start') ?? '', 10);
  if (Number.isFinite(start) && start > 0) s.start = start;
  return s;
}

export function writePageState(s: PageState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.sort !== 'date') p.set('sort', s.sort);
  if (s.dir !== defaultDir[s.sort]) p.set('dir', s.dir);
  if (s.after) p.set('after', s.after);
  else if (s.before) p.set('before', s.before);
  else if (s.last) p.set('page', 'last');
  if (s.start && (s.after || s.before)) p.set('start', String(s.start));
  return p;
}

const orderFields: Record<SortField, EmailOrderField> = { date: 'SENT_AT', subject: 'SUBJECT' };

export function pageVariables(s: PageState, size: number) {
  const orderBy = { field: orderFields[s.sort], direction: (s.dir === 'asc' ? 'ASC' : 'DESC') as OrderDirection };
  if (s.before) return { last: size, before: s.before, orderBy };
  if (s.last) return { last: size, orderBy };
  if (s.after) return { first: size, after: s.after, orderBy };
  return { first: size, orderBy };
}

/** A click on a column header: a new column starts in its natural order, the same column flips. */
export function toggleSort(s: PageState, field: SortField): PageState {
  if (s.sort === field) return { sort: field, dir: s.dir === 'asc' ? 'desc' : 'asc' };
  return { sort: field, dir: defaultDir[field] };
}

export interface Navigation {
  start?: number;
  hasPrevious: boolean;
  hasNext: boolean;
  first: PageState;
  previous: PageState;
  next: PageState;
  last: PageState;
}

export function navigate(s: PageState, info: PageInfoLike, count: number, total: number, size: number): Navigation {
  const base = { sort: s.sort, dir: s.dir };
  let start: number | undefined;
  let hasPrevious: boolean;
  let hasNext: boolean;
  if (s.before) {
    hasPrevious = info.hasPreviousPage;
    hasNext = true;
    start = !info.hasPreviousPage ? 1 : s.start;
  } else if (s.last) {
    hasPrevious = info.hasPreviousPage;
    hasNext = false;
    start = Math.max(1, total - count + 1);
  } else if (s.after) {
    hasPrevious = true;
    hasNext = info.hasNextPage;
    start = s.start;
  } else {
    hasPrevious = false;
    hasNext = info.hasNextPage;
    start = 1;
  }
  return {
    start,
    hasPrevious,
    hasNext,
    first: base,
    previous: info.startCursor
      ? { ...base, before: info.startCursor, start: start !== undefined ? Math.max(1, start - size) : undefined }
      : base,
    next: info.endCursor
      ? { ...base, after: info.endCursor, start: start !== undefined ? start + count : undefined }
      : base,
    last: { ...base, last: true },
  };
}

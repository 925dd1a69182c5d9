import { describe, expect, it } from 'vitest';
import { thread } from './EmailCollab';

type Row = Parameters<typeof thread>[0][number];

const comment = (id: string, parent?: string): Row => ({
  __typename: 'Comment',
  id,
  text: id,
  createdAt: '2026-11-01T10:00:00Z',
  editedAt: null,
  deletedAt: null,
  author: { __typename: 'User', id: 'u', username: 'u', displayName: '' },
  parent: parent ? { __typename: 'Comment', id: parent } : null,
  history: [],
});

describe('thread', () => {
  it('puts replies under their parent, oldest first, nested three levels then flat', () => {
    const rows = thread([comment('a'), comment('b'), comment('a1', 'a'), comment('a1x', 'a1'), comment('a1xy', 'a1x'), comment('deep', 'a1xy'), comment('b1', 'b')]);
    expect(rows.map((r) => [r.c.id, r.depth])).toEqual([
      ['a', 0],
      ['a1', 1],
      ['a1x', 2],
      ['a1xy', 3],
      ['deep', 3],
      ['b', 0],
      ['b1', 1],
    ]);
  });

  it('shows a reply whose parent it cannot see at the top', () => {
    expect(thread([comment('orphan', 'gone')]).map((r) => r.c.id)).toEqual(['orphan']);
  });
});

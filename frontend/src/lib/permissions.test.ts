import { describe, expect, it } from 'vitest';
import { allows, principalName } from './permissions';

describe('permissions', () => {
  it.each([
    ['READ', 'READ', true],
    ['READ', 'WRITE', false],
    ['WRITE', 'READ', true],
    ['WRITE', 'MANAGE', false],
    ['MANAGE', 'WRITE', true],
    [null, 'READ', false],
    [undefined, 'READ', false],
  ] as const)('%s allows %s: %s', (have, need, ok) => {
    expect(allows(have, need)).toBe(ok);
  });

  it('names users and groups', () => {
    expect(principalName({ user: { username: 'bob', displayName: 'Bob Stone' } })).toBe('Bob Stone (bob)');
    expect(principalName({ user: { username: 'bob', displayName: '' } })).toBe('bob');
    expect(principalName({ user: { username: 'bob', displayName: 'bob' } })).toBe('bob');
    expect(principalName({ group: { name: 'Support team' } })).toBe('Support team');
  });
});

import { describe, expect, it } from 'vitest';
import { validateGroup, validateNewUser, validatePasswordChange, validateUserEdit } from './people';

describe('people forms', () => {
  const user = { username: 'bob', displayName: '', email: '', password: 'long-enough-1', isAdmin: false };

  it('accepts a complete new user', () => {
    expect(validateNewUser(user)).toEqual({});
  });

  it('says what is missing or wrong, per field', () => {
    expect(validateNewUser({ ...user, username: ' ', password: '' })).toEqual({ username: 'A username is required', password: 'A password is required' });
    expect(validateNewUser({ ...user, username: 'bob stone', password: 'short', email: 'bob' })).toEqual({
      username: 'No spaces in a username',
      password: 'At least 10 characters',
      email: 'Not an email address',
    });
    expect(validateUserEdit({ email: 'bob@example.com' })).toEqual({});
    expect(validateUserEdit({ email: '' })).toEqual({});
  });

  it('checks a password change', () => {
    expect(validatePasswordChange({ currentPassword: '', newPassword: 'x', confirm: 'x' }, true)).toEqual({
      currentPassword: 'Enter your current password',
      newPassword: 'At least 10 characters',
    });
    expect(validatePasswordChange({ currentPassword: 'old', newPassword: '0123456789', confirm: '012345678' }, true)).toEqual({ confirm: 'The two passwords differ' });
    expect(validatePasswordChange({ currentPassword: 'old', newPassword: '0123456789', confirm: '0123456789' }, true)).toEqual({});
  });

  it('needs a group name', () => {
    expect(validateGroup({ name: '  ' })).toEqual({ name: 'A name is required' });
    expect(validateGroup({ name: 'Support' })).toEqual({});
  });
});

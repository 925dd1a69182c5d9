import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { fakeClient, type Handler } from '../test/fakeClient';
import { ChangePasswordDialog } from './AccountDialogs';
import { GroupDialog, ResetPasswordDialog, UserDialog } from './PeopleDialogs';

const bob = { id: 'U2', username: 'bob', displayName: 'Bob Stone', email: 'bob@example.com', isAdmin: false, disabled: false };
const field = (label: string) => screen.getByLabelText(label, { exact: true }) as HTMLInputElement;

function withClient(handlers: Record<string, Handler>, ui: React.ReactElement) {
  const fake = fakeClient(handlers);
  render(<Provider value={fake.client}>{ui}</Provider>);
  return { ...fake, user: userEvent.setup() };
}

describe('New user', () => {
  it('shows what is wrong next to each field, and sends nothing', async () => {
    const onSaved = vi.fn();
    const { user, calls } = withClient({}, <UserDialog onClose={() => {}} onSaved={onSaved} />);
    await user.type(field('Password'), 'short');
    await user.type(field('Email'), 'bob');
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    expect(field('Username')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Username')).toHaveAccessibleDescription(expect.stringContaining('A username is required'));
    expect(field('Password')).toHaveAccessibleDescription(expect.stringContaining('At least 10 characters'));
    expect(field('Email')).toHaveAccessibleDescription('Not an email address');
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need attention.');
    await waitFor(() => expect(field('Username')).toHaveFocus());
    expect(calls).toEqual([]);
    expect(onSaved).not.toHaveBeenCalled();

    // Typing in a field clears its message.
    await user.type(field('Username'), 'bob');
    expect(field('Username')).not.toHaveAttribute('aria-invalid');
  });

  it('puts the server’s BAD_USER_INPUT message on the field it names', async () => {
    const onSaved = vi.fn();
    const { user, callsOf } = withClient(
      { CreateUser: () => ({ error: { message: 'username: the username bob is taken', code: 'BAD_USER_INPUT', field: 'username' } }) },
      <UserDialog onClose={() => {}} onSaved={onSaved} />,
    );
    await user.type(field('Username'), 'bob');
    await user.type(field('Display name'), 'Bob Stone');
    await user.type(field('Password'), 'a-long-password');
    await user.click(field('Administrator'));
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    expect(callsOf('CreateUser')).toEqual([{ input: { username: 'bob', password: 'a-long-password', displayName: 'Bob Stone', email: undefined, isAdmin: true } }]);
    await waitFor(() => expect(field('Username')).toHaveAccessibleDescription(expect.stringContaining('The username bob is taken')));
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('creates the user', async () => {
    const onSaved = vi.fn();
    const { user } = withClient(
      { CreateUser: () => ({ data: { createUser: { __typename: 'User', ...bob, createdAt: '2026-11-25T10:00:00Z' } } }) },
      <UserDialog onClose={() => {}} onSaved={onSaved} />,
    );
    await user.type(field('Username'), 'bob');
    await user.type(field('Password'), 'a-long-password');
    await user.click(screen.getByRole('button', { name: 'Create user' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('bob can now sign in.'));
  });
});

describe('Edit user', () => {
  it('cannot change the username, and sends the rest', async () => {
    const onSaved = vi.fn();
    const { user, callsOf } = withClient(
      { UpdateUser: () => ({ data: { updateUser: { __typename: 'User', ...bob, displayName: 'Robert', createdAt: '2026-11-25T10:00:00Z' } } }) },
      <UserDialog user={bob} onClose={() => {}} onSaved={onSaved} />,
    );
    expect(field('Username')).toBeDisabled();
    expect(screen.queryByLabelText('Password', { exact: true })).toBeNull();
    await user.clear(field('Display name'));
    await user.type(field('Display name'), 'Robert');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(callsOf('UpdateUser')).toEqual([{ id: 'U2', input: { displayName: 'Robert', email: 'bob@example.com', isAdmin: false } }]);
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });

  it('keeps an administrator from dropping their own role', () => {
    withClient({}, <UserDialog user={{ ...bob, isAdmin: true }} self onClose={() => {}} onSaved={() => {}} />);
    expect(field('Administrator')).toBeDisabled();
    expect(field('Administrator')).toHaveAccessibleDescription('You cannot remove your own administrator role.');
  });
});

describe('Reset password and change password', () => {
  it('needs 10 characters to reset a password', async () => {
    const { user, callsOf } = withClient({ ResetPassword: () => ({ data: { resetPassword: true } }) }, <ResetPasswordDialog user={bob} onClose={() => {}} onSaved={() => {}} />);
    await user.type(field('New password'), 'short');
    await user.click(screen.getByRole('button', { name: 'Reset password' }));
    expect(field('New password')).toHaveAccessibleDescription(expect.stringContaining('At least 10 characters'));
    expect(callsOf('ResetPassword')).toEqual([]);
  });

  it('shows a wrong current password where it was typed', async () => {
    const onDone = vi.fn();
    const { user } = withClient(
      { ChangePassword: () => ({ error: { message: 'currentPassword: the current password is wrong', code: 'BAD_USER_INPUT', field: 'currentPassword' } }) },
      <ChangePasswordDialog onClose={() => {}} onDone={onDone} />,
    );
    await user.type(field('Current password'), 'nope');
    await user.type(field('New password'), '0123456789');
    await user.type(field('New password, again'), '0123456780');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(field('New password, again')).toHaveAccessibleDescription('The two passwords differ');
    await user.clear(field('New password, again'));
    await user.type(field('New password, again'), '0123456789');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    await waitFor(() => expect(field('Current password')).toHaveAccessibleDescription('The current password is wrong'));
    expect(onDone).not.toHaveBeenCalled();
  });
});

describe('Groups', () => {
  it('needs a name, then sends the members ticked', async () => {
    const onSaved = vi.fn();
    const { user, callsOf } = withClient(
      { CreateGroup: () => ({ data: { createGroup: { __typename: 'Group', id: 'G1', name: 'Support', members: [{ __typename: 'User', id: 'U2' }] } } }) },
      <GroupDialog users={[bob, { ...bob, id: 'U3', username: 'carol', displayName: '' }]} onClose={() => {}} onSaved={onSaved} />,
    );
    await user.click(screen.getByRole('button', { name: 'Create group' }));
    expect(field('Name')).toHaveAccessibleDescription('A name is required');
    await user.type(field('Name'), 'Support');
    await user.click(screen.getByLabelText('Bob Stone (bob)'));
    await user.click(screen.getByRole('button', { name: 'Create group' }));
    expect(callsOf('CreateGroup')).toEqual([{ input: { name: 'Support', memberIDs: ['U2'] } }]);
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('The group Support is created.'));
  });
});

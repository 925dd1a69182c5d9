import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Provider } from 'urql';
import { describe, expect, it, vi } from 'vitest';
import { fakeClient } from '../test/fakeClient';
import { AccessPanel, PermissionRows, type Entry } from './AccessPanel';

const entry = (e: Partial<Entry> & Pick<Entry, 'id' | 'permission'>): Entry => ({ __typename: 'AccessEntry', inherited: false, user: null, group: null, ...e });
const bob = { __typename: 'User' as const, id: 'U2', username: 'bob', displayName: 'Bob Stone' };
const entries: Entry[] = [
  entry({ id: 'A1', permission: 'MANAGE', inherited: true, user: { __typename: 'User', id: 'U1', username: 'admin', displayName: 'Administrator' } }),
  entry({ id: 'A2', permission: 'READ', user: bob }),
  entry({ id: 'A3', permission: 'WRITE', group: { __typename: 'Group', id: 'G1', name: 'Support team' } }),
];

const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('permission rows', () => {
  it('lists own entries first, editable, then inherited ones, marked and read-only', async () => {
    const onChange = vi.fn();
    const onRemove = vi.fn();
    render(<PermissionRows entries={entries} kind="folder" onChange={onChange} onRemove={onRemove} />);
    const [first, second, third] = rows();
    expect(first).toHaveTextContent('Bob Stone (bob) User');
    expect(within(first).getByRole('combobox', { name: 'Permission of Bob Stone (bob)' })).toHaveValue('READ');
    expect(first).toHaveTextContent('This folder');
    expect(second).toHaveTextContent('Support team Group');
    expect(within(second).getByRole('combobox')).toHaveValue('WRITE');

    expect(third).toHaveTextContent('Administrator (admin)');
    expect(third).toHaveTextContent('Manage');
    expect(third).toHaveTextContent('Inherited from the workspace');
    expect(within(third).queryByRole('combobox')).toBeNull();
    expect(within(third).queryByRole('button', { name: /Remove/ })).toBeNull();

    const user = userEvent.setup();
    await user.selectOptions(within(first).getByRole('combobox'), 'WRITE');
    expect(onChange).toHaveBeenCalledWith(entries[1], 'WRITE');
    await user.click(within(second).getByRole('button', { name: 'Remove Support team' }));
    expect(onRemove).toHaveBeenCalledWith(entries[2]);
  });

  it('says who has access when no one is listed', () => {
    render(<PermissionRows entries={[]} kind="workspace" />);
    expect(rows()[0]).toHaveTextContent('No one is listed: only administrators have access.');
  });
});

describe('the Permissions tab', () => {
  function setup() {
    let access = [entries[0]];
    const fake = fakeClient({
      Access: () => ({ data: { node: { __typename: 'EmailFolder', id: 'F1', inheritanceBlocked: false, access } } }),
      Principals: () => ({
        data: {
          users: [{ ...bob, disabled: false }, { __typename: 'User', id: 'U9', username: 'gone', displayName: '', disabled: true }],
          groups: [{ __typename: 'Group', id: 'G1', name: 'Support team' }],
        },
      }),
      SetPermission: () => {
        access = [...access, entries[1]];
        return { data: { setPermission: entries[1] } };
      },
      SetInheritance: () => ({ data: { setInheritance: { __typename: 'EmailFolder', id: 'F1', inheritanceBlocked: true } } }),
    });
    render(
      <Provider value={fake.client}>
        <AccessPanel targetID="F1" kind="folder" workspaceTitle="Customer support" />
      </Provider>,
    );
    return { ...fake, user: userEvent.setup() };
  }

  it('adds a user with a permission', async () => {
    const { user, callsOf } = setup();
    const who = screen.getByLabelText('User or group');
    // Disabled users cannot be chosen.
    expect(within(who).queryByRole('option', { name: 'gone' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a user or a group first.');
    await user.selectOptions(who, 'U2');
    await user.selectOptions(screen.getByLabelText('Permission'), 'READ');
    await user.click(screen.getByRole('button', { name: 'Add' }));
    expect(callsOf('SetPermission')).toEqual([{ targetID: 'F1', principalID: 'U2', permission: 'READ' }]);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('Bob Stone (bob) can now read this folder.'));
  });

  it('asks before blocking inheritance', async () => {
    const { user, callsOf } = setup();
    await user.click(screen.getByLabelText('Block inheritance from the workspace “Customer support”'));
    const dialog = screen.getByRole('dialog', { name: 'Block inheritance?' });
    expect(callsOf('SetInheritance')).toEqual([]);
    await user.click(within(dialog).getByRole('button', { name: 'Block inheritance' }));
    expect(callsOf('SetInheritance')).toEqual([{ targetID: 'F1', blocked: true }]);
  });
});

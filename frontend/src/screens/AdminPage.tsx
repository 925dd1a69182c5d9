import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorState, Loading } from '../components/States';
import { graphql } from '../gql';
import { errorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { principalName } from '../lib/permissions';
import { useMe } from '../lib/session';
import { useTitle } from '../lib/useTitle';
import { AlertDeliveries } from './AlertDeliveries';
import { OAuthApps } from './OAuthApps';
import { GroupDialog, ResetPasswordDialog, UserDialog, type GroupRow, type UserRow } from './PeopleDialogs';

const PeopleDocument = graphql(`
  query People {
    users {
      ...AdminUserFields
    }
    groups {
      ...GroupRowFields
      members {
        username
        displayName
      }
    }
  }
`);

const SetUserDisabledDocument = graphql(`
  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {
    updateUser(id: $id, input: { disabled: $disabled }) {
      id
      disabled
    }
  }
`);

type Dialog =
  | { kind: 'newUser' }
  | { kind: 'editUser'; user: UserRow }
  | { kind: 'resetPassword'; user: UserRow }
  | { kind: 'disable'; user: UserRow }
  | { kind: 'newGroup' }
  | { kind: 'editGroup'; group: GroupRow };

/** Administration: users and groups (administrators only). */
export function AdminPage() {
  useTitle('Administration');
  const me = useMe();
  const [{ data, error, fetching }, refetch] = useQuery({ query: PeopleDocument, requestPolicy: 'cache-and-network', pause: !me.isAdmin });
  const [, setDisabled] = useMutation(SetUserDisabledDocument);
  const [dialog, setDialog] = useState<Dialog>();
  const [notice, setNotice] = useState<{ text: string; error?: boolean }>();

  if (!me.isAdmin) {
    return (
      <ErrorState title="Administrators only" message="Ask an administrator to create users and groups or to reset a password." />
    );
  }
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading what="Loading users and groups" />;
  const users = data?.users ?? [];
  const groups = data?.groups ?? [];

  const saved = (text: string) => {
    setDialog(undefined);
    setNotice({ text });
  };

  async function enable(u: UserRow) {
    const res = await setDisabled({ id: u.id, disabled: false });
    if (res.error) setNotice({ text: errorMessage(res.error), error: true });
    else saved(`${u.username} can sign in again.`);
  }

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Administration</h1>
          <p className="muted">People who can sign in, and the groups permissions can be granted to.</p>
        </div>
      </div>
      {notice && (
        <p className={notice.error ? 'form-error' : 'notice'} role={notice.error ? 'alert' : 'status'}>
          {notice.text}
        </p>
      )}

      <section aria-labelledby="users-title">
        <div className="section-bar">
          <h2 id="users-title" className="section-title">
            Users
          </h2>
          <button type="button" className="button-primary" onClick={() => setDialog({ kind: 'newUser' })}>
            New user
          </button>
        </div>
        <div className="table-wrap">
          <table className="table people-table">
            <caption className="visually-hidden">Users</caption>
            <thead>
              <tr>
                <th scope="col">User</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id} className={u.disabled ? 'row-disabled' : undefined}>
                  <td>
                    <span className="principal">{u.displayName || u.username}</span>
                    {u.displayName && u.displayName !== u.username && <span className="muted"> {u.username}</span>}
                    {u.id === me.id && <span className="badge badge-kind">You</span>}
                  </td>
                  <td>{u.email || <span className="muted">—</span>}</td>
                  <td>
                    {u.isAdmin ? <span className="badge badge-admin">Administrator</span> : 'User'}
                    {u.disabled && <span className="badge badge-error badge-gap">Disabled</span>}
                  </td>
                  <td className="col-date">{u.createdAt ? formatDateTime(u.createdAt) : '—'}</td>
                  <td className="col-actions">
                    <button type="button" className="button-small" onClick={() => setDialog({ kind: 'editUser', user: u })} aria-label={`Edit ${u.username}`}>
                      Edit
                    </button>
                    <button type="button" className="button-small" onClick={() => setDialog({ kind: 'resetPassword', user: u })} aria-label={`Reset the password of ${u.username}`}>
                      Reset password
                    </button>
                    {u.id !== me.id &&
                      (u.disabled ? (
                        <button type="button" className="button-small" onClick={() => void enable(u)} aria-label={`Enable ${u.username}`}>
                          Enable
                        </button>
                      ) : (
                        <button type="button" className="button-small button-danger-quiet" onClick={() => setDialog({ kind: 'disable', user: u })} aria-label={`Disable ${u.username}`}>
                          Disable
                        </button>
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="groups-title">
        <div className="section-bar">
          <h2 id="groups-title" className="section-title">
            Groups
          </h2>
          <button type="button" onClick={() => setDialog({ kind: 'newGroup' })}>
            New group
          </button>
        </div>
        {groups.length === 0 ? (
          <p className="muted">No groups yet. A group lets you grant a permission to several people at once.</p>
        ) : (
          <div className="table-wrap">
            <table className="table people-table">
              <caption className="visually-hidden">Groups</caption>
              <thead>
                <tr>
                  <th scope="col">Group</th>
                  <th scope="col">Members</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {groups.map((g) => (
                  <tr key={g.id}>
                    <td>
                      <span className="principal">{g.name}</span>
                    </td>
                    <td>{g.members?.length ? g.members.map((m) => principalName({ user: m })).join(', ') : <span className="muted">No members</span>}</td>
                    <td className="col-actions">
                      <button type="button" className="button-small" onClick={() => setDialog({ kind: 'editGroup', group: g })} aria-label={`Edit the group ${g.name}`}>
                        Edit
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <AlertDeliveries />
      <OAuthApps />

      {dialog?.kind === 'newUser' && <UserDialog onClose={() => setDialog(undefined)} onSaved={saved} />}
      {dialog?.kind === 'editUser' && <UserDialog user={dialog.user} self={dialog.user.id === me.id} onClose={() => setDialog(undefined)} onSaved={saved} />}
      {dialog?.kind === 'resetPassword' && <ResetPasswordDialog user={dialog.user} onClose={() => setDialog(undefined)} onSaved={saved} />}
      {dialog?.kind === 'newGroup' && <GroupDialog users={users} onClose={() => setDialog(undefined)} onSaved={saved} />}
      {dialog?.kind === 'editGroup' && <GroupDialog group={dialog.group} users={users} onClose={() => setDialog(undefined)} onSaved={saved} />}
      {dialog?.kind === 'disable' && (
        <ConfirmDialog
          title={`Disable ${dialog.user.username}?`}
          confirmLabel="Disable"
          danger
          onClose={() => setDialog(undefined)}
          onConfirm={async () => {
            const res = await setDisabled({ id: dialog.user.id, disabled: true });
            if (res.error) return errorMessage(res.error);
            saved(`${dialog.user.username} can no longer sign in.`);
            return undefined;
          }}
        >
          <p>They are signed out everywhere and can no longer sign in. Their permissions are kept; enable them again at any time.</p>
        </ConfirmDialog>
      )}
    </>
  );
}

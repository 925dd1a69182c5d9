import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorState, Loading } from '../components/States';
import { graphql } from '../gql';
import type { AccessEntryFieldsFragment, Permission } from '../gql/graphql';
import { errorMessage } from '../lib/errors';
import { permissionLabels, permissions, principalName } from '../lib/permissions';

export const AccessEntryFields = graphql(`
  fragment AccessEntryFields on AccessEntry {
    id
    permission
    inherited
    user {
      id
      username
      displayName
    }
    group {
      id
      name
    }
  }
`);

const AccessDocument = graphql(`
  query Access($id: ID!) {
    node(id: $id) {
      __typename
      ... on Workspace {
        id
        access {
          ...AccessEntryFields
        }
      }
      ... on EmailFolder {
        id
        inheritanceBlocked
        access {
          ...AccessEntryFields
        }
      }
    }
  }
`);

const PrincipalsDocument = graphql(`
  query Principals {
    users {
      id
      username
      displayName
      disabled
    }
    groups {
      id
      name
    }
  }
`);

const SetPermissionDocument = graphql(`
  mutation SetPermission($targetID: ID!, $principalID: ID!, $permission: Permission!) {
    setPermission(targetID: $targetID, principalID: $principalID, permission: $permission) {
      ...AccessEntryFields
    }
  }
`);

const RemovePermissionDocument = graphql(`
  mutation RemovePermission($targetID: ID!, $principalID: ID!) {
    removePermission(targetID: $targetID, principalID: $principalID)
  }
`);

const SetInheritanceDocument = graphql(`
  mutation SetInheritance($targetID: ID!, $blocked: Boolean!) {
    setInheritance(targetID: $targetID, blocked: $blocked) {
      __typename
      id
      ... on EmailFolder {
        inheritanceBlocked
      }
    }
  }
`);

export type Entry = AccessEntryFieldsFragment;

function principalID(e: Entry): string {
  return e.user?.id ?? e.group?.id ?? '';
}

interface RowsProps {
  entries: readonly Entry[];
  kind: 'workspace' | 'folder';
  /** Own entries can be changed and removed; absent: read-only. */
  onChange?(e: Entry, p: Permission): void;
  onRemove?(e: Entry): void;
  busy?: string;
}

/** Who has what: own entries first (editable), then those inherited from the workspace. */
export function PermissionRows({ entries, kind, onChange, onRemove, busy }: RowsProps) {
  const sorted = [...entries].sort((a, b) => Number(a.inherited) - Number(b.inherited) || principalName(a).localeCompare(principalName(b)));
  return (
    <div className="table-wrap">
      <table className="table access-table">
        <caption className="visually-hidden">Permissions</caption>
        <thead>
          <tr>
            <th scope="col">Who</th>
            <th scope="col">Permission</th>
            <th scope="col">Granted on</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 && (
            <tr>
              <td colSpan={4} className="muted">
                No one is listed: only administrators have access.
              </td>
            </tr>
          )}
          {sorted.map((e) => {
            const name = principalName(e);
            const editable = !e.inherited && !!onChange;
            return (
              <tr key={`${e.inherited ? 'i' : 'o'}-${e.id}`} className={e.inherited ? 'access-inherited' : undefined}>
                <td>
                  <span className="principal">{name}</span> <span className="badge badge-kind">{e.user ? 'User' : 'Group'}</span>
                </td>
                <td>
                  {editable ? (
                    <select
                      aria-label={`Permission of ${name}`}
                      value={e.permission}
                      disabled={busy === e.id}
                      onChange={(ev) => onChange!(e, ev.target.value as Permission)}
                    >
                      {permissions.map((p) => (
                        <option key={p} value={p}>
                          {permissionLabels[p].label}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <span title={permissionLabels[e.permission].description}>{permissionLabels[e.permission].label}</span>
                  )}
                </td>
                <td>{e.inherited ? <span className="muted">Inherited from the workspace</span> : kind === 'folder' ? 'This folder' : 'This workspace'}</td>
                <td className="col-actions">
                  {!e.inherited && onRemove && (
                    <button type="button" className="button-small button-danger-quiet" disabled={busy === e.id} onClick={() => onRemove(e)} aria-label={`Remove ${name}`}>
                      Remove
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

interface Props {
  targetID: string;
  kind: 'workspace' | 'folder';
  /** The folder's workspace, named in the inheritance switch. */
  workspaceTitle?: string;
}

/** The Permissions tab of a workspace or a folder (the viewer has MANAGE). */
export function AccessPanel({ targetID, kind, workspaceTitle }: Props) {
  const [{ data, error }, refetch] = useQuery({ query: AccessDocument, variables: { id: targetID }, requestPolicy: 'cache-and-network' });
  const [principals] = useQuery({ query: PrincipalsDocument, requestPolicy: 'cache-and-network' });
  const [, setPermission] = useMutation(SetPermissionDocument);
  const [, removePermission] = useMutation(RemovePermissionDocument);
  const [, setInheritance] = useMutation(SetInheritanceDocument);
  const [who, setWho] = useState('');
  const [level, setLevel] = useState<Permission>('READ');
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  const [busy, setBusy] = useState<string>();
  const [confirmBlock, setConfirmBlock] = useState(false);

  const node = data?.node;
  const target = node?.__typename === 'Workspace' || node?.__typename === 'EmailFolder' ? node : undefined;
  if (error && !data) return <ErrorState title="The permissions could not be loaded" message={errorMessage(error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!target) return <Loading what="Loading the permissions" />;
  const blocked = target.__typename === 'EmailFolder' && target.inheritanceBlocked;
  const here = kind === 'folder' ? 'this folder' : 'this workspace';

  async function grant(principal: string, name: string, p: Permission, entryID?: string) {
    setBusy(entryID ?? 'add');
    const res = await setPermission({ targetID, principalID: principal, permission: p });
    setBusy(undefined);
    if (res.error) {
      setMessage({ text: errorMessage(res.error), error: true });
      return false;
    }
    setMessage({ text: `${name} can now ${permissionLabels[p].label.toLowerCase()} ${here}.` });
    return true;
  }

  async function add(e: FormEvent) {
    e.preventDefault();
    if (!who) {
      setMessage({ text: 'Choose a user or a group first.', error: true });
      return;
    }
    const u = principals.data?.users.find((x) => x.id === who);
    const g = principals.data?.groups.find((x) => x.id === who);
    const name = u ? principalName({ user: u }) : (g?.name ?? 'They');
    if (await grant(who, name, level)) setWho('');
  }

  async function remove(entry: Entry) {
    setBusy(entry.id);
    const res = await removePermission({ targetID, principalID: principalID(entry) });
    setBusy(undefined);
    if (res.error) setMessage({ text: errorMessage(res.error), error: true });
    else setMessage({ text: `${principalName(entry)} no longer has a permission on ${here}.` });
  }

  async function block(b: boolean): Promise<string | undefined> {
    const res = await setInheritance({ targetID, blocked: b });
    if (res.error) return errorMessage(res.error);
    setMessage({ text: b ? 'Inheritance is blocked: only the entries of this folder apply.' : 'The workspace’s permissions apply again.' });
    return undefined;
  }

  const users = principals.data?.users.filter((u) => !u.disabled) ?? [];
  const groups = principals.data?.groups ?? [];

  return (
    <section aria-label="Permissions" className="access">
      <p className="muted">
        <strong>Read</strong>: {permissionLabels.READ.description.toLowerCase()}. <strong>Write</strong>: {permissionLabels.WRITE.description.toLowerCase()}.{' '}
        <strong>Manage</strong>: {permissionLabels.MANAGE.description.toLowerCase()}. Administrators can do everything.
      </p>
      {message && (
        <p className={message.error ? 'form-error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      <PermissionRows
        entries={target.access}
        kind={kind}
        busy={busy}
        onChange={(e, p) => void grant(principalID(e), principalName(e), p, e.id)}
        onRemove={(e) => void remove(e)}
      />

      <form className="access-add" onSubmit={add} noValidate>
        <h2 className="section-title">Add a user or a group</h2>
        <div className="access-add-fields">
          <div className="field">
            <label htmlFor="access-who">User or group</label>
            <select id="access-who" value={who} onChange={(e) => setWho(e.target.value)}>
              <option value="">Choose…</option>
              {users.length > 0 && (
                <optgroup label="Users">
                  {users.map((u) => (
                    <option key={u.id} value={u.id}>
                      {principalName({ user: u })}
                    </option>
                  ))}
                </optgroup>
              )}
              {groups.length > 0 && (
                <optgroup label="Groups">
                  {groups.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.name}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          </div>
          <div className="field">
            <label htmlFor="access-permission">Permission</label>
            <select id="access-permission" value={level} onChange={(e) => setLevel(e.target.value as Permission)}>
              {permissions.map((p) => (
                <option key={p} value={p}>
                  {permissionLabels[p].label} — {permissionLabels[p].description.toLowerCase()}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button-primary" disabled={busy === 'add'}>
            Add
          </button>
        </div>
      </form>

      {kind === 'folder' && (
        <div className="field field-checkbox inheritance">
          <input
            id="access-block"
            type="checkbox"
            checked={blocked}
            aria-describedby="access-block-hint"
            onChange={(e) => {
              if (e.target.checked) setConfirmBlock(true);
              else void block(false).then((err) => err && setMessage({ text: err, error: true }));
            }}
          />
          <label htmlFor="access-block">Block inheritance from the workspace{workspaceTitle ? ` “${workspaceTitle}”` : ''}</label>
          <p id="access-block-hint" className="field-hint">
            {blocked
              ? 'The workspace’s permissions do not apply to this folder: only the entries above (and administrators) have access.'
              : 'Those who have a permission on the workspace have it on this folder too (marked “Inherited”).'}
          </p>
        </div>
      )}
      {confirmBlock && (
        <ConfirmDialog
          title="Block inheritance?"
          confirmLabel="Block inheritance"
          onClose={() => setConfirmBlock(false)}
          onConfirm={async () => {
            const err = await block(true);
            if (!err) setConfirmBlock(false);
            return err;
          }}
        >
          <p>
            Only the users and groups listed for this folder itself will keep access (administrators always have it). Anyone who has access only through the
            workspace — possibly you — loses it. Add them to the folder first if they must keep it.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

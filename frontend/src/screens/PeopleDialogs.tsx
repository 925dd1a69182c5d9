import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from 'urql';
import { CheckboxField, TextField } from '../components/Fields';
import { Modal } from '../components/Modal';
import { Spinner } from '../components/States';
import { graphql } from '../gql';
import type { GroupRowFieldsFragment, UserRowFieldsFragment } from '../gql/graphql';
import { apiErrors } from '../lib/errors';
import { minPasswordLength, passwordProblem, validateGroup, validateNewUser, validateUserEdit, type Errors, type UserField } from '../lib/people';
import { principalName } from '../lib/permissions';

/** What the user dialogs show and edit of a user. */
export const UserRowFields = graphql(`
  fragment UserRowFields on User {
    id
    username
    displayName
    email
    isAdmin
    disabled
  }
`);

export const AdminUserFields = graphql(`
  fragment AdminUserFields on User {
    ...UserRowFields
    createdAt
  }
`);

/** What the group dialog edits of a group. */
export const GroupRowFields = graphql(`
  fragment GroupRowFields on Group {
    id
    name
    members {
      id
    }
  }
`);

const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...AdminUserFields
    }
  }
`);

const UpdateUserDocument = graphql(`
  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {
    updateUser(id: $id, input: $input) {
      ...AdminUserFields
    }
  }
`);

const ResetPasswordDocument = graphql(`
  mutation ResetPassword($userID: ID!, $password: String!) {
    resetPassword(userID: $userID, password: $password)
  }
`);

const CreateGroupDocument = graphql(`
  mutation CreateGroup($input: CreateGroupInput!) {
    createGroup(input: $input) {
      id
      name
      members {
        id
      }
    }
  }
`);

const UpdateGroupDocument = graphql(`
  mutation UpdateGroup($id: ID!, $input: UpdateGroupInput!) {
    updateGroup(id: $id, input: $input) {
      id
      name
      members {
        id
      }
    }
  }
`);

/** Field errors and the form's message; focus moves to the first invalid field. */
function useFormState<F extends string>() {
  const [errors, setErrors] = useState<Errors<F>>({});
  const [message, setMessage] = useState<string>();
  const [focus, setFocus] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (focus === 0) return;
    const form = formRef.current;
    (form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('.form-error'))?.focus();
  }, [focus]);
  return {
    errors,
    message,
    formRef,
    show(fields: Errors<F>, msg?: string) {
      setErrors(fields);
      setMessage(msg);
      setFocus((n) => n + 1);
    },
    clear(field: F) {
      setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
    },
  };
}

function FormFooter({ message, busy, submitLabel, onCancel }: { message?: string; busy: boolean; submitLabel: string; onCancel(): void }) {
  return (
    <div className="modal-footer">
      <div className="footer-status">
        {message && (
          <p className="form-error" role="alert" tabIndex={-1}>
            {message}
          </p>
        )}
      </div>
      <div className="footer-buttons">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button-primary" disabled={busy}>
          {busy && <Spinner />} {submitLabel}
        </button>
      </div>
    </div>
  );
}

export type UserRow = UserRowFieldsFragment;

const userFields = ['username', 'displayName', 'email', 'password', 'isAdmin', 'disabled'] as const;

interface UserDialogProps {
  /** Absent: a new user. */
  user?: UserRow;
  /** Editing oneself: the administrator role cannot be dropped here. */
  self?: boolean;
  onClose(): void;
  onSaved(message: string): void;
}

/** New user, or edit a user's display name, email and role. */
export function UserDialog({ user, self, onClose, onSaved }: UserDialogProps) {
  const [v, setV] = useState({
    username: user?.username ?? '',
    displayName: user?.displayName ?? '',
    email: user?.email ?? '',
    password: '',
    isAdmin: user?.isAdmin ?? false,
  });
  const form = useFormState<UserField>();
  const [busy, setBusy] = useState(false);
  const [, createUser] = useMutation(CreateUserDocument);
  const [, updateUser] = useMutation(UpdateUserDocument);

  function set<K extends keyof typeof v>(k: K, x: (typeof v)[K]) {
    setV((p) => ({ ...p, [k]: x }));
    if (k !== 'isAdmin') form.clear(k as UserField);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local = user ? validateUserEdit(v) : validateNewUser(v);
    if (Object.keys(local).length) {
      form.show(local, 'Some fields need attention.');
      return;
    }
    setBusy(true);
    const res = user
      ? await updateUser({ id: user.id, input: { displayName: v.displayName.trim(), email: v.email.trim(), isAdmin: v.isAdmin } })
      : await createUser(
          { input: { username: v.username.trim(), password: v.password, displayName: v.displayName.trim() || undefined, email: v.email.trim() || undefined, isAdmin: v.isAdmin } }
        );
    setBusy(false);
    if (res.error) {
      const err = apiErrors(res.error, userFields);
      form.show(err.fields as Errors<UserField>, err.message ?? 'Some fields need attention.');
      return;
    }
    onSaved(user ? `${v.username} is saved.` : `${v.username.trim()} can now sign in.`);
  }

  return (
    <Modal title={user ? `Edit ${user.username}` : 'New user'} onClose={onClose}>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <div className="modal-body">
          <TextField
            id="user-username"
            label="Username"
            required={!user}
            disabled={!!user}
            autoFocus={!user}
            value={v.username}
            onChange={(x) => set('username', x)}
            error={form.errors.username}
            hint={user ? 'A username cannot be changed.' : 'What they type to sign in.'}
          />
          <TextField id="user-displayName" label="Display name" autoFocus={!!user} value={v.displayName} onChange={(x) => set('displayName', x)} error={form.errors.displayName} />
          <TextField id="user-email" label="Email" type="email" value={v.email} onChange={(x) => set('email', x)} error={form.errors.email} />
          {!user && (
            <TextField
              id="user-password"
              label="Password"
              type="password"
              required
              autoComplete="new-password"
              value={v.password}
              onChange={(x) => set('password', x)}
              error={form.errors.password}
              hint={`At least ${minPasswordLength} characters. Give it to them by a safe channel; they can change it.`}
            />
          )}
          <CheckboxField
            id="user-isAdmin"
            label="Administrator"
            checked={v.isAdmin}
            disabled={self}
            onChange={(x) => set('isAdmin', x)}
            hint={self ? 'You cannot remove your own administrator role.' : 'Administrators see and manage everything, and manage people.'}
          />
        </div>
        <FormFooter message={form.message} busy={busy} submitLabel={user ? 'Save' : 'Create user'} onCancel={onClose} />
      </form>
    </Modal>
  );
}

/** An administrator sets a new password for someone; their sessions end. */
export function ResetPasswordDialog({ user, onClose, onSaved }: { user: UserRow; onClose(): void; onSaved(message: string): void }) {
  const [password, setPassword] = useState('');
  const form = useFormState<'password'>();
  const [busy, setBusy] = useState(false);
  const [, resetPassword] = useMutation(ResetPasswordDocument);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problem = passwordProblem(password);
    if (problem) {
      form.show({ password: problem });
      return;
    }
    setBusy(true);
    const res = await resetPassword({ userID: user.id, password });
    setBusy(false);
    if (res.error) {
      const err = apiErrors(res.error, ['password']);
      form.show(err.fields, err.message);
      return;
    }
    onSaved(`${user.username} has a new password and was signed out everywhere.`);
  }

  return (
    <Modal title={`Reset the password of ${user.username}`} onClose={onClose}>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <div className="modal-body">
          <TextField
            id="reset-password"
            label="New password"
            type="password"
            required
            autoFocus
            autoComplete="new-password"
            value={password}
            onChange={(x) => {
              setPassword(x);
              form.clear('password');
            }}
            error={form.errors.password}
            hint={`At least ${minPasswordLength} characters. ${principalName({ user })} is signed out everywhere.`}
          />
        </div>
        <FormFooter message={form.message} busy={busy} submitLabel="Reset password" onCancel={onClose} />
      </form>
    </Modal>
  );
}

export type GroupRow = GroupRowFieldsFragment;

/** New group, or rename a group and choose its members. */
export function GroupDialog({ group, users, onClose, onSaved }: { group?: GroupRow; users: UserRow[]; onClose(): void; onSaved(message: string): void }) {
  const [name, setName] = useState(group?.name ?? '');
  const [members, setMembers] = useState<Set<string>>(new Set(group?.members?.map((m) => m.id) ?? []));
  const form = useFormState<'name'>();
  const [busy, setBusy] = useState(false);
  const [, createGroup] = useMutation(CreateGroupDocument);
  const [, updateGroup] = useMutation(UpdateGroupDocument);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local = validateGroup({ name });
    if (local.name) {
      form.show(local);
      return;
    }
    setBusy(true);
    const input = { name: name.trim(), memberIDs: [...members] };
    const res = group ? await updateGroup({ id: group.id, input }) : await createGroup({ input });
    setBusy(false);
    if (res.error) {
      const err = apiErrors(res.error, ['name']);
      form.show(err.fields, err.message);
      return;
    }
    onSaved(group ? `The group ${input.name} is saved.` : `The group ${input.name} is created.`);
  }

  return (
    <Modal title={group ? `Edit the group ${group.name}` : 'New group'} onClose={onClose}>
      <form ref={form.formRef} onSubmit={submit} noValidate>
        <div className="modal-body">
          <TextField
            id="group-name"
            label="Name"
            required
            autoFocus
            value={name}
            onChange={(x) => {
              setName(x);
              form.clear('name');
            }}
            error={form.errors.name}
          />
          <fieldset className="member-list">
            <legend>Members</legend>
            {users.length === 0 && <p className="muted">No users yet.</p>}
            {users.map((u) => (
              <Check
                key={u.id}
                id={`group-member-${u.id}`}
                checked={members.has(u.id)}
                onChange={(on) =>
                  setMembers((s) => {
                    const n = new Set(s);
                    if (on) n.add(u.id);
                    else n.delete(u.id);
                    return n;
                  })
                }
              >
                {principalName({ user: u })}
                {u.disabled && <span className="muted"> (disabled)</span>}
              </Check>
            ))}
          </fieldset>
        </div>
        <FormFooter message={form.message} busy={busy} submitLabel={group ? 'Save' : 'Create group'} onCancel={onClose} />
      </form>
    </Modal>
  );
}

function Check({ id, checked, onChange, children }: { id: string; checked: boolean; onChange(on: boolean): void; children: ReactNode }) {
  return (
    <div className="field field-checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}

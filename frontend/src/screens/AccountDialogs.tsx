import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { TextField } from '../components/Fields';
import { Modal } from '../components/Modal';
import { Spinner } from '../components/States';
import { graphql } from '../gql';
import { apiErrors, errorMessage } from '../lib/errors';
import { minPasswordLength, validatePasswordChange, type Errors, type PasswordField } from '../lib/people';
import { useSession } from '../lib/session';

const ChangePasswordDocument = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const SignOutEverywhereDocument = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere
  }
`);

/** The signed-in user changes their own password; their other sessions end. */
export function ChangePasswordDialog({ onClose, onDone }: { onClose(): void; onDone(message: string): void }) {
  const [v, setV] = useState({ currentPassword: '', newPassword: '', confirm: '' });
  const [errors, setErrors] = useState<Errors<PasswordField>>({});
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [, changePassword] = useMutation(ChangePasswordDocument);

  function set(k: PasswordField, x: string) {
    setV((p) => ({ ...p, [k]: x }));
    setErrors((e) => (e[k] ? { ...e, [k]: undefined } : e));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local = validatePasswordChange(v, true);
    setErrors(local);
    setMessage(undefined);
    if (Object.keys(local).length) return;
    setBusy(true);
    const res = await changePassword({ currentPassword: v.currentPassword, newPassword: v.newPassword });
    setBusy(false);
    if (res.error) {
      const err = apiErrors(res.error, ['currentPassword', 'newPassword']);
      setErrors(err.fields);
      setMessage(err.message);
      return;
    }
    onDone('Your password is changed. Your other sessions have ended.');
  }

  return (
    <Modal title="Change password" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="modal-body">
          <TextField
            id="pw-current"
            label="Current password"
            type="password"
            autoComplete="current-password"
            required
            autoFocus
            value={v.currentPassword}
            onChange={(x) => set('currentPassword', x)}
            error={errors.currentPassword}
          />
          <TextField
            id="pw-new"
            label="New password"
            type="password"
            autoComplete="new-password"
            required
            value={v.newPassword}
            onChange={(x) => set('newPassword', x)}
            error={errors.newPassword}
            hint={`At least ${minPasswordLength} characters.`}
          />
          <TextField
            id="pw-confirm"
            label="New password, again"
            type="password"
            autoComplete="new-password"
            required
            value={v.confirm}
            onChange={(x) => set('confirm', x)}
            error={errors.confirm}
          />
        </div>
        <div className="modal-footer">
          <div className="footer-status">
            {message && (
              <p className="form-error" role="alert">
                {message}
              </p>
            )}
          </div>
          <div className="footer-buttons">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button-primary" disabled={busy}>
              {busy && <Spinner />} Change password
            </button>
          </div>
        </div>
      </form>
    </Modal>
  );
}

/** Ends every session of the signed-in user, this one included. */
export function SignOutEverywhereDialog({ onClose }: { onClose(): void }) {
  const [, signOutEverywhere] = useMutation(SignOutEverywhereDocument);
  const { signOut } = useSession();
  return (
    <ConfirmDialog
      title="Sign out everywhere?"
      confirmLabel="Sign out everywhere"
      onClose={onClose}
      onConfirm={async () => {
        const res = await signOutEverywhere({});
        if (res.error) return errorMessage(res.error);
        await signOut('You are signed out on every device and browser.');
        return undefined;
      }}
    >
      <p>Every session of yours ends, this one included: other browsers, other devices, and scripts using a token of yours. Sign in again to go on.</p>
    </ConfirmDialog>
  );
}

import { useState, type ReactNode } from 'react';
import { Modal } from './Modal';
import { Spinner } from './States';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** A destructive action: the button is red. */
  danger?: boolean;
  /** Runs the action; resolves to an error message to show, or undefined when done. */
  onConfirm(): Promise<string | undefined>;
  onClose(): void;
}

/** Asks before an action, runs it, and shows its error in place. */
export function ConfirmDialog({ title, children, confirmLabel, danger, onConfirm, onClose }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function confirm() {
    setBusy(true);
    setError(undefined);
    const err = await onConfirm();
    setBusy(false);
    if (err) setError(err);
  }

  return (
    <Modal title={title} onClose={onClose}>
      <div className="modal-body">
        <div className="confirm-text">{children}</div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="modal-footer modal-footer-end">
        <button type="button" onClick={onClose} data-autofocus>
          Cancel
        </button>
        <button type="button" className={danger ? 'button-danger' : 'button-primary'} onClick={() => void confirm()} disabled={busy}>
          {busy && <Spinner />} {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}

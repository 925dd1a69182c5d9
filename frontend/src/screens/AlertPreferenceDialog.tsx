import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { SelectField } from '../components/Fields';
import { Modal } from '../components/Modal';
import { Spinner } from '../components/States';
import { graphql } from '../gql';
import type { AlertPreference } from '../gql/graphql';
import { errorMessage } from '../lib/errors';

const AlertPreferenceDocument = graphql(`
  query AlertPreference {
    me {
      id
      email
      alertPreference
    }
    alertEmailSettings {
      enabled
      links
    }
  }
`);

const SetAlertPreferenceDocument = graphql(`
  mutation SetAlertPreference($preference: AlertPreference!) {
    setAlertPreference(preference: $preference) {
      id
      alertPreference
    }
  }
`);

const options: { value: AlertPreference; label: string }[] = [
  { value: 'IMMEDIATE', label: 'An email for each alert' },
  { value: 'DAILY_DIGEST', label: 'One email a day (digest)' },
  { value: 'NEVER', label: 'No email' },
];

/** The signed-in user chooses how their alerts are emailed. */
export function AlertPreferenceDialog({ onClose, onDone }: { onClose(): void; onDone(message: string): void }) {
  const [{ data }] = useQuery({ query: AlertPreferenceDocument, requestPolicy: 'cache-and-network' });
  const [choice, setChoice] = useState<AlertPreference>();
  const [res, save] = useMutation(SetAlertPreferenceDocument);
  const value = choice ?? data?.me.alertPreference ?? 'DAILY_DIGEST';
  const settings = data?.alertEmailSettings;

  async function submit(e: FormEvent) {
    e.preventDefault();
    const r = await save({ preference: value });
    if (!r.error) onDone('Your alert emails are set.');
  }

  return (
    <Modal title="Alert emails" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="modal-body">
          <SelectField<AlertPreference> id="alert-preference" label="Email me about my alerts" value={value} onChange={(v) => setChoice(v)} options={options} />
          {settings && !settings.enabled && <p className="muted">This server sends no email (no SMTP server is configured): alerts stay in the Alerts menu.</p>}
          {settings?.enabled && !data?.me.email && <p className="muted">Your account has no email address; ask an administrator to add one.</p>}
          {settings?.enabled && !settings.links && <p className="muted">The emails carry no links until the administrator sets the server’s public address (--public-url).</p>}
          <p>
            <Link to="/following" onClick={onClose}>
              What you follow
            </Link>{' '}
            <span className="muted">(and unfollow)</span>
          </p>
        </div>
        <div className="modal-footer">
          <div className="footer-status">
            {res.error && (
              <p className="form-error" role="alert">
                {errorMessage(res.error)}
              </p>
            )}
          </div>
          <div className="footer-buttons">
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="submit" className="button-primary" disabled={res.fetching}>
              {res.fetching && <Spinner />} Save
            </button>
          </div>
        </div>
      </form>
    </Modal>
  );
}

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../components/Fields';
import { Spinner } from '../components/States';
import type { ApiErrors } from '../lib/errors';
import {
  afterImportOptions,
  defaultPorts,
  isInsecure,
  isPOP3,
  presets,
  protocols,
  validate,
  withPreset,
  withProtocol,
  type FolderField,
  type FolderFormValues,
} from '../lib/folderForm';

export type TestOutcome = { ok: true } | { ok: false; message?: string; fields?: Record<string, string> };

export interface FolderFormProps {
  mode: 'create' | 'edit';
  initial: FolderFormValues;
  /** Edit mode: a password is stored, so a blank one keeps it. */
  hasPassword?: boolean;
  /** Saves; resolves to the API's errors, or undefined on success. */
  onSubmit(values: FolderFormValues): Promise<ApiErrors | undefined>;
  onTest(values: FolderFormValues): Promise<TestOutcome>;
  onCancel(): void;
}

type TestState = { state: 'idle' } | { state: 'running' } | { state: 'ok' } | { state: 'failed'; message: string };

/** Every parameter of an email folder, with defaults, presets and inline errors. */
export function FolderForm({ mode, initial, hasPassword, onSubmit, onTest, onCancel }: FolderFormProps) {
  const [v, setV] = useState<FolderFormValues>(initial);
  const [preset, setPreset] = useState('');
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [test, setTest] = useState<TestState>({ state: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  function set<K extends FolderField>(field: K, value: FolderFormValues[K]) {
    setV((prev) => ({ ...prev, [field]: value }));
    setErrors((prev) => (prev[field] ? { ...prev, [field]: undefined } : prev));
    setTest({ state: 'idle' });
  }

  function show(fields: Partial<Record<string, string>>, message?: string) {
    setErrors(fields);
    setFormError(message);
    setFocusRequest((n) => n + 1);
  }

  // Once the messages are rendered, move focus to the first invalid field in
  // the form's order, or to the form's message.
  useEffect(() => {
    if (focusRequest === 0) return;
    const form = formRef.current;
    const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('.form-error');
    target?.focus();
  }, [focusRequest]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const local = validate(v, mode);
    if (Object.keys(local).length) {
      show(local, 'Some fields need attention.');
      return;
    }
    setSaving(true);
    setFormError(undefined);
    const res = await onSubmit(v);
    setSaving(false);
    if (res) show(res.fields, res.message ?? (Object.keys(res.fields).length ? 'Some fields need attention.' : undefined));
  }

  async function testConnection() {
    const local = validate(v, mode === 'create' ? 'create' : 'test');
    delete local.title;
    delete local.moveTo;
    if (Object.keys(local).length) {
      show(local, 'Fill in the account and server first.');
      return;
    }
    setErrors({});
    setFormError(undefined);
    setTest({ state: 'running' });
    const res = await onTest(v);
    if (res.ok) {
      setTest({ state: 'ok' });
    } else {
      setTest({ state: 'failed', message: res.message ?? 'The connection failed.' });
      if (res.fields && Object.keys(res.fields).length) show(res.fields);
    }
  }

  const pop3 = isPOP3(v.protocol);
  const chosen = presets.find((p) => p.id === preset);
  const id = (f: string) => `folder-${f}`;

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="folder-form">
      <div className="modal-body">
        <div className="field preset-field">
          <label htmlFor="folder-preset">Provider</label>
          <select
            id="folder-preset"
            value={preset}
            aria-describedby={chosen ? 'folder-preset-hint' : undefined}
            onChange={(e) => {
              setPreset(e.target.value);
              const p = presets.find((x) => x.id === e.target.value);
              if (p) {
                setV((prev) => withPreset(prev, p));
                setErrors({});
                setTest({ state: 'idle' });
              }
            }}
          >
            <option value="">Other server (enter its settings)</option>
            {presets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
          {chosen && (
            <p id="folder-preset-hint" className="field-hint preset-note">
              {chosen.note}
            </p>
          )}
        </div>

        <fieldset>
          <legend>Folder</legend>
          <TextField id={id('title')} label="Title" required autoFocus value={v.title} onChange={(x) => set('title', x)} error={errors.title} />
        </fieldset>

        <fieldset>
          <legend>Account</legend>
          <div className="grid-2">
            <TextField
              id={id('email')}
              label="Email"
              type="email"
              inputMode="email"
              required
              value={v.email}
              onChange={(x) => set('email', x)}
              error={errors.email}
              hint="The address of the account; also the login unless Username is set."
            />
            <TextField
              id={id('username')}
              label="Username"
              value={v.username}
              onChange={(x) => set('username', x)}
              error={errors.username}
              hint="Only if the login differs from the email address."
            />
          </div>
          <TextField
            id={id('password')}
            label="Password"
            type="password"
            autoComplete="new-password"
            required={mode === 'create'}
            value={v.password}
            onChange={(x) => set('password', x)}
            error={errors.password}
            placeholder={mode === 'edit' && hasPassword ? 'Unchanged' : undefined}
            hint={
              mode === 'edit' && hasPassword
                ? 'Leave blank to keep the stored password.'
                : 'The account password or an app password. Stored encrypted; never shown again.'
            }
          />
        </fieldset>

        <fieldset>
          <legend>Server</legend>
          <div className="grid-3">
            <SelectField
              id={id('protocol')}
              label="Protocol"
              value={v.protocol}
              options={protocols}
              onChange={(p) => {
                setV((prev) => withProtocol(prev, p));
                setErrors((prev) => ({ ...prev, protocol: undefined, port: undefined, afterImport: undefined }));
                setTest({ state: 'idle' });
              }}
              error={errors.protocol}
            />
            <TextField id={id('host')} label="Host" required value={v.host} onChange={(x) => set('host', x)} error={errors.host} placeholder="imap.example.com" spellCheck={false} />
            <TextField
              id={id('port')}
              label="Port"
              inputMode="numeric"
              value={v.port}
              onChange={(x) => set('port', x)}
              error={errors.port}
              placeholder={String(defaultPorts[v.protocol])}
            />
          </div>
          <div className="grid-2">
            <CheckboxField
              id={id('startTLS')}
              label="Start TLS"
              checked={v.startTLS}
              onChange={(x) => set('startTLS', x)}
              error={errors.startTLS}
              hint="On plain ports, upgrade with STARTTLS; when on, it is required (no silent downgrade)."
            />
            <CheckboxField
              id={id('socketFactoryFallback')}
              label="Socket factory fallback"
              checked={v.socketFactoryFallback}
              onChange={(x) => set('socketFactoryFallback', x)}
              error={errors.socketFactoryFallback}
              hint="If the TLS socket cannot be opened on the socket factory port, retry on Port with STARTTLS."
            />
          </div>
          <div className="grid-2">
            <TextField
              id={id('socketFactoryPort')}
              label="Socket factory port"
              inputMode="numeric"
              value={v.socketFactoryPort}
              onChange={(x) => set('socketFactoryPort', x)}
              error={errors.socketFactoryPort}
              placeholder={`Same as Port (${v.port || defaultPorts[v.protocol]})`}
              hint="Port of the implicit-TLS socket."
            />
            <TextField
              id={id('sslProtocols')}
              label="SSL protocols"
              value={v.sslProtocols}
              onChange={(x) => set('sslProtocols', x)}
              error={errors.sslProtocols}
              spellCheck={false}
              hint="TLS versions allowed, separated by spaces: TLSv1, TLSv1.1, TLSv1.2, TLSv1.3."
            />
          </div>
          <TextAreaField
            id={id('trustedCertificate')}
            label="Trusted certificate"
            rows={4}
            value={v.trustedCertificate}
            onChange={(x) => set('trustedCertificate', x)}
            error={errors.trustedCertificate}
            placeholder="-----BEGIN CERTIFICATE-----"
            hint="For a self-hosted server with its own certificate: paste it in PEM form. Leave empty for public servers."
          />
          {isInsecure(v) && (
            <div className="warning" role="note">
              <strong>Not encrypted.</strong> Without Start TLS, the password and the mail travel in clear text on the network.
              Mailroom refuses this unless you allow insecure authentication below.
            </div>
          )}
          <CheckboxField
            id={id('allowInsecureAuth')}
            label="Allow insecure authentication"
            checked={v.allowInsecureAuth}
            onChange={(x) => set('allowInsecureAuth', x)}
            error={errors.allowInsecureAuth}
            hint="Only for a server on a trusted network that offers no TLS at all."
          />
        </fieldset>

        <fieldset>
          <legend>Import</legend>
          <div className="grid-3">
            <TextField
              id={id('mailbox')}
              label="Mailbox"
              value={v.mailbox}
              onChange={(x) => set('mailbox', x)}
              error={errors.mailbox}
              disabled={pop3}
              hint={pop3 ? 'POP3 has only the inbox.' : 'Server folder to read.'}
            />
            <TextField
              id={id('emailsLimit')}
              label="Limit of new fetched emails"
              inputMode="numeric"
              value={v.emailsLimit}
              onChange={(x) => set('emailsLimit', x)}
              error={errors.emailsLimit}
              hint="Per check; the rest come next time."
            />
            <TextField
              id={id('fetchIntervalMinutes')}
              label="Fetch interval (minutes)"
              inputMode="numeric"
              value={v.fetchIntervalMinutes}
              onChange={(x) => set('fetchIntervalMinutes', x)}
              error={errors.fetchIntervalMinutes}
              hint="0 = no scheduled checks: only push (below) and Check email."
            />
          </div>
          <div className="grid-2">
            <SelectField
              id={id('afterImport')}
              label="After import"
              value={v.afterImport}
              options={afterImportOptions.map((o) => ({ ...o, disabled: pop3 && o.imapOnly }))}
              onChange={(x) => set('afterImport', x)}
              error={errors.afterImport}
              hint="What is done on the server once a message is safely stored."
            />
            {v.afterImport === 'MOVE' && (
              <TextField
                id={id('moveTo')}
                label="Move to"
                required
                value={v.moveTo}
                onChange={(x) => set('moveTo', x)}
                error={errors.moveTo}
                placeholder="Archive"
                hint="Server folder that receives imported mail."
              />
            )}
          </div>
          <CheckboxField
            id={id('push')}
            label="Push (IMAP IDLE)"
            checked={v.push && !pop3}
            disabled={pop3}
            onChange={(x) => set('push', x)}
            error={errors.push}
            hint="Fetch as soon as mail arrives, when the server supports IDLE."
          />
        </fieldset>
      </div>

      <div className="modal-footer">
        <div className="footer-status">
          {formError && (
            <p className="form-error" role="alert" tabIndex={-1}>
              {formError}
            </p>
          )}
          <p className="test-result" role="status">
            {test.state === 'running' && (
              <>
                <Spinner /> Testing the connection…
              </>
            )}
            {test.state === 'ok' && <span className="ok">Connection OK: signed in and opened the mailbox.</span>}
            {test.state === 'failed' && <span className="error">Connection failed: {test.message}</span>}
          </p>
        </div>
        <div className="footer-buttons">
          <button type="button" onClick={() => void testConnection()} disabled={test.state === 'running' || saving}>
            Test connection
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button-primary" disabled={saving}>
            {saving ? <><Spinner /> {mode === 'create' ? 'Creating…' : 'Saving…'}</> : mode === 'create' ? 'Create' : 'Save'}
          </button>
        </div>
      </div>
    </form>
  );
}

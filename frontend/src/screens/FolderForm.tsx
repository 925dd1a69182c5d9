import { Fragment, useEffect, useRef, useState, type FormEvent } from 'react';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../components/Fields';
import { Spinner } from '../components/States';
import type { ApiErrors } from '../lib/errors';
import {
  appliesTo,
  folderFieldSpecs,
  isInsecure,
  presets,
  resolve,
  specOf,
  validate,
  withPreset,
  withProtocol,
  type FieldContext,
  type FolderField,
  type FolderFormValues,
  type OAuthApp,
  type Section,
} from '../lib/folderForm';

/** The table's fields grouped as the form shows them: fieldsets of rows. */
const sections: { section: Section; rows: FolderField[][] }[] = [];
for (const [k, spec] of folderFieldSpecs) {
  let s = sections.at(-1);
  if (s?.section !== spec.section) sections.push((s = { section: spec.section, rows: [] }));
  const last = s.rows.at(-1);
  if (last && spec.row && specOf(last[0]).row === spec.row) last.push(k);
  else s.rows.push([k]);
}

export type TestOutcome = { ok: true } | { ok: false; message?: string; fields?: Record<string, string> };

export interface FolderFormProps {
  mode: 'create' | 'edit';
  initial: FolderFormValues;
  /** Edit mode: a password is stored, so a blank one keeps it. */
  hasPassword?: boolean;
  /** The OAuth apps a folder may sign in with. */
  oauthApps?: readonly OAuthApp[];
  /** Saves; resolves to the API's errors, or undefined on success. */
  onSubmit(values: FolderFormValues): Promise<ApiErrors | undefined>;
  onTest(values: FolderFormValues): Promise<TestOutcome>;
  onCancel(): void;
}

type TestState = { state: 'idle' } | { state: 'running' } | { state: 'ok' } | { state: 'failed'; message: string };

/** Every parameter of an email folder, with defaults, presets and inline errors. */
export function FolderForm({ mode, initial, hasPassword, oauthApps = [], onSubmit, onTest, onCancel }: FolderFormProps) {
  const [v, setV] = useState<FolderFormValues>(initial);
  const [preset, setPreset] = useState('');
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [formError, setFormError] = useState<string>();
  const [saving, setSaving] = useState(false);
  const [test, setTest] = useState<TestState>({ state: 'idle' });
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  // A change clears the messages of the fields it changed (a new protocol
  // also moves the port and the after-import action).
  function set<K extends FolderField>(field: K, value: FolderFormValues[K]) {
    const next = field === 'protocol' ? withProtocol(v, value as FolderFormValues['protocol']) : { ...v, [field]: value };
    const changed = new Set<string>([field, ...folderFieldSpecs.map(([k]) => k).filter((k) => next[k] !== v[k])]);
    setV(next);
    setErrors((prev) => (Object.keys(prev).some((k) => prev[k] && changed.has(k)) ? Object.fromEntries(Object.entries(prev).filter(([k]) => !changed.has(k))) : prev));
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

  const chosen = presets.find((p) => p.id === preset);
  const ctx: FieldContext = { values: v, mode, hasPassword };

  /** One parameter's field, from its row of the table. */
  function renderField(k: FolderField) {
    const spec = specOf(k);
    if (spec.shownWhen && !spec.shownWhen(v)) return null;
    const applies = appliesTo(spec, v.protocol);
    const common = {
      id: `folder-${k}`,
      label: spec.label,
      error: errors[k],
      hint: applies ? resolve(spec.help, ctx) : (spec.otherProtocolHelp ?? resolve(spec.help, ctx)),
    };
    const required = spec.required?.when(mode, v) ?? false;
    const field = (() => {
      if (k === 'oauthProviderID') {
        // The apps come from the server: a choice, not free text.
        return (
          <SelectField
            {...common}
            hint={oauthApps.length ? common.hint : 'No OAuth app is registered yet: ask an administrator (Administration → OAuth apps).'}
            value={v[k] as string}
            options={[{ value: '', label: 'Choose an app' }, ...oauthApps.map((a) => ({ value: a.id, label: a.name }))]}
            onChange={(x) => set(k, x as never)}
          />
        );
      }
      switch (spec.kind) {
        case 'checkbox':
          return <CheckboxField {...common} checked={(v[k] as boolean) && applies} disabled={!applies} onChange={(x) => set(k, x as never)} />;
        case 'select':
          return (
            <SelectField
              {...common}
              value={v[k] as string}
              options={spec.options.map((o) => ({ value: o.value, label: o.label, disabled: !appliesTo(o, v.protocol) }))}
              disabled={!applies}
              onChange={(x) => set(k, x as never)}
            />
          );
        case 'textarea':
          return (
            <TextAreaField {...common} rows={spec.rows} value={v[k] as string} placeholder={resolve(spec.placeholder, ctx)} onChange={(x) => set(k, x as never)} />
          );
        case 'number':
          return (
            <TextField
              {...common}
              inputMode="numeric"
              required={required}
              disabled={!applies}
              value={v[k] as string}
              placeholder={resolve(spec.placeholder, ctx)}
              onChange={(x) => set(k, x as never)}
            />
          );
        case 'text':
          return (
            <TextField
              {...common}
              type={spec.inputType}
              inputMode={spec.inputMode}
              autoComplete={spec.autoComplete}
              autoFocus={spec.autoFocus}
              spellCheck={spec.spellCheck}
              required={required}
              disabled={!applies}
              value={v[k] as string}
              placeholder={resolve(spec.placeholder, ctx)}
              onChange={(x) => set(k, x as never)}
            />
          );
      }
    })();
    return (
      <Fragment key={k}>
        {k === 'allowInsecureAuth' && isInsecure(v) && (
          <div className="warning" role="note">
            <strong>Not encrypted.</strong> Without Start TLS, the password and the mail travel in clear text on the network.
            Mailroom refuses this unless you allow insecure authentication below.
          </div>
        )}
        {field}
      </Fragment>
    );
  }

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
                setV((prev) => withPreset(prev, p, oauthApps));
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

        {sections.map(({ section, rows }) => (
          <fieldset key={section}>
            <legend>{section}</legend>
            {rows.map((row) => {
              const fields = row.map((k) => renderField(k));
              return row.length > 1 ? (
                <div key={row[0]} className={`grid-${row.length}`}>
                  {fields}
                </div>
              ) : (
                fields
              );
            })}
          </fieldset>
        ))}
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

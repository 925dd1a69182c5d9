import { describe, expect, it } from 'vitest';
import type { FolderSettingsFragment } from '../gql/graphql';
import { defaultValues, folderFieldSpecs, folderFields, presets, toCreateInput, toTestInput, validate, valuesFromFolder, viewValue, withPreset } from './folderForm';

// The field table is the one list of folder parameters in the front end:
// everything else (defaults, inputs, checks, the Parameters tab) derives from it.
const stored: FolderSettingsFragment = {
  __typename: 'EmailFolder',
  id: 'F1',
  title: 'Support',
  email: 'support@example.com',
  username: '',
  protocol: 'IMAP',
  host: 'imap.example.com',
  port: 143,
  socketFactoryFallback: false,
  socketFactoryPort: 993,
  startTLS: true,
  sslProtocols: 'TLSv1.3',
  emailsLimit: 25,
  mailbox: 'Support',
  fetchIntervalMinutes: 0,
  push: false,
  afterImport: 'MOVE',
  moveTo: 'Archive',
  trustedCertificate: '',
  allowInsecureAuth: false,
  hasPassword: true,
  authMethod: 'PASSWORD',
  oauthConnected: false,
  oauthAccount: '',
};

describe('the folder field table', () => {
  it('gives every parameter a label, a section and a default', () => {
    const d = defaultValues();
    for (const [k, spec] of folderFieldSpecs) {
      expect(spec.label, k).not.toBe('');
      expect(spec.section, k).toBeTruthy();
      expect(d, k).toHaveProperty(k);
    }
    expect(Object.keys(d).sort()).toEqual([...folderFields].sort());
  });

  it('sends every parameter on create, and only the connection ones on test', () => {
    const v = { ...defaultValues(), title: 'T', email: 'a@example.com', password: 'pw', host: 'h', socketFactoryPort: '995' };
    expect(Object.keys(toCreateInput(v, 'W1')).sort()).toEqual([...folderFields, 'workspaceID'].sort());
    const test = toTestInput(v);
    for (const k of ['title', 'emailsLimit', 'fetchIntervalMinutes', 'push', 'afterImport', 'moveTo']) expect(test).not.toHaveProperty(k);
    for (const k of ['email', 'host', 'port', 'socketFactoryPort', 'mailbox', 'trustedCertificate', 'password']) expect(test).toHaveProperty(k);
  });

  it('round-trips a stored folder through the form', () => {
    const v = valuesFromFolder(stored);
    expect(v).toMatchObject({ port: '143', socketFactoryPort: '993', emailsLimit: '25', fetchIntervalMinutes: '0', password: '', afterImport: 'MOVE', moveTo: 'Archive' });
    expect(validate(v, 'edit')).toEqual({});
    expect(toCreateInput(v, 'W1')).toMatchObject({ port: 143, socketFactoryPort: 993, emailsLimit: 25, push: false, moveTo: 'Archive' });
  });

  it('describes each stored parameter in words for the Parameters tab', () => {
    const rows = Object.fromEntries(folderFieldSpecs.map(([k, spec]) => [spec.viewLabel ?? spec.label, viewValue(k, spec, stored)]));
    expect(rows).toMatchObject({
      Username: '(same as Email)',
      Password: 'Stored (encrypted)',
      Port: '143',
      'Start TLS': 'Yes',
      'Socket factory fallback': 'No',
      'Fetch interval': 'No scheduled checks',
      'After import': 'Move to another server folder: Archive',
      'Trusted certificate': 'None (system trust store)',
    });
    expect(rows['Move to']).toBeUndefined();
  });

  it('signs in with OAuth2 without a password, through a chosen app', () => {
    const v = { ...defaultValues(), title: 'T', email: 'a@example.com', host: 'h', authMethod: 'OAUTH2' as const };
    expect(validate(v, 'create')).toEqual({ oauthProviderID: 'Choose the OAuth app to sign in with' });
    const input = toCreateInput({ ...v, oauthProviderID: 'P1' }, 'W1');
    expect(input).toMatchObject({ authMethod: 'OAUTH2', oauthProviderID: 'P1', password: '' });
    // A password folder sends no app, even one chosen before switching back.
    expect(JSON.parse(JSON.stringify(toCreateInput({ ...v, authMethod: 'PASSWORD', oauthProviderID: 'P1', password: 'pw' }, 'W1')))).not.toHaveProperty('oauthProviderID');
    expect(validate({ ...v, authMethod: 'PASSWORD' }, 'create')).toEqual({ password: 'A password is required' });
  });

  it('lets the Gmail and Microsoft 365 presets choose OAuth2 and an app of their kind', () => {
    const apps = [
      { id: 'M1', name: 'Contoso', kind: 'MICROSOFT' as const },
      { id: 'G1', name: 'Workspace', kind: 'GOOGLE' as const },
    ];
    const gmail = presets.find((p) => p.id === 'gmail')!;
    const ms = presets.find((p) => p.id === 'microsoft365')!;
    const fastmail = presets.find((p) => p.id === 'fastmail')!;
    expect(withPreset(defaultValues(), gmail, apps)).toMatchObject({ authMethod: 'OAUTH2', oauthProviderID: 'G1', host: 'imap.gmail.com' });
    expect(withPreset(defaultValues(), ms, apps)).toMatchObject({ authMethod: 'OAUTH2', oauthProviderID: 'M1', host: 'outlook.office365.com' });
    expect(withPreset(defaultValues(), ms, [])).toMatchObject({ authMethod: 'OAUTH2', oauthProviderID: '' });
    expect(withPreset(withPreset(defaultValues(), gmail, apps), fastmail, apps)).toMatchObject({ authMethod: 'PASSWORD', oauthProviderID: '' });
  });
});

import { describe, expect, it } from 'vitest';
import type { FolderSettingsFragment } from '../gql/graphql';
import { defaultValues, folderFieldSpecs, folderFields, toCreateInput, toTestInput, validate, valuesFromFolder, viewValue } from './folderForm';

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
});

import { describe, expect, it } from 'vitest';
import { defaultValues, toCreateInput, toTestInput, toUpdateInput } from './folderForm';

const filled = { ...defaultValues(), title: ' Support ', email: 'a@example.com', password: 'pw', host: ' imap.example.com ' };

describe('folder form → API input', () => {
  it('creates with numbers as numbers and blanks as defaults', () => {
    const input = toCreateInput({ ...filled, socketFactoryPort: '' }, 'W1');
    expect(input).toMatchObject({
      workspaceID: 'W1',
      title: 'Support',
      host: 'imap.example.com',
      port: 993,
      emailsLimit: 100,
      fetchIntervalMinutes: 30,
      afterImport: 'MARK_SEEN',
      moveTo: '',
      password: 'pw',
    });
    expect(input.socketFactoryPort).toBeUndefined();
  });

  it('updates without a password unless one is typed', () => {
    expect(toUpdateInput({ ...filled, password: '' })).not.toHaveProperty('password');
    expect(toUpdateInput(filled).password).toBe('pw');
  });

  it('tests with the stored password of an existing folder', () => {
    expect(toTestInput({ ...filled, password: '' }, 'F1')).toMatchObject({ folderID: 'F1', host: 'imap.example.com' });
    expect(toTestInput({ ...filled, password: '' }, 'F1')).not.toHaveProperty('password');
  });

  it('ends a pasted certificate with a newline', () => {
    expect(toCreateInput({ ...filled, trustedCertificate: '-----BEGIN CERTIFICATE-----\nX\n-----END CERTIFICATE-----  ' }, 'W').trustedCertificate).toBe(
      '-----BEGIN CERTIFICATE-----\nX\n-----END CERTIFICATE-----\n',
    );
  });
});

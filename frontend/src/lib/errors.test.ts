import { CombinedError } from 'urql';
import { describe, expect, it } from 'vitest';
import { apiErrors, errorMessage, isUnauthenticated } from './errors';

const fieldError = (field: string, message: string) =>
  new CombinedError({ graphQLErrors: [{ message, extensions: { code: 'BAD_USER_INPUT', field } }] });

describe('apiErrors', () => {
  it('puts a BAD_USER_INPUT error next to its field, without the field prefix', () => {
    const e = apiErrors(fieldError('port', 'port: port 70000 is out of range: use 1 to 65535'), ['port', 'host']);
    expect(e).toEqual({ fields: { port: 'Port 70000 is out of range: use 1 to 65535' } });
  });

  it('keeps errors of fields the form does not show for the whole form', () => {
    const e = apiErrors(fieldError('workspaceID', 'workspace not found'), ['port']);
    expect(e).toEqual({ fields: {}, message: 'Workspace not found' });
  });

  it('reports other errors as a form message', () => {
    const err = new CombinedError({ graphQLErrors: [{ message: 'you do not have permission to do this', extensions: { code: 'FORBIDDEN' } }] });
    expect(apiErrors(err, ['port'])).toEqual({ fields: {}, message: 'you do not have permission to do this' });
  });

  it('says when the server cannot be reached', () => {
    const err = new CombinedError({ networkError: new Error('Failed to fetch') });
    expect(apiErrors(err, []).message).toMatch(/cannot be reached/);
    expect(errorMessage(err)).toMatch(/cannot be reached/);
  });
});

describe('isUnauthenticated', () => {
  it('recognises the code', () => {
    const err = new CombinedError({ graphQLErrors: [{ message: 'not signed in', extensions: { code: 'UNAUTHENTICATED' } }] });
    expect(isUnauthenticated(err)).toBe(true);
    expect(isUnauthenticated(fieldError('port', 'x'))).toBe(false);
    expect(isUnauthenticated(undefined)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { signInError } from './session';

const response = (status: number, body?: unknown) => new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('a refused sign-in, in words', () => {
  it('wrong credentials', async () => {
    expect(await signInError(response(401, { error: 'wrong username or password' }))).toBe('Wrong username or password.');
  });

  it('throttled: the server’s own sentence', async () => {
    expect(await signInError(response(429, { error: 'too many failed sign-ins: try again in 5 minutes' }))).toBe('Too many failed sign-ins: try again in 5 minutes.');
    expect(await signInError(response(429))).toBe('Too many failed sign-ins: try again later.');
  });

  it('anything else', async () => {
    expect(await signInError(response(500))).toBe('Sign-in failed (HTTP 500). Try again.');
  });
});

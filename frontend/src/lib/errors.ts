import type { CombinedError } from 'urql';

/** The API's error codes (extensions.code). */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'MAIL_SERVER'
  | 'INTERNAL';

export interface ApiErrors {
  /** Messages to show next to a form field, keyed by the GraphQL field name. */
  fields: Record<string, string>;
  /** A message for the whole form or page, when no field takes it. */
  message?: string;
}

export function errorCode(err: CombinedError | undefined): ErrorCode | undefined {
  const code = err?.graphQLErrors.find((e) => e.extensions?.code)?.extensions?.code;
  return typeof code === 'string' ? (code as ErrorCode) : undefined;
}

export function isUnauthenticated(err: CombinedError | undefined): boolean {
  return !!err?.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/** A field error's message reads "port: port 70000 is out of range"; drop the "port: ". */
function stripFieldPrefix(field: string, message: string): string {
  const prefix = `${field}: `;
  const m = message.startsWith(prefix) ? message.slice(prefix.length) : message;
  return m.charAt(0).toUpperCase() + m.slice(1);
}

/** The sentence to show a person for any error of the API or the network. */
export function errorMessage(err: CombinedError | undefined): string {
  if (!err) return '';
  if (err.networkError) {
    return 'Mailroom cannot be reached. Check your connection and try again.';
  }
  const messages = err.graphQLErrors.map((e) => {
    const field = e.extensions?.field;
    return typeof field === 'string' ? stripFieldPrefix(field, e.message) : e.message;
  });
  return [...new Set(messages)].join(' ') || err.message;
}

/**
 * Splits an API error into inline messages for the fields the form shows
 * (BAD_USER_INPUT with extensions.field) and one message for the rest.
 */
export function apiErrors(err: CombinedError | undefined, formFields: readonly string[]): ApiErrors {
  const out: ApiErrors = { fields: {} };
  if (!err) return out;
  if (err.networkError) {
    out.message = errorMessage(err);
    return out;
  }
  const rest: string[] = [];
  for (const e of err.graphQLErrors) {
    const field = e.extensions?.field;
    if (e.extensions?.code === 'BAD_USER_INPUT' && typeof field === 'string' && formFields.includes(field)) {
      out.fields[field] ??= stripFieldPrefix(field, e.message);
    } else {
      rest.push(typeof field === 'string' ? stripFieldPrefix(field, e.message) : e.message);
    }
  }
  if (rest.length) out.message = [...new Set(rest)].join(' ');
  return out;
}

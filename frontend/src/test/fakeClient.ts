// A urql client for component tests: each operation is answered by a handler
// keyed by its operation name, with data or a GraphQL error.
import { getOperationAST } from 'graphql';
import { CombinedError, type Client, type GraphQLRequest } from 'urql';
import { vi } from 'vitest';
import { fromValue, never } from 'wonka';

export type Answer = { data: unknown } | { error: { message: string; code?: string; field?: string } };
export type Handler = (variables: Record<string, unknown>) => Answer;

function answer(a: Answer | undefined) {
  if (!a) return never;
  if ('error' in a) {
    const { message, code, field } = a.error;
    return fromValue({ data: undefined, error: new CombinedError({ graphQLErrors: [{ message, extensions: { code, ...(field ? { field } : {}) } }] }), stale: false, hasNext: false });
  }
  return fromValue({ data: a.data, stale: false, hasNext: false });
}

export function fakeClient(handlers: Record<string, Handler>) {
  const calls: { name: string; variables: Record<string, unknown> }[] = [];
  const run = vi.fn((request: GraphQLRequest) => {
    const name = getOperationAST(request.query)?.name?.value ?? '';
    const variables = (request.variables ?? {}) as Record<string, unknown>;
    calls.push({ name, variables });
    return answer(handlers[name]?.(variables));
  });
  const client = {
    executeQuery: run,
    executeMutation: run,
    executeSubscription: () => never,
    subscription: () => ({ subscribe: () => ({ unsubscribe() {} }) }),
  } as unknown as Client;
  return { client, calls, callsOf: (name: string) => calls.filter((c) => c.name === name).map((c) => c.variables) };
}

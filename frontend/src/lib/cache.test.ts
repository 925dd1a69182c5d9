// The cache is the one way the SPA refreshes: these tests run a real urql
// client with the real Graphcache configuration against a scripted server,
// and check which queries each mutation and each activity event asks again.
import { getOperationAST } from 'graphql';
import { Client, gql, makeResult, type Exchange, type Operation } from 'urql';
import { describe, expect, it } from 'vitest';
import { delay, filter, makeSubject, map, merge, mergeMap, pipe, share, subscribe } from 'wonka';
import { graphcache } from './cache';

type Handler = (variables: Record<string, unknown>) => unknown;

function scriptedServer(handlers: Record<string, Handler>) {
  const asked: string[] = [];
  const events = makeSubject<unknown>();
  const exchange: Exchange = () => (ops$) => {
    const ops = share(ops$);
    const answers = pipe(
      ops,
      filter((op: Operation) => op.kind === 'query' || op.kind === 'mutation'),
      map((op: Operation) => {
        const name = getOperationAST(op.query)?.name?.value ?? '';
        asked.push(name);
        return makeResult(op, { data: handlers[name]?.(op.variables as Record<string, unknown>) as Record<string, unknown> });
      }),
      // Answers come later, as over HTTP.
      delay(1),
    );
    const pushed = pipe(
      ops,
      filter((op: Operation) => op.kind === 'subscription'),
      mergeMap((op: Operation) => pipe(events.source, map((data) => makeResult(op, { data: data as Record<string, unknown> })))),
    );
    return merge([answers, pushed]);
  };
  const client = new Client({ url: '/query', exchanges: [graphcache(), exchange] });
  return { client, asked, push: (data: unknown) => events.next(data), count: (name: string) => asked.filter((n) => n === name).length };
}

/** A query of one folder's fields, named as a screen names it. */
const folderQuery = (name: string, fields: string) =>
  gql(`query ${name}($id: ID!) { node(id: $id) { __typename ... on EmailFolder { id ${fields} } } }`);

const FolderQuery = folderQuery('Folder', 'title needsAttention');
const EmailsQuery = folderQuery('FolderEmails', 'emails(first: 50) { __typename totalCount }');
const RunsQuery = folderQuery('FolderRuns', 'fetchRuns(first: 20) { __typename totalCount }');

const ActivitySubscription = gql`
  subscription FolderActivity($folderID: ID!) {
    folderActivity(folderID: $folderID) {
      __typename
      type
      email {
        __typename
        id
      }
    }
  }
`;

let emails = 1;
const handlers: Record<string, Handler> = {
  Folder: () => ({ node: { __typename: 'EmailFolder', id: 'F1', title: 'Support', needsAttention: true } }),
  FolderEmails: () => ({ node: { __typename: 'EmailFolder', id: 'F1', emails: { __typename: 'EmailConnection', totalCount: emails } } }),
  FolderRuns: () => ({ node: { __typename: 'EmailFolder', id: 'F1', fetchRuns: { __typename: 'FetchRunConnection', totalCount: 1 } } }),
  UpdateEmailFolder: () => ({ updateEmailFolder: { __typename: 'EmailFolder', id: 'F1', title: 'Support desk' } }),
  TrashedWorkspaces: () => ({ trashedWorkspaces: [] }),
  TrashNode: () => ({ trashNode: { __typename: 'Workspace', id: 'W1', trashedAt: '2026-12-01T10:00:00Z' } }),
};

function watch(client: Client, query: typeof FolderQuery, variables: Record<string, unknown> = { id: 'F1' }) {
  const results: unknown[] = [];
  const { unsubscribe } = pipe(
    client.query(query, variables, { requestPolicy: 'cache-and-network' }),
    subscribe((r) => results.push(r.data)),
  );
  return { results, unsubscribe };
}

const tick = () => new Promise((r) => setTimeout(r, 20));

describe('the cache refreshes what changed, and only that', () => {
  it('asks for the emails again when one arrives, not for the history', async () => {
    const s = scriptedServer(handlers);
    watch(s.client, EmailsQuery);
    watch(s.client, RunsQuery);
    pipe(s.client.subscription(ActivitySubscription, { folderID: 'F1' }), subscribe(() => {}));
    await tick();
    expect([s.count('FolderEmails'), s.count('FolderRuns')]).toEqual([1, 1]);

    emails = 2;
    s.push({ folderActivity: { __typename: 'ActivityEvent', type: 'EMAIL_ADDED', email: { __typename: 'Email', id: 'E2' } } });
    await tick();
    expect([s.count('FolderEmails'), s.count('FolderRuns')]).toEqual([2, 1]);

    s.push({ folderActivity: { __typename: 'ActivityEvent', type: 'FETCH_FINISHED', email: null } });
    await tick();
    expect([s.count('FolderEmails'), s.count('FolderRuns')]).toEqual([3, 2]);
  });

  it('keeps the answer of a folder update, and asks the folder again for what the server derived', async () => {
    const s = scriptedServer(handlers);
    watch(s.client, FolderQuery);
    await tick();
    const res = await s.client
      .mutation(
        gql`
          mutation UpdateEmailFolder($id: ID!) {
            updateEmailFolder(id: $id, input: {}) {
              __typename
              id
              title
            }
          }
        `,
        { id: 'F1' },
      )
      .toPromise();
    // Regression: invalidating the whole folder here emptied the answer and
    // left the edit dialog saving for ever.
    expect(res.data).toEqual({ updateEmailFolder: { __typename: 'EmailFolder', id: 'F1', title: 'Support desk' } });
    await tick();
    expect(s.count('Folder')).toBe(2);
  });

  it('asks an empty trash list again after something is trashed', async () => {
    const s = scriptedServer(handlers);
    watch(
      s.client,
      gql`
        query TrashedWorkspaces {
          trashedWorkspaces {
            __typename
            id
          }
        }
      `,
      {},
    );
    await tick();
    await s.client
      .mutation(
        gql`
          mutation TrashNode($id: ID!) {
            trashNode(id: $id) {
              __typename
              id
              ... on Workspace {
                trashedAt
              }
            }
          }
        `,
        { id: 'W1' },
      )
      .toPromise();
    await tick();
    expect(s.count('TrashedWorkspaces')).toBe(2);
  });
});

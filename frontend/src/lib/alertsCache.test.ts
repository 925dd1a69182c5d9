// What the alerts make stale (lib/cache.ts): a real urql client with the real
// Graphcache configuration against a scripted server, counting which
// queries are asked again.
import { getOperationAST } from 'graphql';
import { Client, gql, makeResult, type Exchange, type Operation } from 'urql';
import { describe, expect, it } from 'vitest';
import { delay, filter, makeSubject, map, merge, mergeMap, pipe, share, subscribe } from 'wonka';
import { graphcache } from './cache';

function scriptedServer(handlers: Record<string, () => unknown>) {
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
        return makeResult(op, { data: handlers[name]?.() as Record<string, unknown> });
      }),
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
  return { client, push: (data: unknown) => events.next(data), count: (name: string) => asked.filter((n) => n === name).length };
}

const NotificationsQuery = gql`
  query Notifications {
    unreadNotificationCount
    notifications(first: 20) {
      __typename
      totalCount
    }
  }
`;
const FollowedQuery = gql`
  query Followed($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on EmailFolder {
        followed
      }
    }
  }
`;
const NotificationAdded = gql`
  subscription NotificationAdded {
    notificationAdded {
      __typename
      id
      text
    }
  }
`;

let unread = 0;
let followed = true;
const handlers = {
  Notifications: () => ({ unreadNotificationCount: unread, notifications: { __typename: 'NotificationConnection', totalCount: unread } }),
  Followed: () => ({ node: { __typename: 'EmailFolder', id: 'F1', followed } }),
  MarkNotificationsRead: () => ({ markNotificationsRead: 1 }),
  Unsubscribe: () => ({ unsubscribe: true }),
};

function watch(client: Client, query: typeof NotificationsQuery, variables: Record<string, unknown> = {}) {
  const results: unknown[] = [];
  pipe(
    client.query(query, variables, { requestPolicy: 'cache-and-network' }),
    subscribe((r) => results.push(r.data)),
  );
  return results;
}

const tick = () => new Promise((r) => setTimeout(r, 20));

describe('alerts keep the menu and the Follow button fresh', () => {
  it('asks for the alerts again when one arrives and when they are marked read', async () => {
    const s = scriptedServer(handlers);
    watch(s.client, NotificationsQuery);
    pipe(s.client.subscription(NotificationAdded, {}), subscribe(() => {}));
    await tick();
    expect(s.count('Notifications')).toBe(1);

    unread = 1;
    s.push({ notificationAdded: { __typename: 'Notification', id: 'N1', text: '2 new emails in Support' } });
    await tick();
    expect(s.count('Notifications')).toBe(2);

    unread = 0;
    await s.client.mutation(gql`mutation MarkNotificationsRead { markNotificationsRead }`, {}).toPromise();
    await tick();
    expect(s.count('Notifications')).toBe(3);
  });

  it('asks whether the target is followed again after unsubscribe', async () => {
    const s = scriptedServer(handlers);
    watch(s.client, FollowedQuery, { id: 'F1' });
    await tick();
    expect(s.count('Followed')).toBe(1);
    followed = false;
    await s.client.mutation(gql`mutation Unsubscribe($t: ID!) { unsubscribe(targetID: $t) }`, { t: 'F1' }).toPromise();
    await tick();
    expect(s.count('Followed')).toBe(2);
  });
});

import { createClient as createWSClient, type Client as WSClient } from 'graphql-ws';
import { Client, fetchExchange, mapExchange, subscriptionExchange } from 'urql';
import { graphcache } from './cache';
import { isUnauthenticated } from './errors';

export interface MailroomClient {
  client: Client;
  /** Closes the websocket (sign out drops the client and its cache). */
  dispose(): void;
}

function websocketURL(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/query`;
}

/**
 * The GraphQL client of the SPA: queries and mutations over POST /query with
 * the session cookie, subscriptions over graphql-ws on the same origin (the
 * cookie authenticates the upgrade), through one normalized cache (lib/cache.ts)
 * that mutations and subscription events keep fresh. onUnauthenticated runs when any answer
 * says the session is gone, so the app can show the sign-in screen.
 */
export function createMailroomClient(onUnauthenticated: () => void): MailroomClient {
  const ws: WSClient = createWSClient({
    url: websocketURL(),
    lazy: true,
    retryAttempts: 5,
  });
  const client = new Client({
    url: '/query',
    fetchOptions: { credentials: 'same-origin', headers: { accept: 'application/graphql-response+json, application/json' } },
    preferGetMethod: false,
    exchanges: [
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) onUnauthenticated();
        },
      }),
      graphcache(),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription(request) {
          const input = { ...request, query: request.query || '' };
          return {
            subscribe(sink) {
              const unsubscribe = ws.subscribe(input, sink);
              return { unsubscribe };
            },
          };
        },
      }),
    ],
  });
  return { client, dispose: () => void ws.dispose() };
}

// The GraphQL API from Node, as scripts and other programs use it: a bearer
// token over HTTP, and graphql-ws (with the `ws` package: Node 20 has no
// global WebSocket) for subscriptions.
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLError {
  message: string;
  extensions?: { code?: string; field?: string };
}

export class API {
  constructor(
    readonly baseURL: string,
    readonly token = '',
  ) {}

  /** Signs in with the login mutation and returns an API that sends the token. */
  static async login(baseURL: string, username: string, password: string): Promise<API> {
    const data = await new API(baseURL).query<{ login: { token: string } }>(
      'mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
      { u: username, p: password },
    );
    return new API(baseURL, data.login.token);
  }

  /**
   * A new workspace with one folder on the tests' Dovecot account `bench`
   * (IMAPS, its certificate trusted), push and schedule off so the only runs
   * are the ones a test starts; extra overrides folder fields (mailbox, ...).
   */
  async benchFolder(workspaceTitle: string, folderTitle: string, extra: Record<string, unknown> = {}): Promise<{ workspaceID: string; folderID: string }> {
    const { createWorkspace } = await this.query<{ createWorkspace: { id: string } }>(
      'mutation($i: CreateWorkspaceInput!) { createWorkspace(input: $i) { id } }',
      { i: { title: workspaceTitle } },
    );
    const { createEmailFolder } = await this.query<{ createEmailFolder: { id: string } }>(
      'mutation($i: CreateEmailFolderInput!) { createEmailFolder(input: $i) { id } }',
      {
        i: {
          workspaceID: createWorkspace.id,
          title: folderTitle,
          email: 'bench@example.com',
          password: 'benchpass',
          host: '127.0.0.1',
          port: Number(process.env.MAILROOM_E2E_IMAPS_PORT!),
          trustedCertificate: process.env.MAILROOM_E2E_CERT!,
          push: false,
          fetchIntervalMinutes: 0,
          ...extra,
        },
      },
    );
    return { workspaceID: createWorkspace.id, folderID: createEmailFolder.id };
  }

  /** Runs a query or mutation; throws on any GraphQL error. */
  async query<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await this.request(query, variables);
    if (res.errors?.length) throw new Error(`GraphQL: ${res.errors.map((e) => e.message).join('; ')}`);
    return res.data as T;
  }

  /** Runs a query or mutation and returns data and errors as they are. */
  async request(query: string, variables: Record<string, unknown> = {}): Promise<{ data?: unknown; errors?: GraphQLError[] }> {
    const resp = await fetch(`${this.baseURL}/query`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.token ? { authorization: `Bearer ${this.token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await resp.json()) as { data?: unknown; errors?: GraphQLError[] };
  }

  /** A graphql-ws client authenticated in connection_init, as DESIGN.md says. */
  websocket(opts: { token?: string | null; lazy?: boolean } = {}): Client {
    const token = opts.token === undefined ? this.token : opts.token;
    return createClient({
      url: `${this.baseURL.replace(/^http/, 'ws')}/query`,
      webSocketImpl: WebSocket,
      connectionParams: token ? { Authorization: `Bearer ${token}` } : {},
      lazy: opts.lazy ?? false,
      retryAttempts: 0,
    });
  }
}

/** Waits for the graphql-ws client's connection_ack. */
export function connected(client: Client, timeoutMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const offs: (() => void)[] = [];
    const settle = (err?: Error) => {
      clearTimeout(timer);
      for (const off of offs) off();
      if (err) reject(err);
      else resolve();
    };
    const timer = setTimeout(() => settle(new Error('graphql-ws: no connection_ack')), timeoutMs);
    offs.push(client.on('connected', () => settle()));
    offs.push(client.on('closed', (e) => settle(new Error(`graphql-ws: closed before connection_ack (${(e as { code?: number }).code ?? '?'})`))));
  });
}

/**
 * Subscribes and hands each event to onEvent; resolves with the events once
 * `done` returns true for one of them.
 */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown>, done: (e: T, all: T[]) => boolean) {
  const events: T[] = [];
  let unsubscribe = () => {};
  const finished = new Promise<T[]>((resolve, reject) => {
    unsubscribe = client.subscribe<T>(
      { query, variables },
      {
        next(v) {
          if (v.errors?.length) {
            reject(new Error(`subscription: ${v.errors.map((e) => e.message).join('; ')}`));
            return;
          }
          const e = v.data as T;
          events.push(e);
          if (done(e, events)) resolve(events);
        },
        error: (e) => reject(e instanceof Error ? e : new Error(JSON.stringify(e))),
        complete: () => resolve(events),
      },
    );
  });
  return { events, finished, unsubscribe: () => unsubscribe() };
}

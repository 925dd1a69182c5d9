import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider } from 'urql';
import { graphql } from '../gql';
import type { MeQuery } from '../gql/graphql';
import { createMailroomClient, type MailroomClient } from './client';
import { errorMessage, isUnauthenticated } from './errors';

export type Me = MeQuery['me'];

const MeDocument = graphql(`
  query Me {
    me {
      id
      username
      displayName
      isAdmin
    }
  }
`);

type State =
  | { status: 'loading' }
  | { status: 'signedOut'; notice?: string }
  | { status: 'signedIn'; me: Me }
  | { status: 'error'; message: string };

interface Session {
  state: State;
  signIn(username: string, password: string): Promise<string | undefined>;
  signOut(notice?: string): Promise<void>;
  retry(): void;
}

/** The sentence for a refused sign-in: wrong credentials, or throttled (429 with {"error": …}). */
export async function signInError(resp: Response): Promise<string> {
  if (resp.status === 401) return 'Wrong username or password.';
  if (resp.status === 429) {
    let msg = '';
    try {
      msg = String(((await resp.json()) as { error?: unknown }).error ?? '');
    } catch {
      // no JSON body: the generic sentence below
    }
    msg = msg.trim() || 'too many failed sign-ins: try again later';
    return `${msg.charAt(0).toUpperCase()}${msg.slice(1)}${/[.!]$/.test(msg) ? '' : '.'}`;
  }
  return `Sign-in failed (HTTP ${resp.status}). Try again.`;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside SessionProvider');
  return s;
}

/** The signed-in user; only under a signed-in session. */
export function useMe(): Me {
  const { state } = useSession();
  if (state.status !== 'signedIn') throw new Error('useMe while signed out');
  return state.me;
}

/**
 * Holds the session (an HttpOnly cookie the SPA never sees) and the GraphQL
 * client. A new client is made at each sign-in and sign-out, so nothing
 * cached for one user is shown to the next.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const stateRef = useRef(state);
  stateRef.current = state;

  const expired = useCallback(() => {
    if (stateRef.current.status === 'signedIn') {
      setState({ status: 'signedOut', notice: 'Your session has ended. Sign in again.' });
      setGeneration((g) => g + 1);
    }
  }, []);

  const mc: MailroomClient = useMemo(() => createMailroomClient(expired), [generation, expired]);
  // Close the previous client's websocket once a new client replaces it
  // (not in an effect cleanup: StrictMode runs those on a live client).
  const previous = useRef<MailroomClient | null>(null);
  useEffect(() => {
    if (previous.current && previous.current !== mc) previous.current.dispose();
    previous.current = mc;
  }, [mc]);

  const loadMe = useCallback(async () => {
    const res = await mc.client.query(MeDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    if (res.data?.me) {
      setState({ status: 'signedIn', me: res.data.me });
    } else if (isUnauthenticated(res.error)) {
      setState((s) => (s.status === 'signedOut' ? s : { status: 'signedOut' }));
    } else {
      setState({ status: 'error', message: errorMessage(res.error) || 'Mailroom answered unexpectedly.' });
    }
  }, [mc]);

  useEffect(() => {
    if (stateRef.current.status === 'loading') void loadMe();
  }, [loadMe]);

  const signIn = useCallback(
    async (username: string, password: string): Promise<string | undefined> => {
      let resp: Response;
      try {
        resp = await fetch('/auth/login', {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ username, password }),
        });
      } catch {
        return 'Mailroom cannot be reached. Check your connection and try again.';
      }
      if (!resp.ok) return signInError(resp);
      setState({ status: 'loading' });
      setGeneration((g) => g + 1);
      return undefined;
    },
    [],
  );

  const signOut = useCallback(async (notice = 'You are signed out.') => {
    try {
      // JSON, as the server's cross-site guard requires of sign-in and sign-out.
      await fetch('/auth/logout', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
    } finally {
      setState({ status: 'signedOut', notice });
      setGeneration((g) => g + 1);
    }
  }, []);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setGeneration((g) => g + 1);
  }, []);

  const session = useMemo(() => ({ state, signIn, signOut, retry }), [state, signIn, signOut, retry]);
  return (
    <SessionContext.Provider value={session}>
      <Provider value={mc.client}>{children}</Provider>
    </SessionContext.Provider>
  );
}

// OAuth2 sign-in of folders: the OAuth apps administrators register, and the
// start of a folder's sign-in (the browser leaves for the provider and comes
// back to /oauth/callback, which lands on the folder's Parameters tab).
import { graphql } from '../gql';

export const OAuthAppsDocument = graphql(`
  query OAuthApps {
    oauthProviders {
      id
      name
      kind
      clientID
      tenant
      authURL
      tokenURL
      scopes
      hasClientSecret
    }
    oauthRedirectURI
  }
`);

export const AuthorizeEmailFolderDocument = graphql(`
  mutation AuthorizeEmailFolder($folderID: ID!) {
    authorizeEmailFolder(folderID: $folderID)
  }
`);

/** The outcome of a sign-in, from the query /oauth/callback redirects with. */
export function oauthOutcome(search: string): { connected: boolean; error?: string } {
  const q = new URLSearchParams(search);
  return { connected: q.get('oauth') === 'connected', error: q.get('oauthError') ?? undefined };
}

export const kindLabels = { GOOGLE: 'Google', MICROSOFT: 'Microsoft Entra', GENERIC: 'Other (OAuth2 / OpenID Connect)' } as const;

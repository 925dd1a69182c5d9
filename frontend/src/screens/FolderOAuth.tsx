import { useState } from 'react';
import { useLocation } from 'react-router';
import { useMutation } from 'urql';
import type { FolderSettingsFragment } from '../gql/graphql';
import { errorMessage } from '../lib/errors';
import { AuthorizeEmailFolderDocument, oauthOutcome } from '../lib/oauth';

/**
 * The OAuth2 sign-in of a folder (authMethod OAUTH2): whether it is
 * connected and as whom, and Sign in / Reconnect, which sends the browser to
 * the provider; /oauth/callback brings it back here with the outcome.
 */
export function FolderOAuth({ folder, canManage }: { folder: FolderSettingsFragment; canManage: boolean }) {
  const [, authorize] = useMutation(AuthorizeEmailFolderDocument);
  const [error, setError] = useState<string>();
  const [leaving, setLeaving] = useState(false);
  const outcome = oauthOutcome(useLocation().search);
  if (folder.authMethod !== 'OAUTH2') return null;
  const provider = folder.oauthProvider?.name ?? 'the provider';

  async function signIn() {
    setError(undefined);
    setLeaving(true);
    const res = await authorize({ folderID: folder.id });
    if (res.error || !res.data) {
      setLeaving(false);
      setError(errorMessage(res.error));
      return;
    }
    window.location.assign(res.data.authorizeEmailFolder);
  }

  return (
    <section aria-labelledby="oauth-title" className="oauth-panel">
      <h2 id="oauth-title" className="section-title">
        Sign-in with {provider}
      </h2>
      {outcome.connected && folder.oauthConnected && (
        <p className="notice" role="status">
          Signed in with {provider}.
        </p>
      )}
      {outcome.error && (
        <p className="form-error" role="alert">
          The sign-in did not complete: {outcome.error}
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <p data-testid="oauth-status">
        {folder.oauthConnected ? (
          <>
            Connected as <strong>{folder.oauthAccount || folder.email}</strong>.
          </>
        ) : (
          'Not signed in yet: Mailroom cannot fetch until someone who manages this folder signs in.'
        )}
      </p>
      {canManage && (
        <button type="button" className={folder.oauthConnected ? undefined : 'button-primary'} disabled={leaving} onClick={() => void signIn()}>
          {folder.oauthConnected ? 'Reconnect' : `Sign in with ${provider}`}
        </button>
      )}
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { SelectField, TextField } from '../components/Fields';
import { graphql } from '../gql';
import type { OAuthProviderKind } from '../gql/graphql';
import { apiErrors, errorMessage } from '../lib/errors';
import { kindLabels, OAuthAppsDocument } from '../lib/oauth';

const CreateOAuthAppDocument = graphql(`
  mutation CreateOAuthApp($input: CreateOAuthProviderInput!) {
    createOAuthProvider(input: $input) {
      id
    }
  }
`);

const DeleteOAuthAppDocument = graphql(`
  mutation DeleteOAuthApp($id: ID!) {
    deleteOAuthProvider(id: $id)
  }
`);

const fields = ['name', 'kind', 'clientID', 'clientSecret', 'tenant', 'authURL', 'tokenURL', 'scopes'] as const;
type Values = Record<(typeof fields)[number], string>;
const empty: Values = { name: '', kind: 'GOOGLE', clientID: '', clientSecret: '', tenant: '', authURL: '', tokenURL: '', scopes: '' };

/**
 * Administration → OAuth apps: the applications registered with Google,
 * Microsoft Entra or another provider, through which folders sign in, and
 * the redirect URI to register with them.
 */
export function OAuthApps() {
  const [{ data, error }, refetch] = useQuery({ query: OAuthAppsDocument, requestPolicy: 'cache-and-network' });
  const [, create] = useMutation(CreateOAuthAppDocument);
  const [, remove] = useMutation(DeleteOAuthAppDocument);
  const [v, setV] = useState<Values>(empty);
  const [adding, setAdding] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  const set = (k: keyof Values) => (x: string) => setV((prev) => ({ ...prev, [k]: x }));
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function submit(e: FormEvent) {
    e.preventDefault();
    const kind = v.kind as OAuthProviderKind;
    const generic = kind === 'GENERIC';
    const res = await create({
      input: {
        name: v.name.trim(),
        kind,
        clientID: v.clientID.trim(),
        clientSecret: v.clientSecret || undefined,
        tenant: kind === 'MICROSOFT' && v.tenant.trim() ? v.tenant.trim() : undefined,
        authURL: generic ? v.authURL.trim() : undefined,
        tokenURL: generic ? v.tokenURL.trim() : undefined,
        scopes: generic ? v.scopes.split(/\s+/).filter(Boolean) : undefined,
      },
    });
    if (res.error) {
      const e = apiErrors(res.error, fields);
      setErrors(e.fields);
      setMessage(e.message ? { text: e.message, error: true } : undefined);
      return;
    }
    setErrors({});
    setV(empty);
    setAdding(false);
    setMessage({ text: `${v.name.trim()} is registered: folders can now sign in with it.` });
    reload();
  }

  async function del(id: string, name: string) {
    const res = await remove({ id });
    setMessage(res.error ? { text: errorMessage(res.error), error: true } : { text: `${name} is removed.` });
    reload();
  }

  const redirect = data?.oauthRedirectURI;
  return (
    <section aria-labelledby="oauth-apps-title">
      <div className="section-bar">
        <h2 id="oauth-apps-title" className="section-title">
          OAuth apps
        </h2>
        {!adding && (
          <button type="button" onClick={() => setAdding(true)}>
            New OAuth app
          </button>
        )}
      </div>
      <p className="muted">
        Folders sign in to Gmail, Microsoft 365 and other providers through an application registered with the
        provider (see the README: “Sign in with Google and Microsoft”).
      </p>
      <p data-testid="oauth-redirect-uri">
        {redirect ? (
          <>
            Redirect URI to register with each provider: <code>{redirect}</code>
          </>
        ) : (
          <>
            The redirect URI is built from <code>--public-url</code>, which is not set: start Mailroom with
            <code> --public-url https://mail.example.com</code> and register <code>https://mail.example.com/oauth/callback</code>.
            Until then sign-ins use the address in the browser ({window.location.origin}/oauth/callback).
          </>
        )}
      </p>
      {message && (
        <p className={message.error ? 'form-error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {error && !data && <p className="form-error">{errorMessage(error)}</p>}
      {data && data.oauthProviders.length > 0 && (
        <div className="table-wrap">
          <table className="table people-table">
            <caption className="visually-hidden">OAuth apps</caption>
            <thead>
              <tr>
                <th scope="col">App</th>
                <th scope="col">Provider</th>
                <th scope="col">Client ID</th>
                <th scope="col">Scopes</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.oauthProviders.map((p) => (
                <tr key={p.id}>
                  <td>
                    <span className="principal">{p.name}</span>
                    {!p.hasClientSecret && <span className="badge badge-kind">No client secret</span>}
                  </td>
                  <td>
                    {kindLabels[p.kind]}
                    {p.tenant && <span className="muted"> ({p.tenant})</span>}
                  </td>
                  <td>
                    <code>{p.clientID}</code>
                  </td>
                  <td>{p.scopes.join(' ')}</td>
                  <td className="col-actions">
                    <button type="button" className="button-small button-danger-quiet" onClick={() => void del(p.id, p.name)} aria-label={`Remove ${p.name}`}>
                      Remove
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {adding && (
        <form onSubmit={submit} noValidate className="oauth-app-form" aria-label="New OAuth app">
          <div className="grid-2">
            <TextField id="oauth-name" label="Name" required value={v.name} onChange={set('name')} error={errors.name} hint="As folders will show it, e.g. Google Workspace." />
            <SelectField
              id="oauth-kind"
              label="Provider"
              value={v.kind}
              options={Object.entries(kindLabels).map(([value, label]) => ({ value, label }))}
              onChange={set('kind')}
              error={errors.kind}
            />
          </div>
          <div className="grid-2">
            <TextField id="oauth-clientID" label="Client ID" required value={v.clientID} onChange={set('clientID')} error={errors.clientID} spellCheck={false} />
            <TextField
              id="oauth-clientSecret"
              label="Client secret"
              type="password"
              autoComplete="new-password"
              value={v.clientSecret}
              onChange={set('clientSecret')}
              error={errors.clientSecret}
              hint="Stored encrypted; never shown again."
            />
          </div>
          {v.kind === 'MICROSOFT' && (
            <TextField id="oauth-tenant" label="Tenant" value={v.tenant} onChange={set('tenant')} error={errors.tenant} placeholder="common" hint="common, organizations, or your directory (tenant) ID." />
          )}
          {v.kind === 'GENERIC' && (
            <>
              <TextField id="oauth-authURL" label="Authorization URL" required value={v.authURL} onChange={set('authURL')} error={errors.authURL} spellCheck={false} />
              <TextField id="oauth-tokenURL" label="Token URL" required value={v.tokenURL} onChange={set('tokenURL')} error={errors.tokenURL} spellCheck={false} />
              <TextField id="oauth-scopes" label="Scopes" required value={v.scopes} onChange={set('scopes')} error={errors.scopes} hint="Separated by spaces; include the one that gives a refresh token (often offline_access)." spellCheck={false} />
            </>
          )}
          {v.kind !== 'GENERIC' && <p className="field-hint">The endpoints and the IMAP/POP scopes of {kindLabels[v.kind as OAuthProviderKind]} are filled in.</p>}
          <div className="footer-buttons">
            <button type="button" onClick={() => setAdding(false)}>
              Cancel
            </button>
            <button type="submit" className="button-primary">
              Register
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { useSession } from '../lib/session';
import { useTitle } from '../lib/useTitle';

export function SignIn({ notice }: { notice?: string }) {
  useTitle('Sign in');
  const { signIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!username.trim() || !password) {
      setError('Enter your username and password.');
      return;
    }
    setBusy(true);
    setError(undefined);
    const err = await signIn(username.trim(), password);
    setBusy(false);
    if (err) {
      setError(err);
      setPassword('');
    }
  }

  return (
    <main className="signin">
      <div className="signin-card">
        <div className="brand brand-large" aria-hidden="true">
          <span className="brand-mark" /> Mailroom
        </div>
        <h1>Sign in</h1>
        <p className="muted">Shared email folders for your team.</p>
        {notice && !error && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        <form onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="signin-username">Username</label>
            <input
              id="signin-username"
              name="username"
              autoComplete="username"
              autoFocus
              value={username}
              onChange={(e) => setUsername(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="signin-password">Password</label>
            <input
              id="signin-password"
              name="password"
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" className="button-primary button-block" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
    </main>
  );
}

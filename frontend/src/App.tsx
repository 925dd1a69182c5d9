import { BrowserRouter, Link, Route, Routes } from 'react-router';
import { ErrorState, Loading } from './components/States';
import { SessionProvider, useMe, useSession } from './lib/session';
import { EmailPage } from './screens/EmailPage';
import { FolderPage } from './screens/FolderPage';
import { NotFound } from './screens/NotFound';
import { SignIn } from './screens/SignIn';
import { WorkspacePage } from './screens/WorkspacePage';
import { WorkspacesPage } from './screens/WorkspacesPage';

export function App() {
  return (
    <BrowserRouter>
      <SessionProvider>
        <Gate />
      </SessionProvider>
    </BrowserRouter>
  );
}

/** Shows the sign-in screen until there is a session, at whatever URL was asked for. */
function Gate() {
  const { state, retry } = useSession();
  switch (state.status) {
    case 'loading':
      return (
        <main className="page">
          <Loading what="Starting Mailroom" />
        </main>
      );
    case 'signedOut':
      return <SignIn notice={state.notice} />;
    case 'error':
      return (
        <main className="page">
          <ErrorState title="Mailroom is not available" message={state.message} onRetry={retry} />
        </main>
      );
    case 'signedIn':
      return <Shell />;
  }
}

function Shell() {
  const me = useMe();
  const { signOut } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" /> Mailroom
        </Link>
        <div className="topbar-user">
          <span className="user-name" title={`Signed in as ${me.username}`}>
            {me.displayName || me.username}
          </span>
          <button type="button" className="button-quiet button-on-dark" onClick={() => void signOut()}>
            Sign out
          </button>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <Routes>
          <Route path="/" element={<WorkspacesPage />} />
          <Route path="/workspaces/:id" element={<WorkspacePage />} />
          <Route path="/folders/:id" element={<FolderPage tab="content" />} />
          <Route path="/folders/:id/parameters" element={<FolderPage tab="parameters" />} />
          <Route path="/email/:id" element={<EmailPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </main>
    </>
  );
}

import { useState } from 'react';
import { BrowserRouter, Link, NavLink, Route, Routes, useNavigate } from 'react-router';
import { MenuButton } from './components/MenuButton';
import { ErrorState, Loading } from './components/States';
import { SessionProvider, useMe, useSession } from './lib/session';
import { AlertPreferenceDialog } from './screens/AlertPreferenceDialog';
import { ChangePasswordDialog, SignOutEverywhereDialog } from './screens/AccountDialogs';
import { AdminPage } from './screens/AdminPage';
import { EmailPage } from './screens/EmailPage';
import { folderRoutes } from './screens/FolderPage';
import { FollowingPage } from './screens/FollowingPage';
import { NotFound } from './screens/NotFound';
import { SearchBox } from './screens/SearchBox';
import { SearchPage } from './screens/SearchPage';
import { NotificationsMenu } from './screens/NotificationsMenu';
import { SignIn } from './screens/SignIn';
import { TrashPage } from './screens/TrashPage';
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
  const [dialog, setDialog] = useState<'password' | 'everywhere' | 'alerts'>();
  const navigate = useNavigate();
  const [notice, setNotice] = useState<string>();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          <span className="brand-mark" aria-hidden="true" /> Mailroom
        </Link>
        <SearchBox shortcut />
        <nav className="topbar-user" aria-label="Account">
          {me.isAdmin && (
            <NavLink to="/admin" className="topbar-link">
              Administration
            </NavLink>
          )}
          <NotificationsMenu />
          <MenuButton
            label={me.displayName || me.username}
            title={`Signed in as ${me.username}`}
            className="button-quiet button-on-dark"
            items={[
              { label: 'Change password', onSelect: () => setDialog('password') },
              { label: 'Alert emails', onSelect: () => setDialog('alerts') },
              { label: 'Following', onSelect: () => void navigate('/following') },
              { label: 'Sign out everywhere', onSelect: () => setDialog('everywhere') },
              { label: 'Sign out', onSelect: () => void signOut() },
            ]}
          />
        </nav>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        {notice && (
          <div className="page-notice notice" role="status">
            <span>{notice}</span>
            <button type="button" className="button-small button-quiet" onClick={() => setNotice(undefined)}>
              Dismiss
            </button>
          </div>
        )}
        <Routes>
          <Route path="/" element={<WorkspacesPage />} />
          <Route path="/trash" element={<TrashPage />} />
          <Route path="/admin" element={<AdminPage />} />
          <Route path="/workspaces/:id" element={<WorkspacePage tab="folders" />} />
          <Route path="/workspaces/:id/permissions" element={<WorkspacePage tab="permissions" />} />
          <Route path="/workspaces/:id/trash" element={<WorkspacePage tab="trash" />} />
          <Route path="/workspaces/:id/history" element={<WorkspacePage tab="history" />} />
          {folderRoutes}
          <Route path="/email/:id" element={<EmailPage />} />
          <Route path="/search" element={<SearchPage />} />
          <Route path="/following" element={<FollowingPage />} />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </main>
      {dialog === 'password' && (
        <ChangePasswordDialog
          onClose={() => setDialog(undefined)}
          onDone={(m) => {
            setDialog(undefined);
            setNotice(m);
          }}
        />
      )}
      {dialog === 'alerts' && (
        <AlertPreferenceDialog
          onClose={() => setDialog(undefined)}
          onDone={(m) => {
            setDialog(undefined);
            setNotice(m);
          }}
        />
      )}
      {dialog === 'everywhere' && <SignOutEverywhereDialog onClose={() => setDialog(undefined)} />}
    </>
  );
}

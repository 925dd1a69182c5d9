import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { NoticeBar, type PageNotice } from '../components/NoticeBar';
import { ErrorState, Loading, Spinner } from '../components/States';
import { graphql } from '../gql';
import type { FolderSettingsFragment } from '../gql/graphql';
import { hasFailed, idleRun, liveRunLine, liveRunReducer, pushLine, scheduleLine, type LiveRun } from '../lib/activity';
import { errorMessage } from '../lib/errors';
import { afterImportOptions } from '../lib/folderForm';
import { formatDateTime, formatFetchReport, formatRelative } from '../lib/format';
import { allows } from '../lib/permissions';
import { useFolderActivity, type ActivityEvent } from '../lib/useFolderActivity';
import { useTitle } from '../lib/useTitle';
import { AccessPanel } from './AccessPanel';
import { FolderActivity } from './FolderActivity';
import { FolderContent, type Arrivals } from './FolderContent';
import { FolderDialog } from './FolderDialog';
import { FolderTrash } from './FolderTrash';
import { NotFound } from './NotFound';
import { TrashedBanner, useTrashActions } from './TrashActions';

const FolderDocument = graphql(`
  query Folder($id: ID!) {
    node(id: $id) {
      __typename
      ... on EmailFolder {
        ...FolderSettings
        createdAt
        needsAttention
        pushStatus {
          state
          error
        }
        myPermission
        inheritanceBlocked
        trashedAt
        workspace {
          id
          title
        }
      }
    }
  }
`);

const FetchEmailsDocument = graphql(`
  mutation FetchEmails($folderID: ID!) {
    fetchEmails(folderID: $folderID) {
      imported
      duplicates
      failed
      remaining
      error
    }
  }
`);

// A check changes the folder (last fetch) and its emails wherever they are shown.
const fetchContext = { additionalTypenames: ['EmailFolder', 'Email', 'FetchRun'] };

export type FolderTab = 'content' | 'activity' | 'trash' | 'permissions' | 'parameters';

const tabs: { tab: FolderTab; label: string; path: string }[] = [
  { tab: 'content', label: 'Content', path: '' },
  { tab: 'activity', label: 'Activity', path: '/activity' },
  { tab: 'trash', label: 'Trash', path: '/trash' },
  { tab: 'permissions', label: 'Permissions', path: '/permissions' },
  { tab: 'parameters', label: 'Parameters', path: '/parameters' },
];

interface Status {
  line: string;
  busy: boolean;
  error: boolean;
}

export function FolderPage({ tab }: { tab: FolderTab }) {
  const { id = '' } = useParams();
  // One page state per folder: what arrived and the status line belong to it
  // (kept while switching tabs, dropped when another folder is opened).
  return <FolderView key={id} id={id} tab={tab} />;
}

function FolderView({ id, tab }: { id: string; tab: FolderTab }) {
  const navigate = useNavigate();
  const location = useLocation();
  const [{ data, fetching, error }, refetchFolder] = useQuery({ query: FolderDocument, variables: { id }, requestPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState(false);
  const [trashing, setTrashing] = useState(false);
  const [checking, setChecking] = useState(false);
  const [status, setStatus] = useState<Status>({ line: '', busy: false, error: false });
  const [contentVersion, setContentVersion] = useState(0);
  const [activityVersion, setActivityVersion] = useState(0);
  const [arrivals, setArrivals] = useState<Arrivals>({ ids: [] });
  const [, fetchEmails] = useMutation(FetchEmailsDocument);
  const trash = useTrashActions();
  const folder = data?.node?.__typename === 'EmailFolder' ? data.node : undefined;
  useTitle(folder?.title);

  const refreshFolder = useCallback(() => refetchFolder({ requestPolicy: 'network-only' }), [refetchFolder]);

  // Live: what the folder's fetch runs do, whoever started them.
  const live = useRef<LiveRun>(idleRun);
  // 'pending' while our own "Check email" runs; then, for a moment, the time
  // until which the run's last events are still ours.
  const own = useRef<'pending' | number | null>(null);
  const refresh = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(refresh.current), []);
  const refreshContentSoon = useCallback(() => {
    // Mail arrives in bursts: ask for the page once per burst, not per email.
    if (refresh.current) return;
    refresh.current = setTimeout(() => {
      refresh.current = undefined;
      setContentVersion((v) => v + 1);
    }, 250);
  }, []);

  const onEvent = useCallback(
    (e: ActivityEvent) => {
      live.current = liveRunReducer(live.current, e);
      if (e.type === 'EMAIL_ADDED') {
        const emailID = e.email?.id;
        if (emailID) setArrivals((a) => (a.ids.includes(emailID) ? a : { ids: [...a.ids, emailID] }));
        refreshContentSoon();
      } else {
        setActivityVersion((v) => v + 1);
        if (e.type !== 'FETCH_STARTED') {
          refreshFolder();
          refreshContentSoon();
        }
      }
      const mine = own.current === 'pending' || (typeof own.current === 'number' && Date.now() < own.current);
      if (own.current === 'pending') {
        if (live.current.phase === 'running') setStatus({ line: liveRunLine(live.current, true), busy: true, error: false });
      } else if (!mine) {
        setStatus({ line: liveRunLine(live.current, false), busy: live.current.phase === 'running', error: hasFailed(live.current) });
      }
    },
    [refreshContentSoon, refreshFolder],
  );
  useFolderActivity(id, !!folder && !folder.trashedAt, onEvent);

  // The push watcher settles on its own (no event says so): look again a few
  // times while it is starting or reconnecting.
  const pushState = folder?.push && !folder.trashedAt ? folder.pushStatus?.state : undefined;
  useEffect(() => {
    if (pushState !== 'OFF' && pushState !== 'CONNECTING' && pushState !== 'RECONNECTING') return;
    let left = 20;
    const t = setInterval(() => {
      if (--left <= 0) clearInterval(t);
      refreshFolder();
    }, 3000);
    return () => clearInterval(t);
  }, [pushState, refreshFolder]);

  const notice = (location.state as { notice?: PageNotice } | null)?.notice;

  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={refreshFolder} />;
  if (fetching && !data) return <Loading what="Loading the folder" />;
  if (!folder) return <NotFound what="email folder" />;

  const canWrite = allows(folder.myPermission, 'WRITE') && !folder.trashedAt;
  const canManage = allows(folder.myPermission, 'MANAGE');
  const shownTab = tab === 'permissions' && !canManage ? 'content' : tab;
  const push = pushLine(folder);

  async function checkEmail() {
    own.current = 'pending';
    setChecking(true);
    setStatus({ line: live.current.phase === 'running' ? liveRunLine(live.current, true) : 'Checking email…', busy: true, error: false });
    const res = await fetchEmails({ folderID: id }, fetchContext);
    own.current = Date.now() + 2000;
    setChecking(false);
    if (res.data) {
      const r = res.data.fetchEmails;
      setStatus({ line: formatFetchReport(r), busy: false, error: !!r.error });
    } else {
      setStatus({ line: `The check failed: ${errorMessage(res.error)}`, busy: false, error: true });
    }
    refreshFolder();
    setContentVersion((v) => v + 1);
    setActivityVersion((v) => v + 1);
  }

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Workspaces', to: '/' },
          { label: folder.workspace.title, to: `/workspaces/${folder.workspace.id}` },
          { label: folder.title },
        ]}
      />
      <div className="page-header">
        <div>
          <h1>{folder.title}</h1>
          <p className="muted">
            {folder.username || folder.email} · {folder.protocol} {folder.host}:{folder.port}
            {folder.protocol.startsWith('IMAP') && <> · {folder.mailbox}</>}
          </p>
        </div>
        <div className="toolbar">
          {canWrite && (
            <button type="button" className="button-primary" onClick={() => void checkEmail()} disabled={checking} aria-busy={checking}>
              {checking ? (
                <>
                  <Spinner /> Checking…
                </>
              ) : (
                'Check email'
              )}
            </button>
          )}
          {canManage && !folder.trashedAt && (
            <button type="button" onClick={() => setEditing(true)}>
              Edit
            </button>
          )}
          {canWrite && (
            <button type="button" onClick={() => setTrashing(true)}>
              Move to trash
            </button>
          )}
        </div>
      </div>

      {folder.trashedAt && (
        <TrashedBanner
          what="This folder"
          trashedAt={folder.trashedAt}
          where="Its emails are kept; nothing is fetched."
          canRestore={allows(folder.myPermission, 'WRITE')}
          canDelete={canManage}
          actions={trash}
          node={{ id: folder.id, title: folder.title, kind: 'folder' }}
          onRestored={refreshFolder}
          onDeleted={() => navigate(`/workspaces/${folder.workspace.id}/trash`)}
        />
      )}

      {notice && (
        <NoticeBar
          notice={notice}
          onUndo={async (undoID) => {
            const err = await trash.restore(undoID);
            if (!err) {
              navigate(location.pathname + location.search, { replace: true, state: null });
              setContentVersion((v) => v + 1);
            }
            return err;
          }}
          onDismiss={() => navigate(location.pathname + location.search, { replace: true, state: null })}
        />
      )}

      {!folder.trashedAt && (
        <div className="fetch-status">
          <p className="last-fetch">
            {folder.lastFetchAt ? (
              <>
                Last checked{' '}
                <time dateTime={folder.lastFetchAt} title={formatDateTime(folder.lastFetchAt)}>
                  {formatRelative(folder.lastFetchAt)}
                </time>{' '}
                ({formatDateTime(folder.lastFetchAt)})
              </>
            ) : (
              'Never checked'
            )}
            {' · '}
            {scheduleLine(folder)}
            {push && (
              <>
                {' · '}
                <span className={`push-state tone-${push.tone}`}>{push.text}</span>
              </>
            )}
          </p>
          <p className={`check-result ${status.error ? 'error' : ''}`} role="status" aria-live="polite">
            {status.busy && <Spinner />} {status.line}
          </p>
          {folder.needsAttention ? (
            <div className="alert alert-error" role="alert">
              <strong>Automatic checks are paused until the settings are fixed.</strong> {folder.lastFetchError}
              <div className="alert-actions">
                {canManage ? (
                  <button type="button" className="button-small" onClick={() => setEditing(true)}>
                    Fix the settings
                  </button>
                ) : (
                  <span>Ask someone who manages this folder to fix its settings.</span>
                )}
              </div>
            </div>
          ) : (
            folder.lastFetchError &&
            !status.error && (
              <div className="alert alert-error" role="alert">
                <strong>The last check failed:</strong> {folder.lastFetchError}
              </div>
            )
          )}
        </div>
      )}

      <nav className="tabs" aria-label="Folder views">
        {tabs
          .filter((t) => t.tab !== 'permissions' || canManage)
          .map((t) => (
            <Link key={t.tab} to={`/folders/${id}${t.path}`} aria-current={shownTab === t.tab ? 'page' : undefined} className="tab">
              {t.label}
            </Link>
          ))}
      </nav>

      {shownTab === 'content' && <FolderContent folderID={id} version={contentVersion} arrivals={arrivals} />}
      {shownTab === 'activity' && (
        <FolderActivity folderID={id} version={activityVersion} onReprocess={canWrite ? () => void checkEmail() : undefined} reprocessing={checking} />
      )}
      {shownTab === 'trash' && (
        <FolderTrash folderID={id} canRestore={canWrite} canDelete={canManage} onChange={() => setContentVersion((v) => v + 1)} />
      )}
      {shownTab === 'permissions' && (
        <AccessPanel targetID={folder.id} kind="folder" workspaceTitle={folder.workspace.title} />
      )}
      {shownTab === 'parameters' && <FolderParameters folder={folder} onEdit={canManage && !folder.trashedAt ? () => setEditing(true) : undefined} />}

      {editing && (
        <FolderDialog
          mode="edit"
          folder={folder}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            refreshFolder();
          }}
        />
      )}
      {trashing && (
        <ConfirmDialog
          title="Move the folder to the trash?"
          confirmLabel="Move to trash"
          onClose={() => setTrashing(false)}
          onConfirm={async () => {
            const err = await trash.trash(folder.id);
            if (err) return err;
            navigate(`/workspaces/${folder.workspace.id}`, {
              state: { notice: { text: `“${folder.title}” is in the trash.`, undoID: folder.id } satisfies PageNotice },
            });
            return undefined;
          }}
        >
          <p>
            “{folder.title}” and its emails leave the workspace and nothing more is fetched. It can be restored from the workspace’s
            Trash.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}

function FolderParameters({ folder, onEdit }: { folder: FolderSettingsFragment & { createdAt: string }; onEdit?(): void }) {
  const yes = (b: boolean) => (b ? 'Yes' : 'No');
  const afterImport = afterImportOptions.find((o) => o.value === folder.afterImport)?.label ?? folder.afterImport;
  const rows: [string, string][] = [
    ['Title', folder.title],
    ['Email', folder.email],
    ['Username', folder.username || '(same as Email)'],
    ['Password', folder.hasPassword ? 'Stored (encrypted)' : 'Not set'],
    ['Protocol', folder.protocol],
    ['Host', folder.host],
    ['Port', String(folder.port)],
    ['Start TLS', yes(folder.startTLS)],
    ['Socket factory fallback', yes(folder.socketFactoryFallback)],
    ['Socket factory port', String(folder.socketFactoryPort)],
    ['SSL protocols', folder.sslProtocols],
    ['Trusted certificate', folder.trustedCertificate ? 'A certificate is set' : 'None (system trust store)'],
    ['Allow insecure authentication', yes(folder.allowInsecureAuth)],
    ['Mailbox', folder.mailbox],
    ['Limit of new fetched emails', String(folder.emailsLimit)],
    ['Fetch interval', folder.fetchIntervalMinutes > 0 ? `${folder.fetchIntervalMinutes} minutes` : 'No scheduled checks'],
    ['Push (IMAP IDLE)', yes(folder.push)],
    ['After import', folder.afterImport === 'MOVE' ? `${afterImport}: ${folder.moveTo}` : afterImport],
    ['Created', formatDateTime(folder.createdAt)],
  ];
  return (
    <section aria-label="Parameters" className="parameters">
      <dl className="details">
        {rows.map(([k, v]) => (
          <div key={k} className="details-row">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {onEdit && (
        <button type="button" onClick={onEdit}>
          Edit parameters
        </button>
      )}
    </section>
  );
}

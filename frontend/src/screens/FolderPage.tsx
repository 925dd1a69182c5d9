import { useState, type ReactNode } from 'react';
import { Link, Navigate, Outlet, Route, useMatch, useNavigate, useOutletContext, useParams, useSearchParams } from 'react-router';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { ConfirmDialog } from '../components/ConfirmDialog';
import type { PageNotice } from '../components/NoticeBar';
import { ErrorState, Loading, Spinner } from '../components/States';
import { errorMessage } from '../lib/errors';
import { allows } from '../lib/permissions';
import { useFolder, type LoadedFolder } from '../lib/useFolder';
import { useFolderFetch, type FolderFetch } from '../lib/useFolderFetch';
import { useTitle } from '../lib/useTitle';
import { AccessPanel } from './AccessPanel';
import { FolderComments } from './EmailCollab';
import { FolderActivity } from './FolderActivity';
import { FolderCarryMenu } from './FolderCarry';
import { FolderContent } from './FolderContent';
import { FolderDialog } from './FolderDialog';
import { FolderParameters } from './FolderParameters';
import { FolderReconciliation } from './FolderReconciliation';
import { FolderStatus } from './FolderStatus';
import { FolderTrash } from './FolderTrash';
import { FollowButton } from './FollowButton';
import { HistoryList } from './HistoryList';
import { NotFound } from './NotFound';
import { RelationsPanel } from './RelationsPanel';
import { SearchBox } from './SearchBox';
import { SearchIndexHealth } from './SearchPage';
import { HandedNotice, TrashedBanner, useTrashActions } from './TrashActions';

export type FolderTab = 'content' | 'activity' | 'history' | 'reconciliation' | 'trash' | 'permissions' | 'parameters';

const tabs: { tab: FolderTab; label: string }[] = [
  { tab: 'content', label: 'Content' },
  { tab: 'activity', label: 'Activity' },
  { tab: 'history', label: 'History' },
  { tab: 'reconciliation', label: 'Reconciliation' },
  { tab: 'trash', label: 'Trash' },
  { tab: 'permissions', label: 'Permissions' },
  { tab: 'parameters', label: 'Parameters' },
];

/** A tab's URL: /folders/{id} for the content, /folders/{id}/{tab} for the others. */
export function folderURL(id: string, tab: FolderTab = 'content'): string {
  return tab === 'content' ? `/folders/${id}` : `/folders/${id}/${tab}`;
}

/** What the folder page gives its tabs. */
interface FolderOutlet {
  folder: LoadedFolder;
  canWrite: boolean;
  canManage: boolean;
  fetch: FolderFetch;
  edit?(): void;
}

const useFolderOutlet = () => useOutletContext<FolderOutlet>();

/**
 * The folder page and its tabs, as nested routes. /content and /settings
 * lead to the tabs they name.
 */
export const folderRoutes = (
  <Route path="/folders/:id" element={<FolderPage />}>
    <Route index element={<ContentTab />} />
    <Route path="content" element={<Navigate to=".." replace />} />
    <Route path="activity" element={<ActivityTab />} />
    <Route path="history" element={<HistoryTab />} />
    <Route path="reconciliation" element={<ReconciliationTab />} />
    <Route path="trash" element={<TrashTab />} />
    <Route path="permissions" element={<PermissionsTab />} />
    <Route path="parameters" element={<ParametersTab />} />
    <Route path="settings" element={<Navigate to="../parameters" replace />} />
  </Route>
);

export function FolderPage() {
  const { id = '' } = useParams();
  // One page state per folder: what arrived and the status line belong to it
  // (kept while switching tabs, dropped when another folder is opened).
  return <FolderView key={id} id={id} />;
}

function FolderView({ id }: { id: string }) {
  const navigate = useNavigate();
  const { folder, loaded, fetching, error, reload } = useFolder(id);
  const fetch = useFolderFetch(id, !!folder && !folder.trashedAt);
  const [editing, setEditing] = useState(false);
  const [trashing, setTrashing] = useState(false);
  const tab = (useMatch('/folders/:id/:tab')?.params.tab ?? 'content') as FolderTab;
  useTitle(folder?.title);

  if (error && !loaded) return <ErrorState message={errorMessage(error)} onRetry={reload} />;
  if (fetching && !loaded) return <Loading what="Loading the folder" />;
  if (!folder) return <NotFound what="email folder" />;

  const canWrite = allows(folder.myPermission, 'WRITE') && !folder.trashedAt;
  const canManage = allows(folder.myPermission, 'MANAGE');
  const edit = canManage && !folder.trashedAt ? () => setEditing(true) : undefined;
  const shownTab = tab === 'permissions' && !canManage ? 'content' : tab;

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
        <FolderToolbar
          fetch={canWrite ? fetch : undefined}
          edit={edit}
          onTrash={canWrite ? () => setTrashing(true) : undefined}
          follow={!folder.trashedAt ? <FollowButton targetID={folder.id} what="folder" /> : undefined}
        >
          {!folder.trashedAt && <FolderCarryMenu folderID={folder.id} canWrite={canWrite} />}
        </FolderToolbar>
      </div>

      {folder.trashedAt && (
        <TrashedBanner
          what="This folder"
          trashedAt={folder.trashedAt}
          where="Its emails are kept; nothing is fetched."
          canRestore={allows(folder.myPermission, 'WRITE')}
          canDelete={canManage}
          node={{ id: folder.id, title: folder.title, kind: 'folder' }}
          onDeleted={() => navigate(`/workspaces/${folder.workspace.id}/trash`)}
        />
      )}

      <HandedNotice />

      {!folder.trashedAt && <FolderStatus folder={folder} status={fetch.status} onFix={canManage ? () => setEditing(true) : undefined} />}
      {!folder.trashedAt && (
        <div className="toolbar">
          <SearchBox folderID={folder.id} label="Search this folder" />
          <SearchIndexHealth folderID={folder.id} />
        </div>
      )}

      <nav className="tabs" aria-label="Folder views">
        {tabs
          .filter((t) => t.tab !== 'permissions' || canManage)
          .map((t) => (
            <Link key={t.tab} to={folderURL(id, t.tab)} aria-current={shownTab === t.tab ? 'page' : undefined} className="tab">
              {t.label}
            </Link>
          ))}
      </nav>

      <Outlet context={{ folder, canWrite, canManage, fetch, edit } satisfies FolderOutlet} />

      {editing && <FolderDialog mode="edit" folder={folder} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />}
      {trashing && <TrashFolderDialog folder={folder} onClose={() => setTrashing(false)} />}
    </>
  );
}

/** Check email, Edit and Move to trash, each absent when the viewer may not, Follow, then the children (the More menu). */
function FolderToolbar({ fetch, edit, onTrash, follow, children }: { fetch?: FolderFetch; edit?(): void; onTrash?(): void; follow?: ReactNode; children?: ReactNode }) {
  return (
    <div className="toolbar">
      {follow}
      {fetch && (
        <button type="button" className="button-primary" onClick={() => void fetch.checkEmail()} disabled={fetch.checking} aria-busy={fetch.checking}>
          {fetch.checking ? (
            <>
              <Spinner /> Checking…
            </>
          ) : (
            'Check email'
          )}
        </button>
      )}
      {edit && (
        <button type="button" onClick={edit}>
          Edit
        </button>
      )}
      {onTrash && (
        <button type="button" onClick={onTrash}>
          Move to trash
        </button>
      )}
      {children}
    </div>
  );
}

function TrashFolderDialog({ folder, onClose }: { folder: LoadedFolder; onClose(): void }) {
  const navigate = useNavigate();
  const { trash } = useTrashActions();
  return (
    <ConfirmDialog
      title="Move the folder to the trash?"
      confirmLabel="Move to trash"
      onClose={onClose}
      onConfirm={async () => {
        const err = await trash(folder.id);
        if (err) return err;
        navigate(`/workspaces/${folder.workspace.id}`, {
          state: { notice: { text: `“${folder.title}” is in the trash.`, undoID: folder.id } satisfies PageNotice },
        });
        return undefined;
      }}
    >
      <p>
        “{folder.title}” and its emails leave the workspace and nothing more is fetched. It can be restored from the workspace’s Trash.
      </p>
    </ConfirmDialog>
  );
}

function ContentTab() {
  const { folder, canWrite, fetch } = useFolderOutlet();
  return (
    <>
      <FolderContent folderID={folder.id} arrivals={fetch.arrivals} />
      <RelationsPanel nodeID={folder.id} canWrite={canWrite} />
      <FolderComments folderID={folder.id} />
    </>
  );
}

function ActivityTab() {
  const { folder, canWrite, fetch } = useFolderOutlet();
  return (
    <FolderActivity
      folderID={folder.id}
      onReprocess={canWrite ? () => void fetch.checkEmail() : undefined}
      reprocessing={fetch.checking}
      entriesHref={(runID) => `${folderURL(folder.id, 'reconciliation')}?run=${encodeURIComponent(runID)}`}
    />
  );
}

/** Who did what and when to the folder and its emails. */
function HistoryTab() {
  const { folder } = useFolderOutlet();
  return <HistoryList targetID={folder.id} />;
}

/** What became of every message the server offered; ?run= narrows it to one check's entries. */
function ReconciliationTab() {
  const { folder } = useFolderOutlet();
  const [params] = useSearchParams();
  return <FolderReconciliation folderID={folder.id} runID={params.get('run') ?? undefined} />;
}

function TrashTab() {
  const { folder, canWrite, canManage } = useFolderOutlet();
  return <FolderTrash folderID={folder.id} canRestore={canWrite} canDelete={canManage} />;
}

/** Without MANAGE the Permissions URL shows the content, as the tab is not offered. */
function PermissionsTab() {
  const { folder, canManage } = useFolderOutlet();
  if (!canManage) return <ContentTab />;
  return <AccessPanel targetID={folder.id} kind="folder" workspaceTitle={folder.workspace.title} />;
}

function ParametersTab() {
  const { folder, edit } = useFolderOutlet();
  return <FolderParameters folder={folder} onEdit={edit} />;
}

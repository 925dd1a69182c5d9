import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { MenuButton } from '../components/MenuButton';
import type { PageNotice } from '../components/NoticeBar';
import { EmptyState, ErrorState, Loading } from '../components/States';
import { graphql } from '../gql';
import { errorMessage } from '../lib/errors';
import { formatDateTime, formatRelative } from '../lib/format';
import { allows } from '../lib/permissions';
import { useTitle } from '../lib/useTitle';
import { AccessPanel } from './AccessPanel';
import { FolderDialog } from './FolderDialog';
import { FollowButton } from './FollowButton';
import { HistoryList } from './HistoryList';
import { NotFound } from './NotFound';
import { RelationsPanel } from './RelationsPanel';
import { HandedNotice, TrashedBanner, useTrashActions } from './TrashActions';
import { TrashNotice, TrashTable, type TrashMessage } from './TrashTable';

const WorkspaceDocument = graphql(`
  query Workspace($id: ID!) {
    node(id: $id) {
      __typename
      ... on Workspace {
        id
        title
        description
        myPermission
        trashedAt
        emailFolders {
          id
          title
          email
          protocol
          host
          port
          lastFetchAt
          lastFetchError
          needsAttention
          push
          pushStatus {
            state
          }
        }
      }
    }
  }
`);

const TrashedFoldersDocument = graphql(`
  query WorkspaceTrash($id: ID!) {
    node(id: $id) {
      __typename
      ... on Workspace {
        id
        trashedEmailFolders {
          id
          title
          email
          trashedAt
          myPermission
        }
      }
    }
  }
`);

export type WorkspaceTab = 'folders' | 'permissions' | 'trash' | 'history';

export function WorkspacePage({ tab }: { tab: WorkspaceTab }) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: WorkspaceDocument,
    variables: { id },
    // Shown at once from the cache, then refreshed: folders change as mail is fetched.
    requestPolicy: 'cache-and-network',
  });
  const [creating, setCreating] = useState(false);
  const [trashing, setTrashing] = useState(false);
  const trash = useTrashActions();
  const ws = data?.node?.__typename === 'Workspace' ? data.node : undefined;
  useTitle(ws?.title);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={reload} />;
  if (fetching && !data) return <Loading what="Loading the workspace" />;
  if (!ws) return <NotFound what="workspace" />;

  const canWrite = allows(ws.myPermission, 'WRITE') && !ws.trashedAt;
  const canManage = allows(ws.myPermission, 'MANAGE');
  const shownTab = tab === 'permissions' && !canManage ? 'folders' : tab;

  return (
    <>
      <Breadcrumbs items={[{ label: 'Workspaces', to: '/' }, { label: ws.title }]} />
      <div className="page-header">
        <div>
          <h1>{ws.title}</h1>
          {ws.description && <p className="muted">{ws.description}</p>}
        </div>
        <div className="toolbar">
          {!ws.trashedAt && <FollowButton targetID={ws.id} what="workspace" />}
          {canWrite && <MenuButton label="New" className="button-primary" items={[{ label: 'Email folder', onSelect: () => setCreating(true) }]} />}
          {canManage && !ws.trashedAt && (
            <button type="button" onClick={() => setTrashing(true)}>
              Move to trash
            </button>
          )}
        </div>
      </div>

      {ws.trashedAt && (
        <TrashedBanner
          what="This workspace"
          trashedAt={ws.trashedAt}
          where="Its folders are kept; nothing is fetched."
          canRestore={canManage}
          canDelete={canManage}
          node={{ id: ws.id, title: ws.title, kind: 'workspace' }}
          onDeleted={() => navigate('/trash')}
        />
      )}
      <HandedNotice />

      <nav className="tabs" aria-label="Workspace views">
        <Link to={`/workspaces/${id}`} aria-current={shownTab === 'folders' ? 'page' : undefined} className="tab">
          Email folders
        </Link>
        {canManage && (
          <Link to={`/workspaces/${id}/permissions`} aria-current={shownTab === 'permissions' ? 'page' : undefined} className="tab">
            Permissions
          </Link>
        )}
        <Link to={`/workspaces/${id}/trash`} aria-current={shownTab === 'trash' ? 'page' : undefined} className="tab">
          Trash
        </Link>
        <Link to={`/workspaces/${id}/history`} aria-current={shownTab === 'history' ? 'page' : undefined} className="tab">
          History
        </Link>
      </nav>

      {shownTab === 'folders' &&
        (ws.emailFolders.length === 0 ? (
          <EmptyState title="No email folders yet">
            {canWrite ? <p>Click “New”, then “Email folder”, to connect a mailbox.</p> : <p>No folder of this workspace is shared with you.</p>}
          </EmptyState>
        ) : (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Email folders</caption>
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Account</th>
                  <th scope="col">Server</th>
                  <th scope="col">Last fetch</th>
                </tr>
              </thead>
              <tbody>
                {ws.emailFolders.map((f) => (
                  <tr key={f.id}>
                    <td>
                      <Link to={`/folders/${f.id}`} className="row-link">
                        {f.title}
                      </Link>
                      {f.push && f.pushStatus?.state === 'WATCHING' && (
                        <span className="badge badge-push" title="New mail is pushed by the server (IMAP IDLE)">
                          Push
                        </span>
                      )}
                    </td>
                    <td>{f.email}</td>
                    <td>
                      {f.protocol} · {f.host}:{f.port}
                    </td>
                    <td>
                      {f.needsAttention ? (
                        <span className="badge badge-error" title={f.lastFetchError ?? undefined}>
                          Paused
                        </span>
                      ) : f.lastFetchError ? (
                        <span className="badge badge-error" title={f.lastFetchError}>
                          Failed
                        </span>
                      ) : null}{' '}
                      {f.lastFetchAt ? (
                        <time dateTime={f.lastFetchAt} title={formatDateTime(f.lastFetchAt)}>
                          {formatRelative(f.lastFetchAt)}
                        </time>
                      ) : (
                        <span className="muted">Never</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      {shownTab === 'folders' && <RelationsPanel nodeID={ws.id} canWrite={canWrite} />}
      {shownTab === 'permissions' && <AccessPanel targetID={ws.id} kind="workspace" />}
      {shownTab === 'trash' && <TrashedFolders workspaceID={ws.id} />}

      {shownTab === 'history' && (
        <section className="workspace-history" aria-labelledby="workspace-history-title">
          <h2 id="workspace-history-title" className="visually-hidden">
            History
          </h2>
          <HistoryList targetID={ws.id} />
        </section>
      )}

      {creating && (
        <FolderDialog
          mode="create"
          workspaceID={ws.id}
          onClose={() => setCreating(false)}
          onSaved={(folderID) => {
            setCreating(false);
            navigate(`/folders/${folderID}`);
          }}
        />
      )}
      {trashing && (
        <ConfirmDialog
          title="Move the workspace to the trash?"
          confirmLabel="Move to trash"
          onClose={() => setTrashing(false)}
          onConfirm={async () => {
            const err = await trash.trash(ws.id);
            if (err) return err;
            navigate('/', { state: { notice: { text: `“${ws.title}” is in the trash.`, undoID: ws.id } satisfies PageNotice } });
            return undefined;
          }}
        >
          <p>“{ws.title}”, its folders and their emails leave the list and nothing more is fetched. It can be restored from the Trash of the workspaces page.</p>
        </ConfirmDialog>
      )}
    </>
  );
}

/** The workspace's Trash tab: its email folders in the trash. */
function TrashedFolders({ workspaceID }: { workspaceID: string }) {
  const [{ data, error }, refetch] = useQuery({ query: TrashedFoldersDocument, variables: { id: workspaceID }, requestPolicy: 'cache-and-network' });
  const [message, setMessage] = useState<TrashMessage>();
  const folders = data?.node?.__typename === 'Workspace' ? data.node.trashedEmailFolders : undefined;
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!folders) return <Loading what="Loading the trash" />;
  return (
    <section aria-label="Trash">
      <TrashNotice message={message} />
      <TrashTable
        kind="folder"
        caption="Email folders in the trash"
        rows={folders}
        title={(f) => f.title}
        name={(f) => f.title}
        link={(f) => `/folders/${f.id}`}
        titleHeader="Title"
        columns={[{ header: 'Account', cell: (f) => f.email }]}
        canRestore={(f) => allows(f.myPermission, 'WRITE')}
        canDelete={(f) => allows(f.myPermission, 'MANAGE')}
        restoredText={(t) => `“${t}” is back in the workspace.`}
        empty={
          <EmptyState title="No email folder in the trash">
            <p>Trashed emails are in the Trash tab of their folder.</p>
          </EmptyState>
        }
        onMessage={setMessage}
      />
    </section>
  );
}

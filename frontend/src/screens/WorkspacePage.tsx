import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { MenuButton } from '../components/MenuButton';
import { EmptyState, ErrorState, Loading } from '../components/States';
import { graphql } from '../gql';
import { formatDateTime, formatRelative } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { FolderDialog } from './FolderDialog';
import { NotFound } from './NotFound';

const WorkspaceDocument = graphql(`
  query Workspace($id: ID!) {
    node(id: $id) {
      __typename
      ... on Workspace {
        id
        title
        description
        emailFolders {
          id
          title
          email
          protocol
          host
          port
          lastFetchAt
          lastFetchError
        }
      }
    }
  }
`);

// An empty folder list names no EmailFolder: a created one must still refresh it.
const folderListContext = { additionalTypenames: ['EmailFolder'] };

export function WorkspacePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [{ data, fetching, error }, refetch] = useQuery({
    query: WorkspaceDocument,
    variables: { id },
    context: folderListContext,
    // Shown at once from the cache, then refreshed: folders change as mail is fetched.
    requestPolicy: 'cache-and-network',
  });
  const [creating, setCreating] = useState(false);
  const ws = data?.node?.__typename === 'Workspace' ? data.node : undefined;
  useTitle(ws?.title);

  if (error && !data) return <ErrorState message={error.message} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading what="Loading the workspace" />;
  if (!ws) return <NotFound what="workspace" />;

  return (
    <>
      <Breadcrumbs items={[{ label: 'Workspaces', to: '/' }, { label: ws.title }]} />
      <div className="page-header">
        <div>
          <h1>{ws.title}</h1>
          {ws.description && <p className="muted">{ws.description}</p>}
        </div>
        <div className="toolbar">
          <MenuButton label="New" className="button-primary" items={[{ label: 'Email folder', onSelect: () => setCreating(true) }]} />
        </div>
      </div>

      <h2 className="section-title">Email folders</h2>
      {ws.emailFolders.length === 0 ? (
        <EmptyState title="No email folders yet">
          <p>Click “New”, then “Email folder”, to connect a mailbox.</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table">
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
                  </td>
                  <td>{f.email}</td>
                  <td>
                    {f.protocol} · {f.host}:{f.port}
                  </td>
                  <td>
                    {f.lastFetchError ? (
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
    </>
  );
}

import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { EmptyState, ErrorState, Loading } from '../components/States';
import { graphql } from '../gql';
import { errorMessage } from '../lib/errors';
import { formatDateTime, formatRelative } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { PurgeDialog, RestoreOrPurge, useTrashActions } from './TrashActions';

const TrashedWorkspacesDocument = graphql(`
  query TrashedWorkspaces {
    trashedWorkspaces {
      id
      title
      description
      trashedAt
      myPermission
    }
  }
`);

const listContext = { additionalTypenames: ['Workspace'] };

/** Workspaces in the trash (a workspace's trashed folders are in its own Trash tab). */
export function TrashPage() {
  useTitle('Trash');
  const [{ data, error, fetching }, refetch] = useQuery({ query: TrashedWorkspacesDocument, context: listContext, requestPolicy: 'cache-and-network' });
  const actions = useTrashActions();
  const [purging, setPurging] = useState<{ id: string; title: string }>();
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();

  const done = (text: string) => {
    setMessage({ text });
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <>
      <Breadcrumbs items={[{ label: 'Workspaces', to: '/' }, { label: 'Trash' }]} />
      <div className="page-header">
        <div>
          <h1>Trash</h1>
          <p className="muted">Workspaces moved to the trash. Email folders and emails in the trash are in the Trash tab of their workspace or folder.</p>
        </div>
      </div>
      {message && (
        <p className={message.error ? 'form-error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {error && !data ? (
        <ErrorState message={errorMessage(error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : fetching && !data ? (
        <Loading what="Loading the trash" />
      ) : !data?.trashedWorkspaces.length ? (
        <EmptyState title="No workspace in the trash" />
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">Workspaces in the trash</caption>
            <thead>
              <tr>
                <th scope="col">Workspace</th>
                <th scope="col">Moved to the trash</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.trashedWorkspaces.map((w) => (
                <tr key={w.id}>
                  <td>
                    <Link to={`/workspaces/${w.id}`} className="row-link">
                      {w.title}
                    </Link>
                    {w.description && <span className="muted"> · {w.description}</span>}
                  </td>
                  <td className="col-date">
                    {w.trashedAt && (
                      <time dateTime={w.trashedAt} title={formatDateTime(w.trashedAt)}>
                        {formatRelative(w.trashedAt)}
                      </time>
                    )}
                  </td>
                  <td className="col-actions">
                    <RestoreOrPurge
                      id={w.id}
                      title={w.title}
                      permission={w.myPermission}
                      restoreNeeds="MANAGE"
                      actions={actions}
                      restoredText={`“${w.title}” is back in the workspaces.`}
                      onMessage={(m) => (m.error ? setMessage(m) : done(m.text))}
                      onPurge={() => setPurging({ id: w.id, title: w.title })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {purging && (
        <PurgeDialog
          node={{ ...purging, kind: 'workspace' }}
          actions={actions}
          onClose={() => setPurging(undefined)}
          onDeleted={() => {
            setPurging(undefined);
            done(`“${purging.title}” is deleted for good.`);
          }}
        />
      )}
    </>
  );
}

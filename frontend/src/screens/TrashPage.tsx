import { useState } from 'react';
import { useQuery } from 'urql';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { EmptyState, ErrorState, Loading } from '../components/States';
import { graphql } from '../gql';
import { errorMessage } from '../lib/errors';
import { allows } from '../lib/permissions';
import { useTitle } from '../lib/useTitle';
import { TrashNotice, TrashTable, type TrashMessage } from './TrashTable';

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

/** Workspaces in the trash (a workspace's trashed folders are in its own Trash tab). */
export function TrashPage() {
  useTitle('Trash');
  const [{ data, error, fetching }, refetch] = useQuery({ query: TrashedWorkspacesDocument, requestPolicy: 'cache-and-network' });
  const [message, setMessage] = useState<TrashMessage>();

  return (
    <>
      <Breadcrumbs items={[{ label: 'Workspaces', to: '/' }, { label: 'Trash' }]} />
      <div className="page-header">
        <div>
          <h1>Trash</h1>
          <p className="muted">Workspaces moved to the trash. Email folders and emails in the trash are in the Trash tab of their workspace or folder.</p>
        </div>
      </div>
      <TrashNotice message={message} />
      {error && !data ? (
        <ErrorState message={errorMessage(error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : fetching && !data ? (
        <Loading what="Loading the trash" />
      ) : (
        <TrashTable
          kind="workspace"
          caption="Workspaces in the trash"
          rows={data?.trashedWorkspaces ?? []}
          title={(w) => w.title}
          name={(w) => w.title}
          link={(w) => `/workspaces/${w.id}`}
          titleHeader="Workspace"
          titleDetail={(w) => w.description && <span className="muted"> · {w.description}</span>}
          canRestore={(w) => allows(w.myPermission, 'MANAGE')}
          canDelete={(w) => allows(w.myPermission, 'MANAGE')}
          restoredText={(t) => `“${t}” is back in the workspaces.`}
          empty={<EmptyState title="No workspace in the trash" />}
          onMessage={setMessage}
        />
      )}
    </>
  );
}

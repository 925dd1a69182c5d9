import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { EmptyState, ErrorState, Loading } from '../components/States';
import { graphql } from '../gql';
import { errorMessage } from '../lib/errors';
import { grow, maxPageSize } from '../lib/paging';
import { displayName, formatAddress, plural } from '../lib/format';
import { TrashNotice, TrashTable, type TrashMessage } from './TrashTable';

const FolderTrashDocument = graphql(`
  query FolderTrash($id: ID!, $first: Int!) {
    node(id: $id) {
      __typename
      ... on EmailFolder {
        id
        trashedEmails(first: $first) {
          totalCount
          pageInfo {
            hasNextPage
          }
          edges {
            node {
              id
              subject
              from {
                name
                address
              }
              sentAt
              trashedAt
            }
          }
        }
      }
    }
  }
`);

const EmptyTrashDocument = graphql(`
  mutation EmptyTrash($folderID: ID!) {
    emptyTrash(folderID: $folderID)
  }
`);

const step = 50;

interface Props {
  folderID: string;
  canRestore: boolean;
  canDelete: boolean;
}

/** The folder's Trash tab: trashed emails, most recently trashed first. */
export function FolderTrash({ folderID, canRestore, canDelete }: Props) {
  const [first, setFirst] = useState(step);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: FolderTrashDocument,
    variables: { id: folderID, first },
    requestPolicy: 'cache-and-network',
  });
  const [, emptyTrash] = useMutation(EmptyTrashDocument);
  const [emptying, setEmptying] = useState(false);
  const [message, setMessage] = useState<TrashMessage>();

  const conn = data?.node?.__typename === 'EmailFolder' ? data.node.trashedEmails : undefined;
  if (error && !data) return <ErrorState title="The trash could not be loaded" message={errorMessage(error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!conn) return <Loading what="Loading the trash" />;
  const rows = conn.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const subject = (e: (typeof rows)[number]) => e.subject || '(no subject)';

  return (
    <section aria-label="Trash" className={fetching ? 'is-refreshing' : undefined}>
      <div className="section-bar">
        <p className="muted">
          {conn.totalCount === 0
            ? 'Emails moved to the trash wait here until they are restored or deleted for good.'
            : `${plural(conn.totalCount, 'email')} in the trash. They are hidden from the folder and from search, and still count as already imported.`}
        </p>
        {canDelete && conn.totalCount > 0 && (
          <button type="button" className="button-danger" onClick={() => setEmptying(true)}>
            Empty trash
          </button>
        )}
      </div>
      <TrashNotice message={message} />
      <TrashTable
        kind="email"
        caption="Emails in the trash"
        className="trash-table"
        rows={rows}
        title={subject}
        name={(e) => `“${subject(e)}”`}
        link={(e) => `/email/${e.id}`}
        titleHeader="Subject"
        columns={[
          {
            header: 'From',
            className: 'col-from',
            cell: (e) => <span title={formatAddress(e.from)}>{displayName(e.from) || <span className="muted">(unknown sender)</span>}</span>,
          },
        ]}
        canRestore={() => canRestore}
        canDelete={() => canDelete}
        restoredText={(t) => `“${t}” is back in the folder.`}
        empty={<EmptyState title="The trash is empty" />}
        onMessage={setMessage}
      />
      {conn.pageInfo.hasNextPage && (
        <p className="pager">
          <span className="pager-range">
            {rows.length.toLocaleString('en-US')} of {conn.totalCount.toLocaleString('en-US')}
          </span>
          {first < maxPageSize ? (
            <button type="button" onClick={() => setFirst((n) => grow(n, step))}>
              Show more
            </button>
          ) : (
            <span className="muted">The first {maxPageSize} are listed: restore or delete some to see the others.</span>
          )}
        </p>
      )}
      {emptying && (
        <ConfirmDialog
          title="Empty the trash?"
          confirmLabel="Empty trash"
          danger
          onClose={() => setEmptying(false)}
          onConfirm={async () => {
            const res = await emptyTrash({ folderID });
            if (res.error) return errorMessage(res.error);
            setEmptying(false);
            setMessage({ text: `${plural(res.data?.emptyTrash ?? 0, 'email')} deleted for good.` });
            return undefined;
          }}
        >
          <p>
            The {plural(conn.totalCount, 'email')} in this folder’s trash, with their attachments and originals, are deleted for good. They will not be
            imported again.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { EmptyState, ErrorState, Loading } from '../components/States';
import { graphql } from '../gql';
import { errorMessage } from '../lib/errors';
import { grow, maxPageSize } from '../lib/paging';
import { displayName, formatAddress, formatDateTime, formatRelative, plural } from '../lib/format';
import { PurgeDialog, useTrashActions } from './TrashActions';

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

const trashListContext = { additionalTypenames: ['Email'] };
const step = 50;

interface Props {
  folderID: string;
  canRestore: boolean;
  canDelete: boolean;
  /** Something was restored or deleted: the content changed. */
  onChange(): void;
}

/** The folder's Trash tab: trashed emails, most recently trashed first. */
export function FolderTrash({ folderID, canRestore, canDelete, onChange }: Props) {
  const [first, setFirst] = useState(step);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: FolderTrashDocument,
    variables: { id: folderID, first },
    context: trashListContext,
    requestPolicy: 'cache-and-network',
  });
  const [, emptyTrash] = useMutation(EmptyTrashDocument);
  const actions = useTrashActions();
  const [purging, setPurging] = useState<{ id: string; title: string }>();
  const [emptying, setEmptying] = useState(false);
  const [message, setMessage] = useState<{ text: string; error?: boolean }>();
  const [busy, setBusy] = useState<string>();

  const conn = data?.node?.__typename === 'EmailFolder' ? data.node.trashedEmails : undefined;
  if (error && !data) return <ErrorState title="The trash could not be loaded" message={errorMessage(error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!conn) return <Loading what="Loading the trash" />;
  const rows = conn.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];

  const done = (text: string) => {
    setMessage({ text });
    refetch({ requestPolicy: 'network-only' });
    onChange();
  };

  async function restore(id: string, subject: string) {
    setBusy(id);
    const err = await actions.restore(id);
    setBusy(undefined);
    if (err) setMessage({ text: err, error: true });
    else done(`“${subject}” is back in the folder.`);
  }

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
      {message && (
        <p className={message.error ? 'form-error' : 'notice'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
      {rows.length === 0 ? (
        <EmptyState title="The trash is empty" />
      ) : (
        <div className="table-wrap">
          <table className="table trash-table">
            <caption className="visually-hidden">Emails in the trash</caption>
            <thead>
              <tr>
                <th scope="col">Subject</th>
                <th scope="col">From</th>
                <th scope="col">Moved to the trash</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => {
                const subject = e.subject || '(no subject)';
                return (
                  <tr key={e.id}>
                    <td className="col-subject">
                      <Link to={`/email/${e.id}`} className="row-link">
                        {subject}
                      </Link>
                    </td>
                    <td className="col-from" title={formatAddress(e.from)}>
                      {displayName(e.from) || <span className="muted">(unknown sender)</span>}
                    </td>
                    <td className="col-date">
                      {e.trashedAt && (
                        <time dateTime={e.trashedAt} title={formatDateTime(e.trashedAt)}>
                          {formatRelative(e.trashedAt)}
                        </time>
                      )}
                    </td>
                    <td className="col-actions">
                      {canRestore && (
                        <button type="button" className="button-small" disabled={busy === e.id} onClick={() => void restore(e.id, subject)} aria-label={`Restore “${subject}”`}>
                          Restore
                        </button>
                      )}
                      {canDelete && (
                        <button
                          type="button"
                          className="button-small button-danger-quiet"
                          onClick={() => setPurging({ id: e.id, title: subject })}
                          aria-label={`Delete “${subject}” permanently`}
                        >
                          Delete permanently
                        </button>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
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
      {purging && (
        <PurgeDialog
          node={{ ...purging, kind: 'email' }}
          actions={actions}
          onClose={() => setPurging(undefined)}
          onDeleted={() => {
            setPurging(undefined);
            done(`“${purging.title}” is deleted for good.`);
          }}
        />
      )}
      {emptying && (
        <ConfirmDialog
          title="Empty the trash?"
          confirmLabel="Empty trash"
          danger
          onClose={() => setEmptying(false)}
          onConfirm={async () => {
            const res = await emptyTrash({ folderID }, trashListContext);
            if (res.error) return errorMessage(res.error);
            setEmptying(false);
            done(`${plural(res.data?.emptyTrash ?? 0, 'email')} deleted for good.`);
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

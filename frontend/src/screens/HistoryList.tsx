import { useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../components/States';
import { graphql } from '../gql';
import type { HistoryEntryRowFragment } from '../gql/graphql';
import { errorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';

export const HistoryEntryRow = graphql(`
  fragment HistoryEntryRow on HistoryEntry {
    id
    kind
    text
    at
    actor {
      id
      username
      displayName
    }
    fetchRun {
      id
      trigger
    }
  }
`);

const HistoryDocument = graphql(`
  query History($id: ID!, $first: Int) {
    node(id: $id) {
      id
      ... on Email {
        history(first: $first) {
          totalCount
          edges {
            node {
              ...HistoryEntryRow
            }
          }
        }
      }
      ... on EmailFolder {
        history(first: $first) {
          totalCount
          edges {
            node {
              ...HistoryEntryRow
            }
          }
        }
      }
      ... on Workspace {
        history(first: $first) {
          totalCount
          edges {
            node {
              ...HistoryEntryRow
            }
          }
        }
      }
    }
  }
`);

const kindLabels: Record<string, string> = {
  IMPORTED: 'Imported',
  FETCH_FAILED: 'Check failed',
  NEEDS_ATTENTION: 'Needs attention',
  COMMENTED: 'Commented',
  COMMENT_EDITED: 'Comment edited',
  MENTIONED: 'Mentioned',
  ANNOTATED: 'Annotated',
  RELATED: 'Related',
  TAGGED: 'Tagged',
  UNTAGGED: 'Untagged',
  TRASHED: 'Trashed',
  RESTORED: 'Restored',
  PERMISSION_CHANGED: 'Permissions',
};

/** Who did what and when to an email, a folder or a workspace, newest first. */
export function HistoryList({ targetID, first = 100 }: { targetID: string; first?: number }) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: HistoryDocument,
    variables: { id: targetID, first },
    requestPolicy: 'cache-and-network',
  });
  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading what="Loading the history" />;
  const node = data?.node as { history?: { totalCount: number; edges?: ({ node?: unknown } | null)[] | null } } | null | undefined;
  const rows = (node?.history?.edges ?? []).map((e) => e?.node).filter(Boolean) as HistoryEntryRowFragment[];
  if (rows.length === 0) return <EmptyState title="Nothing has happened yet">Imports, trash and restores, and changes of permissions show here.</EmptyState>;
  return (
    <table className="table history-table" aria-label="History">
      <thead>
        <tr>
          <th scope="col">When</th>
          <th scope="col">What</th>
          <th scope="col">Who</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((h) => (
          <tr key={h.id}>
            <td>
              <time dateTime={h.at}>{formatDateTime(h.at)}</time>
            </td>
            <td>{kindLabels[h.kind] ?? h.kind}</td>
            <td>{h.actor ? h.actor.displayName || h.actor.username : <span className="muted">{h.fetchRun ? `Mailroom (${h.fetchRun.trigger.toLowerCase()} check)` : 'Mailroom'}</span>}</td>
            <td>{h.text}</td>
          </tr>
        ))}
      </tbody>
      {node?.history && node.history.totalCount > rows.length && (
        <caption className="muted">
          The {rows.length} most recent of {node.history.totalCount} entries.
        </caption>
      )}
    </table>
  );
}

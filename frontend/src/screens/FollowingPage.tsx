// "Following": what the signed-in user follows (workspaces, folders,
// emails they may still read), newest first, each with an Unfollow button.
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../components/States';
import { graphql } from '../gql';
import type { FollowedTargetFragment } from '../gql/graphql';
import { errorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { useTitle } from '../lib/useTitle';

export const FollowedTargetFields = graphql(`
  fragment FollowedTarget on Node {
    __typename
    id
    ... on Workspace {
      title
    }
    ... on EmailFolder {
      title
      workspace {
        id
        title
      }
    }
    ... on Email {
      subject
      folder {
        id
        title
      }
    }
  }
`);

const FollowingDocument = graphql(`
  query Following($first: Int!, $after: Cursor) {
    alertSubscriptions(first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          createdAt
          target {
            ...FollowedTarget
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const UnfollowDocument = graphql(`
  mutation Unfollow($targetID: ID!) {
    unsubscribe(targetID: $targetID)
  }
`);

const pageSize = 50;

function TargetLink({ target }: { target: FollowedTargetFragment }) {
  switch (target.__typename) {
    case 'Workspace':
      return <Link to={`/workspaces/${target.id}`}>{target.title}</Link>;
    case 'EmailFolder':
      return (
        <>
          <Link to={`/folders/${target.id}`}>{target.title}</Link> <span className="muted">in {target.workspace.title}</span>
        </>
      );
    case 'Email':
      return (
        <>
          <Link to={`/email/${target.id}`}>{target.subject || '(no subject)'}</Link> <span className="muted">in {target.folder.title}</span>
        </>
      );
  }
  return <span>{target.id}</span>;
}

const kinds: Record<string, string> = { Workspace: 'Workspace', EmailFolder: 'Folder', Email: 'Email (and its conversation)' };

/** The page at /following. */
export function FollowingPage() {
  useTitle('Following');
  const [pages, setPages] = useState<(string | null)[]>([null]);
  return (
    <>
      <div className="page-header">
        <div>
          <h1>Following</h1>
          <p className="muted">You get alerts about what happens to these. Something you can no longer open is not listed.</p>
        </div>
      </div>
      <table className="table following-table" aria-label="Following">
        <thead>
          <tr>
            <th scope="col">What</th>
            <th scope="col">Kind</th>
            <th scope="col">Since</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        {pages.map((after, i) => (
          <FollowingRows key={after ?? ''} after={after} last={i === pages.length - 1} onMore={(cursor) => setPages((p) => [...p, cursor])} />
        ))}
      </table>
    </>
  );
}

function FollowingRows({ after, last, onMore }: { after: string | null; last: boolean; onMore(cursor: string): void }) {
  const [{ data, fetching, error }, refetch] = useQuery({
    query: FollowingDocument,
    variables: { first: pageSize, after },
    requestPolicy: 'cache-and-network',
  });
  const [unfollowing, unfollow] = useMutation(UnfollowDocument);
  const [failed, setFailed] = useState<string>();
  const cols = 4;
  if (error && !data)
    return (
      <tbody>
        <tr>
          <td colSpan={cols}>
            <ErrorState message={errorMessage(error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
          </td>
        </tr>
      </tbody>
    );
  if (fetching && !data)
    return (
      <tbody>
        <tr>
          <td colSpan={cols}>
            <Loading what="Loading what you follow" />
          </td>
        </tr>
      </tbody>
    );
  const conn = data?.alertSubscriptions;
  const rows = (conn?.edges ?? []).flatMap((e) => (e.node.target ? [{ ...e.node, target: e.node.target }] : []));
  async function stop(targetID: string) {
    const r = await unfollow({ targetID });
    setFailed(r.error ? errorMessage(r.error) : undefined);
    if (!r.error) refetch({ requestPolicy: 'network-only' });
  }
  return (
    <tbody>
      {rows.length === 0 && after === null && !conn?.pageInfo.hasNextPage && (
        <tr>
          <td colSpan={cols}>
            <EmptyState title="You follow nothing yet">Use Follow on a workspace, a folder or an email to get alerts about it.</EmptyState>
          </td>
        </tr>
      )}
      {rows.map((s) => (
        <tr key={s.id} data-testid="followed">
          <td>
            <TargetLink target={s.target} />
          </td>
          <td>{kinds[s.target.__typename] ?? s.target.__typename}</td>
          <td>
            <time dateTime={s.createdAt}>{formatDateTime(s.createdAt)}</time>
          </td>
          <td>
            <button type="button" className="button-small" disabled={unfollowing.fetching} onClick={() => void stop(s.target.id)}>
              Unfollow
            </button>
          </td>
        </tr>
      ))}
      {failed && (
        <tr>
          <td colSpan={cols} className="form-error" role="alert">
            {failed}
          </td>
        </tr>
      )}
      {last && conn?.pageInfo.hasNextPage && conn.pageInfo.endCursor && (
        <tr>
          <td colSpan={cols}>
            <button type="button" onClick={() => onMore(conn.pageInfo.endCursor!)}>
              Show more
            </button>
          </td>
        </tr>
      )}
    </tbody>
  );
}

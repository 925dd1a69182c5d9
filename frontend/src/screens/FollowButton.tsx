import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { errorMessage } from '../lib/errors';

const FollowedDocument = graphql(`
  query Followed($id: ID!) {
    node(id: $id) {
      id
      ... on Email {
        followed
      }
      ... on EmailFolder {
        followed
      }
      ... on Workspace {
        followed
      }
    }
  }
`);

const SubscribeDocument = graphql(`
  mutation Subscribe($targetID: ID!) {
    subscribe(targetID: $targetID) {
      id
      target {
        id
        ... on Email {
          followed
        }
        ... on EmailFolder {
          followed
        }
        ... on Workspace {
          followed
        }
      }
    }
  }
`);

const UnsubscribeDocument = graphql(`
  mutation Unsubscribe($targetID: ID!) {
    unsubscribe(targetID: $targetID)
  }
`);

/**
 * "Follow" / "Following" for a workspace, a folder or an email: followers
 * are alerted of what happens to it (for an email, to its conversation).
 */
export function FollowButton({ targetID, what }: { targetID: string; what: 'workspace' | 'folder' | 'email' }) {
  const [{ data, fetching }] = useQuery({ query: FollowedDocument, variables: { id: targetID } });
  const [sub, subscribe] = useMutation(SubscribeDocument);
  const [unsub, unsubscribe] = useMutation(UnsubscribeDocument);
  const node = data?.node as { followed?: boolean } | null | undefined;
  if (!node || node.followed === undefined) return null;
  const following = node.followed;
  const busy = fetching || sub.fetching || unsub.fetching;
  const error = sub.error ?? unsub.error;
  const help =
    what === 'email'
      ? 'Get alerts about this email and the replies to it'
      : what === 'folder'
        ? 'Get alerts about new mail and changes in this folder'
        : 'Get alerts about everything in this workspace you can read';
  return (
    <>
      <button
        type="button"
        aria-pressed={following}
        title={following ? 'You get alerts; click to stop following' : help}
        disabled={busy}
        onClick={() => void (following ? unsubscribe({ targetID }) : subscribe({ targetID }))}
      >
        {following ? 'Following' : 'Follow'}
      </button>
      {error && (
        <span className="form-error" role="alert">
          {errorMessage(error)}
        </span>
      )}
    </>
  );
}

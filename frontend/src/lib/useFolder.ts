import { useCallback, useEffect } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';

const FolderDocument = graphql(`
  query Folder($id: ID!) {
    node(id: $id) {
      __typename
      ... on EmailFolder {
        ...FolderSettings
        createdAt
        needsAttention
        pushStatus {
          state
          error
        }
        myPermission
        inheritanceBlocked
        trashedAt
        workspace {
          id
          title
        }
      }
    }
  }
`);

/**
 * The folder of a folder page, kept fresh by the cache. The push watcher
 * settles on its own (no event says so): while it is starting or
 * reconnecting, look again a few times.
 */
export function useFolder(id: string) {
  const [{ data, fetching, error }, refetch] = useQuery({ query: FolderDocument, variables: { id }, requestPolicy: 'cache-and-network' });
  const folder = data?.node?.__typename === 'EmailFolder' ? data.node : undefined;
  const reload = useCallback(() => refetch({ requestPolicy: 'network-only' }), [refetch]);

  const pushState = folder?.push && !folder.trashedAt ? folder.pushStatus?.state : undefined;
  useEffect(() => {
    if (pushState !== 'OFF' && pushState !== 'CONNECTING' && pushState !== 'RECONNECTING') return;
    let left = 20;
    const t = setInterval(() => {
      if (--left <= 0) clearInterval(t);
      reload();
    }, 3000);
    return () => clearInterval(t);
  }, [pushState, reload]);

  return { folder, loaded: !!data, fetching, error, reload };
}

export type LoadedFolder = NonNullable<ReturnType<typeof useFolder>['folder']>;

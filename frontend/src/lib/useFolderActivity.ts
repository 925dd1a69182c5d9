import { useEffect, useEffectEvent } from 'react';
import { useClient } from 'urql';
import { graphql } from '../gql';
import type { FolderActivitySubscription } from '../gql/graphql';

const FolderActivityDocument = graphql(`
  subscription FolderActivity($folderID: ID!) {
    folderActivity(folderID: $folderID) {
      type
      folderID
      at
      imported
      duplicates
      failed
      remaining
      error
      email {
        id
        subject
      }
    }
  }
`);

export type ActivityEvent = FolderActivitySubscription['folderActivity'];

/**
 * Calls onEvent for each folderActivity event of the folder (graphql-ws),
 * for as long as the component is mounted and enabled. The events also pass
 * through the cache (lib/cache.ts), which marks what they make stale.
 */
export function useFolderActivity(folderID: string, enabled: boolean, onEvent: (e: ActivityEvent) => void) {
  const client = useClient();
  const handle = useEffectEvent(onEvent);
  useEffect(() => {
    if (!enabled) return;
    const { unsubscribe } = client.subscription(FolderActivityDocument, { folderID }).subscribe((res) => {
      if (res.data) handle(res.data.folderActivity);
    });
    return unsubscribe;
  }, [client, folderID, enabled]);
}

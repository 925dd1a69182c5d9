// The SPA's one way to keep data fresh: urql's normalized cache (Graphcache).
// Screens only run queries; what a mutation or a folderActivity event makes
// stale is said here, once, and every query showing it is asked again.
// An updater must not invalidate what its own mutation's answer selects:
// Graphcache reads the answer back from the cache, and would find it gone.
import { cacheExchange, type Cache, type CacheExchangeOpts } from '@urql/exchange-graphcache';
import type { ActivityType } from '../gql/graphql';

/** Invalidates every field of an entity named `field` (whatever its arguments). */
function invalidateField(cache: Cache, entity: string | null | undefined, field: string) {
  if (!entity) return;
  for (const f of cache.inspectFields(entity)) if (f.fieldName === field) cache.invalidate(entity, f.fieldName, f.arguments ?? undefined);
}

const folder = (cache: Cache, id: unknown) => cache.keyOfEntity({ __typename: 'EmailFolder', id: String(id) });

/** The entity behind node(id:) as cached (a workspace or a folder), if any. */
const nodeEntity = (cache: Cache, id: unknown) => cache.resolve('Query', 'node', { id: String(id) }) as string | null;

/**
 * Trash, restore and purge move items between lists that may be empty (and
 * so name nothing to invalidate): every list the app shows is asked again.
 */
function invalidateLists(cache: Cache) {
  for (const f of cache.inspectFields('Query')) if (f.fieldName !== 'me') cache.invalidate('Query', f.fieldName, f.arguments ?? undefined);
}

/** The cached email, folder or workspace of a global ID, if any. */
function anyNode(cache: Cache, id: unknown): string | null {
  for (const t of ['Email', 'EmailFolder', 'Workspace']) {
    const key = cache.keyOfEntity({ __typename: t, id: String(id) });
    if (key && cache.inspectFields(key).length > 0) return key;
  }
  return null;
}

/** Lists filtered by tag and the workspaces' tag suggestions. */
function invalidateTagged(cache: Cache) {
  for (const f of cache.inspectFields('Query')) {
    if (f.fieldName !== 'node') continue;
    const key = cache.resolve('Query', f.fieldKey) as string | null;
    if (key?.startsWith('EmailFolder:')) for (const g of cache.inspectFields(key)) if (g.fieldName === 'emails' && g.arguments?.where) cache.invalidate(key, g.fieldName, g.arguments);
    if (key?.startsWith('Workspace:')) invalidateField(cache, key, 'tags');
  }
}

/**
 * The types that implement Node, the schema's one interface (cacheTypes.test.ts
 * checks the list against the schema). With them Graphcache matches a
 * fragment by its type; without, it guesses from the fields an entity holds,
 * and a wrong guess sticks: `... on Email { relations }` read on a workspace
 * made every later `... on Email { subject }` match workspaces, and a query
 * of a workspace's relations came back empty.
 */
export const nodeTypes = [
  'AlertDelivery',
  'AlertSubscription',
  'Annotation',
  'Attachment',
  'Comment',
  'Email',
  'EmailFolder',
  'FetchRun',
  'Group',
  'HistoryEntry',
  'Notification',
  'OAuthProvider',
  'Relation',
  'User',
  'Workspace',
];

export const cacheOptions: CacheExchangeOpts = {
  possibleTypes: { Node: nodeTypes },
  // Types without an id of their own are kept inside their parent.
  // AccessEntry has an id, but the same grant reads inherited: false on the
  // workspace and true on its folders: it is kept per list too.
  keys: Object.fromEntries(
    [
      'AccessEntry',
      'ActivityEvent',
      'Address',
      'AlertDeliveryConnection',
      'AlertDeliveryEdge',
      'AlertSubscriptionConnection',
      'AlertSubscriptionEdge',
      'AlertEmailSettings',
      'AuthPayload',
      'EmailConnection',
      'EmailEdge',
      'FetchFailure',
      'FetchReport',
      'FetchRunConnection',
      'FetchRunEdge',
      'FolderReconciliation',
      'HistoryEntryConnection',
      'HistoryEntryEdge',
      'IntegrityProblem',
      'IntegrityReport',
      'LedgerEntry',
      'LedgerEntryConnection',
      'LedgerEntryEdge',
      'NotificationConnection',
      'NotificationEdge',
      'PageInfo',
      'PushStatus',
      'TestConnectionResult',
      'WorkspaceConnection',
      'WorkspaceEdge',
    ].map((t) => [t, () => null]),
  ),
  updates: {
    Mutation: {
      createWorkspace: (_r, _a, cache) => invalidateField(cache, 'Query', 'workspaces'),
      createEmailFolder: (r, _a, cache) => {
        const ws = (r.createEmailFolder as { workspace?: { id: string } } | null)?.workspace;
        if (ws) invalidateField(cache, cache.keyOfEntity({ __typename: 'Workspace', id: ws.id }), 'emailFolders');
      },
      // Saved settings clear the paused state and restart the push watcher.
      // (Only fields the answer lacks: the answer is read back from the cache.)
      updateEmailFolder: (_r, a, cache) => {
        const key = folder(cache, a.id);
        invalidateField(cache, key, 'needsAttention');
        invalidateField(cache, key, 'pushStatus');
      },
      fetchEmails: (_r, a, cache) => cache.invalidate(folder(cache, a.folderID) ?? ''),
      emptyTrash: (_r, a, cache) => cache.invalidate(folder(cache, a.folderID) ?? ''),
      trashNode: (_r, _a, cache) => invalidateLists(cache),
      restoreNode: (_r, _a, cache) => invalidateLists(cache),
      deleteNodePermanently: (_r, _a, cache) => invalidateLists(cache),
      setPermission: (_r, a, cache) => invalidateField(cache, nodeEntity(cache, a.targetID), 'access'),
      removePermission: (_r, a, cache) => invalidateField(cache, nodeEntity(cache, a.targetID), 'access'),
      setInheritance: (_r, a, cache) => invalidateField(cache, nodeEntity(cache, a.targetID), 'access'),
      createUser: (_r, _a, cache) => invalidateField(cache, 'Query', 'users'),
      updateUser: (_r, _a, cache) => invalidateField(cache, 'Query', 'groups'),
      createGroup: (_r, _a, cache) => invalidateField(cache, 'Query', 'groups'),
      updateGroup: (_r, _a, cache) => invalidateField(cache, 'Query', 'groups'),
      // subscribe's answer carries the target's followed; unsubscribe's does not.
      unsubscribe: (_r, a, cache) => {
        for (const t of ['Email', 'EmailFolder', 'Workspace']) invalidateField(cache, cache.keyOfEntity({ __typename: t, id: String(a.targetID) }), 'followed');
      },
      markNotificationsRead: (_r, _a, cache) => {
        invalidateField(cache, 'Query', 'notifications');
        invalidateField(cache, 'Query', 'unreadNotificationCount');
      },
      // Collaboration: the email (or folder) the change is on lists it anew.
      addComment: (_r, a, cache) => invalidateField(cache, anyNode(cache, a.targetID), 'comments'),
      deleteComment: (_r, a, cache) => cache.invalidate({ __typename: 'Comment', id: String(a.id) }),
      annotate: (_r, a, cache) => invalidateField(cache, anyNode(cache, a.emailID), 'annotations'),
      deleteAnnotation: (_r, a, cache) => cache.invalidate({ __typename: 'Annotation', id: String(a.id) }),
      createRelation: (_r, a, cache) => {
        invalidateField(cache, anyNode(cache, a.sourceID), 'relations');
        if (a.targetID) invalidateField(cache, anyNode(cache, a.targetID), 'relations');
      },
      deleteRelation: (_r, a, cache) => cache.invalidate({ __typename: 'Relation', id: String(a.id) }),
      // A tag changes what a folder's list filtered by tag holds, and the suggestions.
      tagEmail: (_r, _a, cache) => invalidateTagged(cache),
      untagEmail: (_r, _a, cache) => invalidateTagged(cache),
    },
    Subscription: {
      // A new alert: the menu's list and unread count.
      notificationAdded: (_r, _a, cache) => {
        invalidateField(cache, 'Query', 'notifications');
        invalidateField(cache, 'Query', 'unreadNotificationCount');
      },
      // What each event of a folder's fetch runs makes stale.
      folderActivity: (r, a, cache) => {
        const key = folder(cache, a.folderID);
        switch ((r.folderActivity as { type: ActivityType } | null)?.type) {
          case 'EMAIL_ADDED':
            invalidateField(cache, key, 'emails');
            invalidateField(cache, key, 'conversations');
            break;
          case 'FETCH_STARTED':
            invalidateField(cache, key, 'fetchRuns');
            break;
          case 'FETCH_FINISHED':
          case 'FETCH_FAILED':
            // Last fetch, errors, counts, history: the whole folder.
            if (key) cache.invalidate(key);
            break;
        }
      },
    },
  },
};

export const graphcache = () => cacheExchange(cacheOptions);

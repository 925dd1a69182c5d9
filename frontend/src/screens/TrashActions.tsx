import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { NoticeBar, type PageNotice } from '../components/NoticeBar';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { graphql } from '../gql';
import { errorMessage } from '../lib/errors';
import { formatDateTime, formatRelative } from '../lib/format';

/** Where an item stands: in the trash since when, or not. */
export const TrashStateFields = graphql(`
  fragment TrashStateFields on Node {
    __typename
    id
    ... on Email {
      trashedAt
    }
    ... on EmailFolder {
      trashedAt
    }
    ... on Workspace {
      trashedAt
    }
  }
`);

const TrashNodeDocument = graphql(`
  mutation TrashNode($id: ID!) {
    trashNode(id: $id) {
      ...TrashStateFields
    }
  }
`);

const RestoreNodeDocument = graphql(`
  mutation RestoreNode($id: ID!) {
    restoreNode(id: $id) {
      ...TrashStateFields
    }
  }
`);

const DeleteNodePermanentlyDocument = graphql(`
  mutation DeleteNodePermanently($id: ID!) {
    deleteNodePermanently(id: $id)
  }
`);

export interface TrashActions {
  trash(id: string): Promise<string | undefined>;
  restore(id: string): Promise<string | undefined>;
  purge(id: string): Promise<string | undefined>;
}

/** Move to trash, restore, delete for good: each resolves to an error message, or undefined. */
export function useTrashActions(): TrashActions {
  const [, trashNode] = useMutation(TrashNodeDocument);
  const [, restoreNode] = useMutation(RestoreNodeDocument);
  const [, deleteNode] = useMutation(DeleteNodePermanentlyDocument);
  return {
    async trash(id) {
      const res = await trashNode({ id });
      return res.error ? errorMessage(res.error) : undefined;
    },
    async restore(id) {
      const res = await restoreNode({ id });
      return res.error ? errorMessage(res.error) : undefined;
    },
    async purge(id) {
      const res = await deleteNode({ id });
      return res.error ? errorMessage(res.error) : undefined;
    },
  };
}

export type TrashKind = 'email' | 'folder' | 'workspace';

const purgeWarnings: Record<TrashKind, string> = {
  email: 'The email, its attachments and its original are deleted for good. It will not be imported again.',
  folder: 'The folder and all its emails are deleted for good. This cannot be undone.',
  workspace: 'The workspace, its folders and all their emails are deleted for good. This cannot be undone.',
};

interface PurgeProps {
  node: { id: string; title: string; kind: TrashKind };
  actions: TrashActions;
  onClose(): void;
  onDeleted(): void;
}

/** "Delete permanently?" for an item in the trash. */
export function PurgeDialog({ node, actions, onClose, onDeleted }: PurgeProps) {
  return (
    <ConfirmDialog
      title="Delete permanently?"
      confirmLabel="Delete permanently"
      danger
      onClose={onClose}
      onConfirm={async () => {
        const err = await actions.purge(node.id);
        if (!err) onDeleted();
        return err;
      }}
    >
      <p>
        <strong>“{node.title}”</strong>: {purgeWarnings[node.kind]}
      </p>
    </ConfirmDialog>
  );
}

interface BannerProps {
  what: string;
  trashedAt: string;
  where?: string;
  canRestore: boolean;
  canDelete: boolean;
  actions?: TrashActions;
  node: { id: string; title: string; kind: TrashKind };
  onRestored?(): void;
  onDeleted(): void;
}

/** Shown on the page of an item that is in the trash: restore it, or delete it for good. */
export function TrashedBanner({ what, trashedAt, where, canRestore, canDelete, actions: given, node, onRestored, onDeleted }: BannerProps) {
  const own = useTrashActions();
  const actions = given ?? own;
  const [purging, setPurging] = useState(false);
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <div className="alert alert-warn trashed-banner" role="note">
      <div>
        <strong>
          {what} is in the trash
        </strong>{' '}
        (moved{' '}
        <time dateTime={trashedAt} title={formatDateTime(trashedAt)}>
          {formatRelative(trashedAt)}
        </time>
        ). {where}
        {error && <p className="error">{error}</p>}
      </div>
      <div className="alert-actions">
        {canRestore && (
          <button
            type="button"
            className="button-small"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              const err = await actions.restore(node.id);
              setBusy(false);
              setError(err);
              if (!err) onRestored?.();
            }}
          >
            Restore
          </button>
        )}
        {canDelete && (
          <button type="button" className="button-small button-danger" onClick={() => setPurging(true)}>
            Delete permanently
          </button>
        )}
      </div>
      {purging && <PurgeDialog node={node} actions={actions} onClose={() => setPurging(false)} onDeleted={onDeleted} />}
    </div>
  );
}

/**
 * The notice the previous page handed over in the location's state ("… is in
 * the trash"), whose Undo restores the item.
 */
export function HandedNotice() {
  const location = useLocation();
  const navigate = useNavigate();
  const actions = useTrashActions();
  const notice = (location.state as { notice?: PageNotice } | null)?.notice;
  if (!notice) return null;
  const clear = () => navigate(location.pathname + location.search, { replace: true, state: null });
  return (
    <NoticeBar
      notice={notice}
      onUndo={async (undoID) => {
        const err = await actions.restore(undoID);
        if (!err) clear();
        return err;
      }}
      onDismiss={clear}
    />
  );
}

import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Modal } from '../components/Modal';
import { EmptyState, ErrorState, Loading } from '../components/States';
import { graphql } from '../gql';
import { apiErrors } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { useTitle } from '../lib/useTitle';
import { HandedNotice } from './TrashActions';

const WorkspacesDocument = graphql(`
  query Workspaces($first: Int!, $after: Cursor) {
    workspaces(first: $first, after: $after, orderBy: { field: TITLE, direction: ASC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          description
          createdAt
        }
      }
    }
  }
`);

const CreateWorkspaceDocument = graphql(`
  mutation CreateWorkspace($input: CreateWorkspaceInput!) {
    createWorkspace(input: $input) {
      id
      title
      description
      createdAt
    }
  }
`);

const pageSize = 50;

export function WorkspacesPage() {
  useTitle('Workspaces');
  const [after, setAfter] = useState<string[]>([]);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: WorkspacesDocument,
    variables: { first: pageSize, after: after.at(-1) },
    requestPolicy: 'cache-and-network',
  });
  const [creating, setCreating] = useState(false);
  const conn = data?.workspaces;
  const workspaces = conn?.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Workspaces</h1>
          <p className="muted">Each workspace holds email folders that pull mail from an IMAP or POP3 account.</p>
        </div>
        <div className="toolbar">
          <button type="button" className="button-primary" onClick={() => setCreating(true)}>
            New workspace
          </button>
          <Link to="/trash" className="button">
            Trash
          </Link>
        </div>
      </div>
      <HandedNotice />

      {error && !data ? (
        <ErrorState message={error.message} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : fetching && !data ? (
        <Loading what="Loading workspaces" />
      ) : workspaces.length === 0 ? (
        <EmptyState title="No workspaces yet">
          <p>Create one with “New workspace”, then add an email folder to it.</p>
        </EmptyState>
      ) : (
        <>
          <ul className="card-list" aria-label="Workspaces">
            {workspaces.map((w) => (
              <li key={w.id} className="card">
                <h2 className="card-title">
                  <Link to={`/workspaces/${w.id}`}>{w.title}</Link>
                </h2>
                {w.description && <p className="card-text">{w.description}</p>}
                <p className="card-meta">Created {formatDateTime(w.createdAt)}</p>
              </li>
            ))}
          </ul>
          {(after.length > 0 || conn?.pageInfo.hasNextPage) && (
            <nav className="pager" aria-label="Workspace pages">
              <span className="pager-range">{conn?.totalCount.toLocaleString('en-US')} workspaces</span>
              <div className="pager-buttons">
                <button type="button" disabled={after.length === 0} onClick={() => setAfter((a) => a.slice(0, -1))}>
                  Previous
                </button>
                <button
                  type="button"
                  disabled={!conn?.pageInfo.hasNextPage}
                  onClick={() => conn?.pageInfo.endCursor && setAfter((a) => [...a, conn.pageInfo.endCursor!])}
                >
                  Next
                </button>
              </div>
            </nav>
          )}
        </>
      )}
      {creating && <NewWorkspaceDialog onClose={() => setCreating(false)} />}
    </>
  );
}

function NewWorkspaceDialog({ onClose }: { onClose(): void }) {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [errors, setErrors] = useState<{ fields: Record<string, string>; message?: string }>({ fields: {} });
  const [{ fetching }, create] = useMutation(CreateWorkspaceDocument);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!title.trim()) {
      setErrors({ fields: { title: 'A title is required' } });
      return;
    }
    const res = await create({ input: { title: title.trim(), description: description.trim() || undefined } });
    if (res.error || !res.data) {
      setErrors(apiErrors(res.error, ['title', 'description']));
      return;
    }
    onClose();
    navigate(`/workspaces/${res.data.createWorkspace.id}`);
  }

  return (
    <Modal title="New workspace" onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="modal-body">
          <div className="field">
            <label htmlFor="ws-title">Title</label>
            <input
              id="ws-title"
              data-autofocus
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              aria-invalid={errors.fields.title ? true : undefined}
              aria-describedby={errors.fields.title ? 'ws-title-error' : undefined}
            />
            {errors.fields.title && (
              <p id="ws-title-error" className="field-error">
                {errors.fields.title}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="ws-description">Description</label>
            <textarea id="ws-description" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} />
          </div>
          {errors.message && (
            <p className="form-error" role="alert">
              {errors.message}
            </p>
          )}
        </div>
        <div className="modal-footer">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button-primary" disabled={fetching}>
            Create
          </button>
        </div>
      </form>
    </Modal>
  );
}

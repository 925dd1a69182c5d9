// Collaboration on an email: its tags, comments (threaded, Markdown-lite)
// and relations. Annotations sit with the text (AnnotatedText.tsx).
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { MarkdownLite } from '../components/MarkdownLite';
import { graphql } from '../gql';
import type { CommentFieldsFragment, EmailCollabQuery } from '../gql/graphql';
import { errorMessage } from '../lib/errors';
import { formatDateTime } from '../lib/format';
import { allows } from '../lib/permissions';
import { useMe } from '../lib/session';
import { RelationsPanel } from './RelationsPanel';

export const EmailCollabDocument = graphql(`
  query EmailCollab($id: ID!) {
    node(id: $id) {
      __typename
      ... on Email {
        id
        tags
        trashedAt
        folder {
          id
          myPermission
          workspace {
            id
          }
        }
        comments {
          ...CommentFields
        }
      }
    }
  }
`);

export const CommentFields = graphql(`
  fragment CommentFields on Comment {
    id
    text
    createdAt
    editedAt
    deletedAt
    author {
      id
      username
      displayName
    }
    parent {
      id
    }
    history {
      text
      replacedAt
    }
  }
`);

const FolderCommentsDocument = graphql(`
  query FolderComments($id: ID!) {
    node(id: $id) {
      __typename
      ... on EmailFolder {
        id
        myPermission
        trashedAt
        comments {
          ...CommentFields
        }
      }
    }
  }
`);

const TagEmailDocument = graphql(`
  mutation TagEmail($emailID: ID!, $tag: String!) {
    tagEmail(emailID: $emailID, tag: $tag) {
      id
      tags
    }
  }
`);

const UntagEmailDocument = graphql(`
  mutation UntagEmail($emailID: ID!, $tag: String!) {
    untagEmail(emailID: $emailID, tag: $tag) {
      id
      tags
    }
  }
`);

const TagSuggestionsDocument = graphql(`
  query TagSuggestions($id: ID!, $prefix: String) {
    node(id: $id) {
      __typename
      ... on Workspace {
        id
        tags(prefix: $prefix, first: 20)
      }
    }
  }
`);

const AddCommentDocument = graphql(`
  mutation AddComment($targetID: ID!, $text: String!, $parentID: ID) {
    addComment(targetID: $targetID, text: $text, parentID: $parentID) {
      id
    }
  }
`);

const UpdateCommentDocument = graphql(`
  mutation UpdateComment($id: ID!, $text: String!) {
    updateComment(id: $id, text: $text) {
      id
      text
      editedAt
      history {
        text
        replacedAt
      }
    }
  }
`);

const DeleteCommentDocument = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id)
  }
`);

type CollabEmail = Extract<NonNullable<EmailCollabQuery['node']>, { __typename: 'Email' }>;
type CommentRow = CommentFieldsFragment;

/** Replies deeper than this are shown at this depth, flat. */
const maxNesting = 3;

/** Tags, comments and relations of an email. */
export function EmailCollab({ emailID }: { emailID: string }) {
  const [{ data, error }] = useQuery({ query: EmailCollabDocument, variables: { id: emailID }, requestPolicy: 'cache-and-network' });
  const email = data?.node?.__typename === 'Email' ? data.node : undefined;
  if (error && !data) return <p className="form-error">{errorMessage(error)}</p>;
  if (!email) return null;
  // Nothing is added to an email in the trash (the server refuses it too).
  const canWrite = allows(email.folder.myPermission, 'WRITE') && !email.trashedAt;
  const canManage = allows(email.folder.myPermission, 'MANAGE');
  return (
    <>
      <EmailTags email={email} canWrite={canWrite} />
      <RelationsPanel nodeID={email.id} canWrite={canWrite} />
      <Comments targetID={email.id} comments={email.comments} canWrite={canWrite} canManage={canManage} />
    </>
  );
}

/** Comments on a folder itself (notes of the team), under its emails. */
export function FolderComments({ folderID }: { folderID: string }) {
  const [{ data }] = useQuery({ query: FolderCommentsDocument, variables: { id: folderID }, requestPolicy: 'cache-and-network' });
  const folder = data?.node?.__typename === 'EmailFolder' ? data.node : undefined;
  if (!folder) return null;
  const canWrite = allows(folder.myPermission, 'WRITE') && !folder.trashedAt;
  return <Comments targetID={folder.id} comments={folder.comments} canWrite={canWrite} canManage={allows(folder.myPermission, 'MANAGE')} title="Comments on this folder" />;
}

function EmailTags({ email, canWrite }: { email: CollabEmail; canWrite: boolean }) {
  const [tag, setTag] = useState('');
  const [err, setErr] = useState<string>();
  const [, tagEmail] = useMutation(TagEmailDocument);
  const [, untagEmail] = useMutation(UntagEmailDocument);
  const [{ data: sugg }] = useQuery({
    query: TagSuggestionsDocument,
    variables: { id: email.folder.workspace.id, prefix: tag },
    pause: !canWrite,
    requestPolicy: 'cache-and-network',
  });
  const suggestions = sugg?.node?.__typename === 'Workspace' ? sugg.node.tags.filter((t) => !email.tags.includes(t)) : [];
  async function add(e: FormEvent) {
    e.preventDefault();
    if (!tag.trim()) return;
    const r = await tagEmail({ emailID: email.id, tag });
    setErr(r.error ? errorMessage(r.error) : undefined);
    if (!r.error) setTag('');
  }
  return (
    <section className="email-tags" aria-label="Tags">
      <ul className="tag-list">
        {email.tags.map((t) => (
          <li key={t} className="tag-chip">
            <Link to={`/folders/${email.folder.id}?tag=${encodeURIComponent(t)}`}>{t}</Link>
            {canWrite && (
              <button type="button" className="tag-remove" aria-label={`Remove tag ${t}`} onClick={() => void untagEmail({ emailID: email.id, tag: t })}>
                ×
              </button>
            )}
          </li>
        ))}
        {email.tags.length === 0 && !canWrite && <li className="muted">No tags</li>}
      </ul>
      {canWrite && (
        <form className="tag-form" onSubmit={(e) => void add(e)}>
          <label className="visually-hidden" htmlFor="new-tag">
            New tag
          </label>
          <input id="new-tag" list="tag-suggestions" value={tag} maxLength={64} placeholder="Add a tag" onChange={(e) => setTag(e.target.value)} />
          <datalist id="tag-suggestions">
            {suggestions.map((t) => (
              <option key={t} value={t} />
            ))}
          </datalist>
          <button type="submit" className="button-small">
            Tag
          </button>
          {err && (
            <span className="form-error" role="alert">
              {err}
            </span>
          )}
        </form>
      )}
    </section>
  );
}

/** The comments as a tree: each with its replies, nested up to maxNesting. */
export function thread(comments: CommentRow[]): { c: CommentRow; depth: number }[] {
  const children = new Map<string | null, CommentRow[]>();
  const ids = new Set(comments.map((c) => c.id));
  for (const c of comments) {
    const p = c.parent && ids.has(c.parent.id) ? c.parent.id : null;
    children.set(p, [...(children.get(p) ?? []), c]);
  }
  const out: { c: CommentRow; depth: number }[] = [];
  const walk = (parent: string | null, depth: number) => {
    for (const c of children.get(parent) ?? []) {
      out.push({ c, depth: Math.min(depth, maxNesting) });
      walk(c.id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

function CommentForm({ label, initial = '', submit, onCancel }: { label: string; initial?: string; submit(text: string): Promise<string | undefined>; onCancel?(): void }) {
  const [text, setText] = useState(initial);
  const [err, setErr] = useState<string>();
  const [busy, setBusy] = useState(false);
  async function send(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const problem = await submit(text);
    setBusy(false);
    setErr(problem);
    if (!problem) setText('');
  }
  return (
    <form className="comment-form" onSubmit={(e) => void send(e)}>
      <label>
        <span className="visually-hidden">{label}</span>
        <textarea value={text} onChange={(e) => setText(e.target.value)} maxLength={10000} rows={3} placeholder="**bold**, *emphasis*, `code`, - lists, links, @username" aria-label={label} />
      </label>
      <div className="toolbar">
        <button type="submit" disabled={busy || !text.trim()}>
          {label}
        </button>
        {onCancel && (
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
      {err && (
        <p className="form-error" role="alert">
          {err}
        </p>
      )}
    </form>
  );
}

function Comments({
  targetID,
  comments,
  canWrite,
  canManage,
  title = 'Comments',
}: {
  targetID: string;
  comments: CommentRow[];
  canWrite: boolean;
  canManage: boolean;
  title?: string;
}) {
  const me = useMe();
  const [, addComment] = useMutation(AddCommentDocument);
  const [, updateComment] = useMutation(UpdateCommentDocument);
  const [, deleteComment] = useMutation(DeleteCommentDocument);
  const [replyTo, setReplyTo] = useState<string>();
  const [editing, setEditing] = useState<string>();
  const rows = thread(comments);
  const add = async (text: string, parentID?: string) => {
    const r = await addComment({ targetID, text, parentID });
    if (r.error) return errorMessage(r.error);
    setReplyTo(undefined);
    return undefined;
  };
  return (
    <section className="comments" aria-labelledby={`comments-title-${targetID}`}>
      <h2 id={`comments-title-${targetID}`} className="section-title">
        {title} ({comments.filter((c) => !c.deletedAt).length})
      </h2>
      <ol className="comment-list">
        {rows.map(({ c, depth }) => {
          const mine = c.author.id === me.id;
          return (
            <li key={c.id} className="comment" style={{ marginInlineStart: `${depth * 1.5}rem` }} data-testid="comment">
              <div className="comment-meta">
                <strong>{c.author.displayName || c.author.username}</strong> <time dateTime={c.createdAt}>{formatDateTime(c.createdAt)}</time>
                {c.editedAt && !c.deletedAt && (
                  <details className="comment-history">
                    <summary>edited</summary>
                    <ol>
                      {c.history.map((h, i) => (
                        <li key={i}>
                          <span className="muted">until {formatDateTime(h.replacedAt)}:</span> {h.text}
                        </li>
                      ))}
                    </ol>
                  </details>
                )}
              </div>
              {c.deletedAt ? (
                <p className="muted">This comment was deleted.</p>
              ) : editing === c.id ? (
                <CommentForm
                  label="Save"
                  initial={c.text}
                  onCancel={() => setEditing(undefined)}
                  submit={async (text) => {
                    const r = await updateComment({ id: c.id, text });
                    if (r.error) return errorMessage(r.error);
                    setEditing(undefined);
                    return undefined;
                  }}
                />
              ) : (
                <MarkdownLite text={c.text} />
              )}
              {!c.deletedAt && editing !== c.id && (
                <div className="toolbar comment-actions">
                  {canWrite && (
                    <button type="button" className="button-small" onClick={() => setReplyTo(replyTo === c.id ? undefined : c.id)}>
                      Reply
                    </button>
                  )}
                  {canWrite && mine && (
                    <button type="button" className="button-small" onClick={() => setEditing(c.id)}>
                      Edit
                    </button>
                  )}
                  {((canWrite && mine) || canManage) && (
                    <button type="button" className="button-small" onClick={() => void deleteComment({ id: c.id })}>
                      Delete
                    </button>
                  )}
                </div>
              )}
              {replyTo === c.id && <CommentForm label="Reply" submit={(text) => add(text, c.id)} onCancel={() => setReplyTo(undefined)} />}
            </li>
          );
        })}
      </ol>
      {rows.length === 0 && <p className="muted">No comments yet.</p>}
      {canWrite && <CommentForm label="Comment" submit={(text) => add(text)} />}
    </section>
  );
}

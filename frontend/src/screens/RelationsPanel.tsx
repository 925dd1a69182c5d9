// The Relations panel of an email, a folder or a workspace: its relations
// in both directions (the other end a link), removal where the server
// allows it, and a picker that relates it to a document the viewer reads
// (emails by subject, folders and workspaces by title) or to a web link.
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import type { NodeRelationsQuery, Permission, RelationEndFragment, RelationPredicate, RelationSourceLevelFragment } from '../gql/graphql';
import { errorMessage } from '../lib/errors';
import { allows } from '../lib/permissions';
import { useMe } from '../lib/session';

export const RelationEndFields = graphql(`
  fragment RelationEnd on Node {
    __typename
    id
    ... on Email {
      subject
      folder {
        id
        title
      }
    }
    ... on EmailFolder {
      title
    }
    ... on Workspace {
      title
    }
  }
`);

// The viewer's permission on a relation's source: deleting needs WRITE
// there (for its creator) or MANAGE.
export const RelationSourceLevelFields = graphql(`
  fragment RelationSourceLevel on Node {
    ... on Email {
      folder {
        id
        myPermission
      }
    }
    ... on EmailFolder {
      myPermission
    }
    ... on Workspace {
      myPermission
    }
  }
`);

export const RelationRowFields = graphql(`
  fragment RelationRow on Relation {
    id
    predicate
    url
    createdAt
    createdBy {
      id
      username
    }
    source {
      id
      ...RelationEnd
      ...RelationSourceLevel
    }
    target {
      id
      ...RelationEnd
    }
  }
`);

// The same field under each type, as HistoryList does: Graphcache has no
// schema and matches a fragment on another type by the fields it holds.
const NodeRelationsDocument = graphql(`
  query NodeRelations($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Email {
        relations {
          ...RelationRow
        }
      }
      ... on EmailFolder {
        relations {
          ...RelationRow
        }
      }
      ... on Workspace {
        relations {
          ...RelationRow
        }
      }
    }
  }
`);

const RelationCandidatesDocument = graphql(`
  query RelationCandidates($query: String!) {
    relationCandidates(query: $query, first: 8) {
      id
      ...RelationEnd
    }
  }
`);

const CreateRelationDocument = graphql(`
  mutation CreateRelation($sourceID: ID!, $targetID: ID, $url: String, $predicate: RelationPredicate!) {
    createRelation(sourceID: $sourceID, targetID: $targetID, url: $url, predicate: $predicate) {
      id
    }
  }
`);

const DeleteRelationDocument = graphql(`
  mutation DeleteRelation($id: ID!) {
    deleteRelation(id: $id)
  }
`);

export const predicates: { value: RelationPredicate; label: string; inverse: string }[] = [
  { value: 'REFERENCES', label: 'references', inverse: 'is referenced by' },
  { value: 'REPLIES_TO', label: 'replies to', inverse: 'is replied to by' },
  { value: 'IS_BASED_ON', label: 'is based on', inverse: 'is the basis of' },
  { value: 'REQUIRES', label: 'requires', inverse: 'is required by' },
  { value: 'CONFORMS_TO', label: 'conforms to', inverse: 'is conformed to by' },
];

/** What a document is called in the panel's sentences. */
const nouns: Record<string, string> = { Email: 'email', EmailFolder: 'folder', Workspace: 'workspace' };

/** The longest query the server takes (collab.MaxCandidateQuery). */
const maxQuery = 100;

type Related = Extract<NonNullable<NodeRelationsQuery['node']>, { relations: unknown }>;

/** The permission the viewer holds on a relation's source (an email's is its folder's). */
function levelOf(n: RelationSourceLevelFragment): Permission | null | undefined {
  if ('folder' in n && n.folder && 'myPermission' in n.folder) return n.folder.myPermission;
  if ('myPermission' in n) return n.myPermission;
  return undefined;
}

function EndLink({ end }: { end: RelationEndFragment }) {
  switch (end.__typename) {
    case 'Email':
      return <Link to={`/email/${end.id}`}>{end.subject || '(no subject)'}</Link>;
    case 'EmailFolder':
      return <Link to={`/folders/${end.id}`}>folder {end.title}</Link>;
    case 'Workspace':
      return <Link to={`/workspaces/${end.id}`}>workspace {end.title}</Link>;
  }
  return <span>{end.id}</span>;
}

function candidateLabel(c: RelationEndFragment) {
  switch (c.__typename) {
    case 'Email':
      return (
        <>
          {c.subject || '(no subject)'} <span className="muted">email in {c.folder.title}</span>
        </>
      );
    case 'EmailFolder':
      return (
        <>
          {c.title} <span className="muted">folder</span>
        </>
      );
    case 'Workspace':
      return (
        <>
          {c.title} <span className="muted">workspace</span>
        </>
      );
  }
  return c.id;
}

/** The text typed, once it has not changed for a moment (one query per pause, not per key). */
function useSettled(value: string, ms = 200) {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return settled;
}

/**
 * Relations of an email, a folder or a workspace, at either end. canWrite:
 * the viewer may add relations from it (WRITE, not in the trash), as the
 * page knows.
 */
export function RelationsPanel({ nodeID, canWrite }: { nodeID: string; canWrite: boolean }) {
  const [{ data, error }] = useQuery({ query: NodeRelationsDocument, variables: { id: nodeID }, requestPolicy: 'cache-and-network' });
  const node = data?.node && 'relations' in data.node ? data.node : undefined;
  if (error && !data) return <p className="form-error">{errorMessage(error)}</p>;
  if (!node) return null;
  return <Relations node={node} canWrite={canWrite} />;
}

function Relations({ node, canWrite }: { node: Related; canWrite: boolean }) {
  const me = useMe();
  const nodeID = node.id;
  const [predicate, setPredicate] = useState<RelationPredicate>('REFERENCES');
  const [query, setQuery] = useState('');
  const [url, setURL] = useState('');
  const [err, setErr] = useState<string>();
  const [, createRelation] = useMutation(CreateRelationDocument);
  const [, deleteRelation] = useMutation(DeleteRelationDocument);
  const settled = useSettled(query.trim());
  const [{ data: found }] = useQuery({ query: RelationCandidatesDocument, variables: { query: settled }, pause: settled.length < 2 });
  const noun = nouns[node.__typename] ?? 'document';
  const candidates = query.trim().length < 2 ? [] : (found?.relationCandidates ?? []).filter((c) => c.id !== node.id);
  const label = (p: RelationPredicate, outgoing: boolean) => {
    const d = predicates.find((x) => x.value === p);
    return outgoing ? d?.label : d?.inverse;
  };
  async function relate(target: { targetID?: string; url?: string }) {
    const r = await createRelation({ sourceID: nodeID, predicate, ...target });
    setErr(r.error ? errorMessage(r.error) : undefined);
    if (!r.error) {
      setQuery('');
      setURL('');
    }
  }
  return (
    <section className="relations" aria-labelledby="relations-title">
      <h2 id="relations-title" className="section-title">
        Relations
      </h2>
      {node.relations.length === 0 ? (
        <p className="muted">No relations.</p>
      ) : (
        <ul className="relation-list">
          {node.relations.map((r) => {
            const outgoing = r.source.id === node.id;
            const other = outgoing ? r.target : r.source;
            // The server's rule: its creator with WRITE on the source, or MANAGE there.
            const sourceLevel = levelOf(r.source);
            const removable = (allows(sourceLevel, 'WRITE') && r.createdBy.id === me.id) || allows(sourceLevel, 'MANAGE');
            return (
              <li key={r.id} data-testid="relation">
                <span className="muted">
                  This {noun} {label(r.predicate, outgoing)}
                </span>{' '}
                {other ? (
                  <EndLink end={other} />
                ) : (
                  <a href={r.url ?? undefined} target="_blank" rel="noopener noreferrer nofollow">
                    {r.url}
                  </a>
                )}
                {removable && (
                  <button type="button" className="button-small" onClick={() => void deleteRelation({ id: r.id })}>
                    Remove
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {canWrite && (
        <div className="relation-picker">
          <label>
            Relation{' '}
            <select value={predicate} onChange={(e) => setPredicate(e.target.value as RelationPredicate)}>
              {predicates.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Find a document (email subject, folder or workspace title){' '}
            <input type="search" value={query} maxLength={maxQuery} onChange={(e) => setQuery(e.target.value)} placeholder="Subject or title" />
          </label>
          {candidates.length > 0 && (
            <ul className="relation-candidates" aria-label="Matching documents">
              {candidates.map((c) => (
                <li key={c.id}>
                  <button type="button" className="button-small" onClick={() => void relate({ targetID: c.id })}>
                    {candidateLabel(c)}
                  </button>
                </li>
              ))}
            </ul>
          )}
          <form
            onSubmit={(e) => {
              e.preventDefault();
              if (url.trim()) void relate({ url });
            }}
          >
            <label>
              or a web link <input type="url" value={url} maxLength={2048} onChange={(e) => setURL(e.target.value)} placeholder="https://…" />
            </label>
            <button type="submit" className="button-small">
              Link
            </button>
          </form>
          {err && (
            <p className="form-error" role="alert">
              {err}
            </p>
          )}
        </div>
      )}
    </section>
  );
}

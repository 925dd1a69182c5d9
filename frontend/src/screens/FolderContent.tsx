import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { Pager } from '../components/Pager';
import { EmptyState, ErrorState, Loading } from '../components/States';
import { graphql } from '../gql';
import { errorMessage } from '../lib/errors';
import { plural } from '../lib/format';
import { navigate as pageNavigation, pageVariables, readPageState, toggleSort, writePageState, type PageState } from '../lib/paging';
import type { Arrivals } from '../lib/useFolderFetch';
import { EmailTable, type Selection } from './EmailTable';
import { download, maxZipEmails, zipExportURL } from './FolderCarry';

const FolderEmailsDocument = graphql(`
  query FolderEmails($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: EmailOrder, $where: EmailWhereInput) {
    node(id: $id) {
      __typename
      ... on EmailFolder {
        id
        emails(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {
          totalCount
          pageInfo {
            hasNextPage
            hasPreviousPage
            startCursor
            endCursor
          }
          edges {
            cursor
            node {
              ...EmailRowFields
            }
          }
        }
      }
    }
  }
`);

const FolderConversationsDocument = graphql(`
  query FolderConversations($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on EmailFolder {
        id
        conversations(first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo {
            hasNextPage
            hasPreviousPage
            startCursor
            endCursor
          }
          edges {
            cursor
            node {
              ...EmailRowFields
              threadSize
            }
          }
        }
      }
    }
  }
`);

export const pageSize = 50;
export type { Arrivals };

const noArrivals: Arrivals = { ids: [] };

/** The first page, newest first: where arriving mail shows up by itself. */
export function isLiveView(s: PageState): boolean {
  return s.sort === 'date' && s.dir === 'desc' && !s.after && !s.before && !s.last;
}

interface Props {
  folderID: string;
  arrivals?: Arrivals;
}

export function FolderContent({ folderID, arrivals = noArrivals }: Props) {
  const [params, setParams] = useSearchParams();
  // ?view=conversations: one row per thread, newest first (the only order it has).
  const grouped = params.get('view') === 'conversations';
  const state = grouped ? { ...readPageState(params), sort: 'date' as const, dir: 'desc' as const } : readPageState(params);
  // ?tag=: only the emails with that tag (not in the conversations view).
  const tag = grouped ? '' : (params.get('tag') ?? '');
  const live = isLiveView(state) && !tag;
  const variables = { id: folderID, ...pageVariables(state, pageSize) };
  const [emails, refetchEmails] = useQuery({
    query: FolderEmailsDocument,
    variables: { ...variables, where: tag ? { hasTagsWith: [{ name: tag }] } : undefined },
    requestPolicy: 'cache-and-network',
    pause: grouped,
  });
  const { orderBy: _order, ...threadVariables } = variables;
  const [threads, refetchThreads] = useQuery({
    query: FolderConversationsDocument,
    variables: threadVariables,
    requestPolicy: 'cache-and-network',
    pause: !grouped,
  });
  const { data, fetching, error } = grouped ? threads : emails;
  const refetch = grouped ? refetchThreads : refetchEmails;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const selection: Selection = {
    has: (id) => selected.has(id),
    toggle: (ids, on) =>
      setSelected((prev) => {
        const next = new Set(prev);
        for (const id of ids) {
          if (on) next.add(id);
          else next.delete(id);
        }
        return next;
      }),
  };

  // Away from the first page, arrivals are counted from when this view was
  // entered, and announced instead of shown.
  // (State adjusted while rendering, as React allows, not a ref.)
  const key = params.toString();
  const [mark, setMark] = useState({ key, seen: arrivals.ids.length });
  if (mark.key !== key || (live && mark.seen !== arrivals.ids.length)) setMark({ key, seen: arrivals.ids.length });
  const unseen = live || mark.key !== key ? 0 : arrivals.ids.length - mark.seen;
  const arrived = new Set(arrivals.ids);

  const node = data?.node?.__typename === 'EmailFolder' ? data.node : undefined;
  const conn = node && ('conversations' in node ? node.conversations : 'emails' in node ? node.emails : undefined);

  function go(s: PageState, view = grouped, withTag = tag) {
    const p = writePageState(s);
    if (view) p.set('view', 'conversations');
    else if (withTag) p.set('tag', withTag);
    setParams(p);
  }

  if (error && !data) return <ErrorState title="The emails could not be loaded" message={errorMessage(error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!conn) return <Loading what="Loading emails" />;

  const rows = conn.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const threadSizes: Record<string, number> = {};
  const threadNode = threads.data?.node?.__typename === 'EmailFolder' ? threads.data.node : undefined;
  for (const e of threadNode?.conversations.edges ?? []) if (e?.node) threadSizes[e.node.id] = e.node.threadSize;
  const filter = grouped ? null : <TagFilter tag={tag} onChange={(t) => go({ sort: state.sort, dir: state.dir }, false, t)} />;
  if (conn.totalCount === 0 && tag) {
    return (
      <section aria-label="Emails">
        {filter}
        <p className="muted">No email of this folder has the tag “{tag}”.</p>
      </section>
    );
  }
  if (conn.totalCount === 0) {
    return (
      <EmptyState title="No emails yet — click Check email">
        <p>Mailroom imports the unread mail of the account. New mail also arrives on its own, pushed by the server or at each scheduled check.</p>
      </EmptyState>
    );
  }
  const nav = pageNavigation(state, conn.pageInfo, rows.length, conn.totalCount, pageSize);
  const pager = (where: 'top' | 'bottom') => (
    <Pager
      label={`Email pages (${where})`}
      start={nav.start}
      count={rows.length}
      total={conn.totalCount}
      hasPrevious={nav.hasPrevious}
      hasNext={nav.hasNext}
      onFirst={() => go(nav.first)}
      onPrevious={() => go(nav.previous)}
      onNext={() => go(nav.next)}
      onLast={() => go(nav.last)}
    />
  );
  return (
    <section aria-label="Emails" className={fetching ? 'is-refreshing' : undefined}>
      {!live && unseen > 0 && (
        <div className="arrivals-bar" role="status">
          <span>{unseen === 1 ? 'A new email arrived' : `${plural(unseen, 'new email')} arrived`} while you were here.</span>
          <button type="button" className="button-small" onClick={() => go({ sort: 'date', dir: 'desc' })}>
            Show the newest
          </button>
        </div>
      )}
      <div className="content-toolbar">
        <label className="checkbox-inline">
          <input type="checkbox" checked={grouped} onChange={(e) => go({ sort: 'date', dir: 'desc' }, e.currentTarget.checked)} /> Group by conversation
        </label>
        {selected.size > 0 && (
          <span className="selection-actions" role="group" aria-label="Selected emails">
            <span>{plural(selected.size, 'email')} selected</span>
            <button type="button" className="button-small" disabled={selected.size > maxZipEmails} onClick={() => download(zipExportURL([...selected]))}>
              Export selected (.zip)
            </button>
            <button type="button" className="button-small button-quiet" onClick={() => setSelected(new Set())}>
              Clear
            </button>
            {selected.size > maxZipEmails && <span className="form-error">At most {maxZipEmails} at a time; export the folder as mbox for more.</span>}
          </span>
        )}
      </div>
      {filter}
      {pager('top')}
      <EmailTable
        rows={rows}
        sort={state.sort}
        dir={state.dir}
        onSort={grouped ? undefined : (f) => go(toggleSort(state, f))}
        caption={grouped ? 'Conversations of the folder, newest first' : 'Emails of the folder'}
        isNew={(id) => arrived.has(id)}
        selection={selection}
        threadSizes={grouped ? threadSizes : undefined}
      />
      {rows.length > 15 && pager('bottom')}
    </section>
  );
}

/** Filter by tag: what the table's tag chips set, typed or cleared here. */
function TagFilter({ tag, onChange }: { tag: string; onChange(tag: string): void }) {
  const [text, setText] = useState(tag);
  const [shown, setShown] = useState(tag);
  if (shown !== tag) {
    setShown(tag);
    setText(tag);
  }
  return (
    <form
      className="tag-filter"
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        onChange(text.trim().toLowerCase().split(/\s+/).join(' '));
      }}
    >
      <label>
        Filter by tag <input value={text} maxLength={64} onChange={(e) => setText(e.target.value)} placeholder="tag" />
      </label>
      <button type="submit" className="button-small">
        Filter
      </button>
      {tag && (
        <button type="button" className="button-small" onClick={() => onChange('')}>
          Clear tag “{tag}”
        </button>
      )}
    </form>
  );
}

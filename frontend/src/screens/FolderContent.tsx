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
import { EmailTable } from './EmailTable';

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
  const state = readPageState(params);
  const tag = params.get('tag') ?? '';
  const live = isLiveView(state) && !tag;
  const [{ data, fetching, error }, refetch] = useQuery({
    query: FolderEmailsDocument,
    variables: { id: folderID, ...pageVariables(state, pageSize), where: tag ? { hasTagsWith: [{ name: tag }] } : undefined },
    requestPolicy: 'cache-and-network',
  });

  // Away from the first page, arrivals are counted from when this view was
  // entered, and announced instead of shown.
  // (State adjusted while rendering, as React allows, not a ref.)
  const key = params.toString();
  const [mark, setMark] = useState({ key, seen: arrivals.ids.length });
  if (mark.key !== key || (live && mark.seen !== arrivals.ids.length)) setMark({ key, seen: arrivals.ids.length });
  const unseen = live || mark.key !== key ? 0 : arrivals.ids.length - mark.seen;
  const arrived = new Set(arrivals.ids);

  const conn = data?.node?.__typename === 'EmailFolder' ? data.node.emails : undefined;

  function go(s: PageState, withTag = tag) {
    const p = writePageState(s);
    if (withTag) p.set('tag', withTag);
    setParams(p);
  }

  if (error && !data) return <ErrorState title="The emails could not be loaded" message={errorMessage(error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!conn) return <Loading what="Loading emails" />;

  const rows = conn.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const filter = <TagFilter tag={tag} onChange={(t) => go({ sort: state.sort, dir: state.dir }, t)} />;
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
      {filter}
      {pager('top')}
      <EmailTable
        rows={rows}
        sort={state.sort}
        dir={state.dir}
        onSort={(f) => go(toggleSort(state, f))}
        caption="Emails of the folder"
        isNew={(id) => arrived.has(id)}
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

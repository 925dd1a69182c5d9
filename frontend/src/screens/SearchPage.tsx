import type { KeyboardEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../components/States';
import { graphql } from '../gql';
import { errorMessage } from '../lib/errors';
import { displayName, formatDateTime, plural } from '../lib/format';
import { parseChips, removeChip, searchURL, snippetParts } from '../lib/searchQuery';
import { useTitle } from '../lib/useTitle';
import { SearchBox } from './SearchBox';
import './search.css';

const SearchDocument = graphql(`
  query Search($query: String!, $folderID: ID, $first: Int, $after: Cursor) {
    search(query: $query, folderID: $folderID, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          subject
          sentAt
          from {
            name
            address
          }
          folder {
            id
            title
          }
          searchSnippet
        }
      }
    }
  }
`);

const SearchFolderDocument = graphql(`
  query SearchFolder($id: ID!) {
    node(id: $id) {
      ... on EmailFolder {
        id
        title
      }
    }
  }
`);

export const searchPageSize = 25;

/** The snippet as text with its matches marked: never parsed as HTML. */
export function Snippet({ html }: { html: string }) {
  return (
    <p className="search-snippet">
      {snippetParts(html).map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </p>
  );
}

/** ↑ and ↓ move between the results' links; Enter opens the focused one (a link). */
function moveFocus(e: KeyboardEvent<HTMLElement>) {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const links = Array.from(e.currentTarget.querySelectorAll<HTMLAnchorElement>('.search-result-link'));
  const at = links.indexOf(document.activeElement as HTMLAnchorElement);
  const next = e.key === 'ArrowDown' ? at + 1 : at - 1;
  if (next >= 0 && next < links.length) {
    e.preventDefault();
    links[next].focus();
  } else if (next < 0) {
    e.preventDefault();
    document.querySelector<HTMLInputElement>('.search-box input')?.focus();
  }
}

/** /search?q=…&folder=…&after=…: results with snippets, the query's filters as chips. */
export function SearchPage() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const query = params.get('q') ?? '';
  const folderID = params.get('folder') ?? undefined;
  const after = params.get('after') ?? undefined;
  useTitle(query ? `Search: ${query}` : 'Search');
  const [{ data, fetching, error }] = useQuery({
    query: SearchDocument,
    variables: { query, folderID, first: searchPageSize, after },
    pause: query.trim() === '',
    requestPolicy: 'network-only',
  });
  const [folder] = useQuery({ query: SearchFolderDocument, variables: { id: folderID ?? '' }, pause: !folderID });
  const folderTitle = folder.data?.node && 'title' in folder.data.node ? folder.data.node.title : undefined;
  const chips = parseChips(query);
  const result = data?.search;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Search</h1>
          {folderID && (
            <p className="muted">
              In the folder {folderTitle ? `“${folderTitle}”` : ''} ·{' '}
              <Link to={searchURL(query)}>search every folder</Link>
            </p>
          )}
        </div>
        {folderID && <SearchBox folderID={folderID} label="Search this folder" />}
      </div>
      {chips.length > 0 && (
        <ul className="search-chips" aria-label="Filters">
          {chips.map((c) => (
            <li key={`${c.start}-${c.label}`}>
              <button
                type="button"
                className="button-small search-chip"
                aria-label={`Remove filter ${c.label}`}
                onClick={() => {
                  const rest = removeChip(query, c);
                  navigate(rest ? searchURL(rest, folderID) : folderID ? `/folders/${folderID}` : '/');
                }}
              >
                {c.label} <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {query.trim() === '' ? (
        <EmptyState title="Type what to look for">
          Words, "phrases", prefixes (inv*), -word, and the filters from: to: subject: has:attachment before:YYYY-MM-DD after:YYYY-MM-DD
          in:folder.
        </EmptyState>
      ) : error ? (
        <ErrorState title="The search could not run" message={errorMessage(error)} />
      ) : fetching && !result ? (
        <Loading what="Searching" />
      ) : result && result.edges && result.edges.length > 0 ? (
        <>
          <p className="muted" role="status">
            {plural(result.totalCount, 'email')} found{after ? ' (a later page)' : ''}
          </p>
          <ol className="search-results" onKeyDown={moveFocus}>
            {result.edges.map((edge) => {
              const e = edge?.node;
              if (!e) return null;
              return (
                <li key={e.id}>
                  <Link to={`/email/${e.id}`} className="search-result-link">
                    {e.subject || '(no subject)'}
                  </Link>
                  <p className="search-result-meta muted">
                    {displayName(e.from)} · {e.sentAt ? formatDateTime(e.sentAt) : 'no date'}
                    {!folderID && <> · {e.folder.title}</>}
                  </p>
                  {e.searchSnippet && <Snippet html={e.searchSnippet} />}
                </li>
              );
            })}
          </ol>
          <div className="toolbar">
            {after && (
              <Link className="button" to={searchURL(query, folderID)}>
                First results
              </Link>
            )}
            {result.pageInfo.hasNextPage && result.pageInfo.endCursor && (
              <Link className="button" to={`${searchURL(query, folderID)}&after=${encodeURIComponent(result.pageInfo.endCursor)}`}>
                More results
              </Link>
            )}
          </div>
        </>
      ) : (
        <EmptyState title="Nothing found">No email you can read matches “{query}”.</EmptyState>
      )}
    </>
  );
}

const SearchIndexDocument = graphql(`
  query SearchIndexHealth($id: ID!) {
    node(id: $id) {
      ... on EmailFolder {
        id
        searchIndexed
        searchIndexTotal
      }
    }
  }
`);

/** "Search index: 98,512 of 98,512 emails" under a folder's status. */
export function SearchIndexHealth({ folderID }: { folderID: string }) {
  const [{ data }] = useQuery({ query: SearchIndexDocument, variables: { id: folderID } });
  const f = data?.node && 'searchIndexed' in data.node ? data.node : undefined;
  if (!f) return null;
  const n = new Intl.NumberFormat();
  return (
    <p className="search-index-health muted">
      Search index: {n.format(f.searchIndexed)} of {n.format(f.searchIndexTotal)} emails
      {f.searchIndexed < f.searchIndexTotal && ' (indexing…)'}
    </p>
  );
}

import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, Loading, Spinner } from '../components/States';
import { graphql } from '../gql';
import type { FetchRunRowFragment } from '../gql/graphql';
import { formatDuration, reprocessable, runSummary, triggerLabels } from '../lib/activity';
import { errorMessage } from '../lib/errors';
import { grow, maxPageSize } from '../lib/paging';
import { formatDateTime, formatRelative, plural } from '../lib/format';

const FolderRunsDocument = graphql(`
  query FolderRuns($id: ID!, $first: Int!) {
    node(id: $id) {
      __typename
      ... on EmailFolder {
        id
        fetchRuns(first: $first, orderBy: { direction: DESC, field: STARTED_AT }) {
          totalCount
          pageInfo {
            hasNextPage
          }
          edges {
            node {
              ...FetchRunRow
            }
          }
        }
      }
    }
  }
`);

export const FetchRunRow = graphql(`
  fragment FetchRunRow on FetchRun {
    id
    trigger
    startedAt
    finishedAt
    imported
    duplicates
    failed
    remaining
    error
    failures {
      serverUID
      reason
    }
  }
`);

type Run = FetchRunRowFragment;

const step = 20;

interface Props {
  folderID: string;
  /** Checks email again, which retries the messages that failed; absent without WRITE. */
  onReprocess?(): void;
  reprocessing?: boolean;
  /** Where a run's ledger entries are shown (FolderReconciliation with its runID); no link when absent. */
  entriesHref?(runID: string): string;
}

/** The Activity tab: the folder's fetch history, newest first. */
export function FolderActivity({ folderID, onReprocess, reprocessing, entriesHref }: Props) {
  const [first, setFirst] = useState(step);
  const [{ data, error, fetching }, refetch] = useQuery({
    query: FolderRunsDocument,
    variables: { id: folderID, first },
    requestPolicy: 'cache-and-network',
  });

  const conn = data?.node?.__typename === 'EmailFolder' ? data.node.fetchRuns : undefined;
  if (error && !data) return <ErrorState title="The activity could not be loaded" message={errorMessage(error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!conn) return <Loading what="Loading the activity" />;
  const runs = conn.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  if (runs.length === 0) {
    return (
      <EmptyState title="Nothing fetched yet">
        <p>Each check of the folder — by a click on Check email, on schedule or pushed by the server — is listed here with what it imported.</p>
      </EmptyState>
    );
  }
  const retry = reprocessable(runs);
  return (
    <section aria-label="Activity" className={fetching ? 'is-refreshing' : undefined}>
      {retry && (
        <div className="alert alert-warn reprocess" role="note">
          <span>
            The last check could not import {plural(retry.failed, 'message')}. They stay unread on the server and are retried by the next check.
          </span>
          {onReprocess && (
            <button type="button" className="button-small" onClick={onReprocess} disabled={reprocessing}>
              {reprocessing && <Spinner />} Reprocess
            </button>
          )}
        </div>
      )}
      <div className="table-wrap">
        <table className="table activity-table">
          <caption className="visually-hidden">Fetch history, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Started</th>
              <th scope="col">Trigger</th>
              <th scope="col">Result</th>
              <th scope="col">Duration</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((r) => (
              <RunRow key={r.id} run={r} entriesHref={entriesHref?.(r.id)} />
            ))}
          </tbody>
        </table>
      </div>
      <p className="pager">
        <span className="pager-range">
          {runs.length.toLocaleString('en-US')} of {plural(conn.totalCount, 'check')}
        </span>
        {conn.pageInfo.hasNextPage &&
          (first < maxPageSize ? (
            <button type="button" onClick={() => setFirst((n) => grow(n, step))}>
              Show older checks
            </button>
          ) : (
            <span className="muted">The {maxPageSize} most recent checks are listed.</span>
          ))}
      </p>
    </section>
  );
}

function RunRow({ run, entriesHref }: { run: Run; entriesHref?: string }) {
  const failures = run.failures ?? [];
  return (
    <tr className={run.error ? 'run-failed' : undefined}>
      <td className="col-date">
        <time dateTime={run.startedAt} title={formatDateTime(run.startedAt)}>
          {formatDateTime(run.startedAt)}
        </time>
        <span className="muted"> · {formatRelative(run.startedAt)}</span>
      </td>
      <td>
        <span className={`badge badge-trigger trigger-${run.trigger.toLowerCase()}`}>{triggerLabels[run.trigger]}</span>
      </td>
      <td>
        <span className={run.error ? 'error' : undefined}>{runSummary(run)}</span>
        {entriesHref && run.imported + run.duplicates + run.failed > 0 && (
          <>
            {' '}
            <Link to={entriesHref} className="run-entries">
              Entries
            </Link>
          </>
        )}
        {failures.length > 0 && (
          <details className="failures">
            <summary>{plural(failures.length, 'message')} not imported</summary>
            <ul>
              {failures.map((f) => (
                <li key={f.serverUID}>
                  <span className="muted">Message {f.serverUID}:</span> {f.reason}
                </li>
              ))}
            </ul>
          </details>
        )}
      </td>
      <td className="col-duration">{run.finishedAt ? formatDuration(run.startedAt, run.finishedAt) : <Spinner label="Running" />}</td>
    </tr>
  );
}

import { useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, Loading } from '../components/States';
import { graphql } from '../gql';
import type { LedgerEntryFieldsFragment, LedgerOutcome } from '../gql/graphql';
import { errorMessage } from '../lib/errors';
import { formatDateTime, plural } from '../lib/format';

graphql(`
  fragment LedgerEntryFields on LedgerEntryConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      cursor
      node {
        serverUID
        uidValidity
        messageID
        outcome
        email {
          id
          subject
        }
        duplicateOf {
          id
          subject
        }
        duplicateBy
        reason
        willRetry
        at
      }
    }
  }
`);

const FolderReconciliationDocument = graphql(`
  query FolderReconciliation($id: ID!, $runID: ID!, $byRun: Boolean!, $first: Int!, $after: Cursor, $outcome: LedgerOutcome) {
    node(id: $id) {
      __typename
      ... on EmailFolder {
        id
        ledgerCSVURL
        reconciliation {
          checkedAt
          onServer
          unreadOnServer
          newOnServer
          imported
          duplicates
          failed
          purged
          remaining
          offered
        }
        ledger(first: $first, after: $after, outcome: $outcome) @skip(if: $byRun) {
          ...LedgerEntryFields
        }
      }
    }
    run: node(id: $runID) @include(if: $byRun) {
      __typename
      ... on FetchRun {
        id
        startedAt
        ledger(first: $first, after: $after, outcome: $outcome) {
          ...LedgerEntryFields
        }
      }
    }
  }
`);

type Entry = NonNullable<NonNullable<NonNullable<LedgerEntryFieldsFragment['edges']>[number]>['node']>;

const pageSize = 50;

/** The outcome filters, in the order of the numbers. */
const outcomes: { value: LedgerOutcome; label: string }[] = [
  { value: 'IMPORTED', label: 'Imported' },
  { value: 'DUPLICATE', label: 'Duplicates' },
  { value: 'FAILED', label: 'Failed' },
  { value: 'PURGED', label: 'Deleted for good' },
];

const outcomeLabels: Record<LedgerOutcome, string> = {
  IMPORTED: 'Imported',
  DUPLICATE: 'Duplicate',
  FAILED: 'Failed',
  PURGED: 'Deleted for good',
};

interface Props {
  folderID: string;
  /** Shows only the entries one fetch run produced (the Activity tab links here). */
  runID?: string;
}

/**
 * A folder's reconciliation: what the server offered and what became of each
 * message — numbers that add up, filterable entries with links to the
 * emails, and the whole ledger as CSV.
 */
export function FolderReconciliation({ folderID, runID }: Props) {
  const [outcome, setOutcome] = useState<LedgerOutcome | null>(null);
  // The cursors of the pages before this one: the ledger pages forward only.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [forRun, setForRun] = useState(runID);
  if (forRun !== runID) {
    // Another run's entries: start from their first page.
    setForRun(runID);
    setCursors([null]);
  }
  const after = cursors[cursors.length - 1];
  const [{ data, error, fetching }, refetch] = useQuery({
    query: FolderReconciliationDocument,
    variables: { id: folderID, runID: runID ?? folderID, byRun: !!runID, first: pageSize, after, outcome },
    requestPolicy: 'cache-and-network',
  });
  const show = (o: LedgerOutcome | null) => {
    setOutcome(o);
    setCursors([null]);
  };

  const folder = data?.node?.__typename === 'EmailFolder' ? data.node : undefined;
  const run = data?.run?.__typename === 'FetchRun' ? data.run : undefined;
  if (error && !data) {
    return <ErrorState title="The reconciliation could not be loaded" message={errorMessage(error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  if (!folder) return <Loading what="Loading the reconciliation" />;
  const rec = folder.reconciliation;
  const conn = runID ? run?.ledger : folder.ledger;
  const entries = conn?.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  const csvURL = folder.ledgerCSVURL + (outcome ? `?outcome=${outcome}` : '');
  const counts: Record<LedgerOutcome, number> = { IMPORTED: rec.imported, DUPLICATE: rec.duplicates, FAILED: rec.failed, PURGED: rec.purged };

  return (
    <section aria-label="Reconciliation" className={fetching ? 'is-refreshing' : undefined}>
      <div className="reconciliation-numbers">
        <dl aria-label="On the server">
          <Count label="On the server" value={rec.onServer} />
          <Count label="Unread on the server" value={rec.unreadOnServer} />
          <Count label="New at the last check" value={rec.newOnServer} />
        </dl>
        <dl aria-label="What became of them">
          {outcomes.map((o) => (
            <Count key={o.value} label={o.label} value={counts[o.value]} onClick={() => show(o.value)} />
          ))}
          <Count label="Remaining" value={rec.remaining} />
          <Count label="Offered in all" value={rec.offered} total />
        </dl>
        <p className="muted reconciliation-note">
          {rec.checkedAt
            ? `The server was last checked ${formatDateTime(rec.checkedAt)}; its numbers are from then, before that check imported. `
            : 'The server has not been checked yet. '}
          Imported, duplicates, failed, deleted for good and remaining add up to {plural(rec.offered, 'message')} offered.
          {rec.failed > 0 && ' Failed messages stay on the server and are retried by the next check unless the failure is final.'}
        </p>
      </div>

      <div className="toolbar ledger-toolbar">
        <div className="chips" role="group" aria-label="Show">
          <button type="button" className="chip" aria-pressed={outcome === null} onClick={() => show(null)}>
            All
          </button>
          {outcomes.map((o) => (
            <button key={o.value} type="button" className="chip" aria-pressed={outcome === o.value} onClick={() => show(o.value)}>
              {o.label}
            </button>
          ))}
        </div>
        <a className="button" href={csvURL} download>
          Download CSV
        </a>
      </div>

      {runID && run && <p className="muted">Entries of the check started {formatDateTime(run.startedAt)}.</p>}
      {entries.length === 0 ? (
        <EmptyState title={outcome ? `No ${outcomeLabels[outcome].toLowerCase()} messages` : 'No messages yet'}>
          <p>Every message the server offers the folder is listed here with what became of it.</p>
        </EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="table ledger-table">
            <caption className="visually-hidden">Messages the server offered, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Message</th>
                <th scope="col">Outcome</th>
                <th scope="col">Email</th>
                <th scope="col">Recorded</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <EntryRow key={`${e.uidValidity ?? ''}/${e.serverUID}/${e.outcome}`} entry={e} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <nav className="pager" aria-label="Pages">
        <span className="pager-range" aria-live="polite">
          {entries.length.toLocaleString('en-US')} of {plural(conn?.totalCount ?? 0, 'message')}
        </span>
        <div className="pager-buttons">
          <button type="button" disabled={cursors.length < 2} onClick={() => setCursors((c) => c.slice(0, -1))}>
            Newer
          </button>
          <button
            type="button"
            disabled={!conn?.pageInfo.hasNextPage}
            onClick={() => conn?.pageInfo.endCursor && setCursors((c) => [...c, conn.pageInfo.endCursor ?? null])}
          >
            Older
          </button>
        </div>
      </nav>
    </section>
  );
}

function Count({ label, value, onClick, total }: { label: string; value: number | null | undefined; onClick?(): void; total?: boolean }) {
  const shown = value === null || value === undefined ? '—' : value.toLocaleString('en-US');
  return (
    <div className={total ? 'number number-total' : 'number'}>
      <dt>{label}</dt>
      <dd>
        {onClick ? (
          <button type="button" className="button-quiet" onClick={onClick} aria-label={`${label}: ${shown}, show them`}>
            {shown}
          </button>
        ) : (
          shown
        )}
      </dd>
    </div>
  );
}

function EntryRow({ entry: e }: { entry: Entry }) {
  return (
    <tr>
      <td>
        <span>UID {e.serverUID}</span>
        {e.messageID && <span className="muted"> · {e.messageID}</span>}
      </td>
      <td>
        <span className={`badge outcome-${e.outcome.toLowerCase()}${e.outcome === 'FAILED' ? ' badge-error' : ''}`}>{outcomeLabels[e.outcome]}</span>
        {e.reason && <span className="muted"> {e.reason}</span>}
        {e.outcome === 'FAILED' && <span className="muted">{e.willRetry ? ' — retried by the next check' : ' — not retried'}</span>}
      </td>
      <td>
        {e.email && <Link to={`/email/${e.email.id}`}>{e.email.subject || '(no subject)'}</Link>}
        {e.duplicateOf && (
          <>
            Duplicate of <Link to={`/email/${e.duplicateOf.id}`}>{e.duplicateOf.subject || '(no subject)'}</Link>
          </>
        )}
      </td>
      <td className="col-date">
        <time dateTime={e.at}>{formatDateTime(e.at)}</time>
      </td>
    </tr>
  );
}

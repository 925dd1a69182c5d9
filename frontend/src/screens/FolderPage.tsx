import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery, useSubscription } from 'urql';
import { Breadcrumbs } from '../components/Breadcrumbs';
import { Pager } from '../components/Pager';
import { EmptyState, ErrorState, Loading, Spinner } from '../components/States';
import { graphql } from '../gql';
import type { FolderSettingsFragment } from '../gql/graphql';
import { errorMessage } from '../lib/errors';
import { afterImportOptions } from '../lib/folderForm';
import { formatDateTime, formatFetchReport, formatRelative } from '../lib/format';
import { navigate as pageNavigation, pageVariables, readPageState, toggleSort, writePageState, type PageState } from '../lib/paging';
import { useTitle } from '../lib/useTitle';
import { EmailTable } from './EmailTable';
import { FolderDialog } from './FolderDialog';
import { NotFound } from './NotFound';

const FolderDocument = graphql(`
  query Folder($id: ID!) {
    node(id: $id) {
      __typename
      ... on EmailFolder {
        ...FolderSettings
        createdAt
        workspace {
          id
          title
        }
      }
    }
  }
`);

const FolderEmailsDocument = graphql(`
  query FolderEmails($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: EmailOrder) {
    node(id: $id) {
      __typename
      ... on EmailFolder {
        id
        emails(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
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
              id
              subject
              from {
                name
                address
              }
              sentAt
              attachmentCount
              parseError
            }
          }
        }
      }
    }
  }
`);

const FetchEmailsDocument = graphql(`
  mutation FetchEmails($folderID: ID!) {
    fetchEmails(folderID: $folderID) {
      imported
      duplicates
      failed
      remaining
      error
    }
  }
`);

const EmailAddedDocument = graphql(`
  subscription EmailAdded($folderID: ID!) {
    emailAdded(folderID: $folderID) {
      id
      subject
    }
  }
`);

export const pageSize = 50;
const emailListContext = { additionalTypenames: ['Email'] };
// A check changes the folder (last fetch) and its emails wherever they are shown.
const fetchContext = { additionalTypenames: ['EmailFolder', 'Email'] };

type CheckState = { state: 'idle' } | { state: 'running' } | { state: 'done'; line: string; failed: boolean };

export function FolderPage({ tab }: { tab: 'content' | 'parameters' }) {
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetchFolder] = useQuery({ query: FolderDocument, variables: { id }, requestPolicy: 'cache-and-network' });
  const [editing, setEditing] = useState(false);
  const [check, setCheck] = useState<CheckState>({ state: 'idle' });
  const [contentVersion, setContentVersion] = useState(0);
  const [, fetchEmails] = useMutation(FetchEmailsDocument);
  const folder = data?.node?.__typename === 'EmailFolder' ? data.node : undefined;
  useTitle(folder?.title);
  const arrivals = useArrivals(id, !folder);
  // Emails our own "Check email" imports are reported by its result line, not
  // as arrivals: absorb events while it runs and shortly after.
  const ownCheck = useRef(false);
  const [seen, setSeen] = useState(0);
  useEffect(() => {
    if (ownCheck.current) setSeen(arrivals.count);
  }, [arrivals.count]);
  const newArrivals = arrivals.count - seen;
  // Mail imported by a scheduled check, a push or another person's click
  // shows up without a reload.
  useEffect(() => {
    if (arrivals.count === 0) return;
    const t = setTimeout(() => {
      refetchFolder({ requestPolicy: 'network-only' });
      setContentVersion((v) => v + 1);
    }, 400);
    return () => clearTimeout(t);
  }, [arrivals.count, refetchFolder]);

  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => refetchFolder({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading what="Loading the folder" />;
  if (!folder) return <NotFound what="email folder" />;

  async function checkEmail() {
    ownCheck.current = true;
    setSeen(arrivals.count);
    setCheck({ state: 'running' });
    const res = await fetchEmails({ folderID: id }, fetchContext);
    setTimeout(() => {
      ownCheck.current = false;
    }, 3000);
    if (res.data) {
      const r = res.data.fetchEmails;
      setCheck({ state: 'done', line: formatFetchReport(r), failed: !!r.error });
    } else {
      setCheck({ state: 'done', line: `The check failed: ${errorMessage(res.error)}`, failed: true });
    }
    refetchFolder({ requestPolicy: 'network-only' });
    setContentVersion((v) => v + 1);
  }

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Workspaces', to: '/' },
          { label: folder.workspace.title, to: `/workspaces/${folder.workspace.id}` },
          { label: folder.title },
        ]}
      />
      <div className="page-header">
        <div>
          <h1>{folder.title}</h1>
          <p className="muted">
            {folder.username || folder.email} · {folder.protocol} {folder.host}:{folder.port}
            {folder.protocol.startsWith('IMAP') && <> · {folder.mailbox}</>}
          </p>
        </div>
        <div className="toolbar">
          <button type="button" className="button-primary" onClick={() => void checkEmail()} disabled={check.state === 'running'} aria-busy={check.state === 'running'}>
            {check.state === 'running' ? (
              <>
                <Spinner /> Checking…
              </>
            ) : (
              'Check email'
            )}
          </button>
          <button type="button" onClick={() => setEditing(true)}>
            Edit
          </button>
        </div>
      </div>

      <div className="fetch-status">
        <p className="last-fetch">
          {folder.lastFetchAt ? (
            <>
              Last checked{' '}
              <time dateTime={folder.lastFetchAt} title={formatDateTime(folder.lastFetchAt)}>
                {formatRelative(folder.lastFetchAt)}
              </time>{' '}
              ({formatDateTime(folder.lastFetchAt)})
            </>
          ) : (
            'Never checked'
          )}
          {folder.fetchIntervalMinutes > 0
            ? ` · checks every ${folder.fetchIntervalMinutes} minute${folder.fetchIntervalMinutes === 1 ? '' : 's'}`
            : ' · manual checks only'}
          {folder.push && folder.protocol.startsWith('IMAP') && ' and on new mail (push)'}
        </p>
        <p className={`check-result ${check.state === 'done' && check.failed ? 'error' : ''}`} role="status" aria-live="polite">
          {check.state === 'running' && 'Checking email…'}
          {check.state === 'done' && check.line}
          {check.state !== 'running' && newArrivals > 0 && (
            <span className="arrivals">
              {check.state === 'done' ? ' · ' : ''}
              {newArrivals === 1 ? 'A new email arrived' : `${newArrivals.toLocaleString('en-US')} new emails arrived`} while you were here.
            </span>
          )}
        </p>
        {folder.lastFetchError && !(check.state === 'done' && check.failed) && (
          <div className="alert alert-error" role="alert">
            <strong>The last check failed:</strong> {folder.lastFetchError}
          </div>
        )}
      </div>

      <nav className="tabs" aria-label="Folder views">
        <Link to={`/folders/${id}`} aria-current={tab === 'content' ? 'page' : undefined} className="tab">
          Content
        </Link>
        <Link to={`/folders/${id}/parameters`} aria-current={tab === 'parameters' ? 'page' : undefined} className="tab">
          Parameters
        </Link>
      </nav>

      {tab === 'content' ? <FolderContent folderID={id} version={contentVersion} /> : <FolderParameters folder={folder} onEdit={() => setEditing(true)} />}

      {editing && (
        <FolderDialog
          mode="edit"
          folder={folder}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            refetchFolder({ requestPolicy: 'network-only' });
          }}
        />
      )}
    </>
  );
}

/** Counts the emails the server announces for the folder (subscription emailAdded over graphql-ws). */
function useArrivals(folderID: string, pause: boolean) {
  const [{ data }] = useSubscription({ query: EmailAddedDocument, variables: { folderID }, pause }, (count: number = 0) => count + 1);
  return { count: data ?? 0 };
}

export function FolderContent({ folderID, version }: { folderID: string; version: number }) {
  const [params, setParams] = useSearchParams();
  const state = readPageState(params);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: FolderEmailsDocument,
    variables: { id: folderID, ...pageVariables(state, pageSize) },
    context: emailListContext,
    requestPolicy: 'cache-and-network',
  });
  // A check just ran: ask the server again for the page shown.
  useEffect(() => {
    if (version > 0) refetch({ requestPolicy: 'network-only' });
  }, [version, refetch]);
  const conn = data?.node?.__typename === 'EmailFolder' ? data.node.emails : undefined;

  function go(s: PageState) {
    setParams(writePageState(s));
  }

  if (error && !data) return <ErrorState title="The emails could not be loaded" message={errorMessage(error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (!conn) return <Loading what="Loading emails" />;

  const rows = conn.edges?.flatMap((e) => (e?.node ? [e.node] : [])) ?? [];
  if (conn.totalCount === 0) {
    return (
      <EmptyState title="No emails yet — click Check email">
        <p>Mailroom imports the unread mail of the account. New mail also arrives on its own at each scheduled check.</p>
      </EmptyState>
    );
  }
  const nav = pageNavigation(state, conn.pageInfo, rows.length, conn.totalCount, pageSize);
  return (
    <section aria-label="Emails" className={fetching ? 'is-refreshing' : undefined}>
      <Pager
        label="Email pages (top)"
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
      <EmailTable rows={rows} sort={state.sort} dir={state.dir} onSort={(f) => go(toggleSort(state, f))} caption="Emails of the folder" />
      {rows.length > 15 && (
        <Pager
          label="Email pages (bottom)"
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
      )}
    </section>
  );
}

function FolderParameters({ folder, onEdit }: { folder: FolderSettingsFragment & { createdAt: string }; onEdit(): void }) {
  const yes = (b: boolean) => (b ? 'Yes' : 'No');
  const afterImport = afterImportOptions.find((o) => o.value === folder.afterImport)?.label ?? folder.afterImport;
  const rows: [string, string][] = [
    ['Title', folder.title],
    ['Email', folder.email],
    ['Username', folder.username || '(same as Email)'],
    ['Password', folder.hasPassword ? 'Stored (encrypted)' : 'Not set'],
    ['Protocol', folder.protocol],
    ['Host', folder.host],
    ['Port', String(folder.port)],
    ['Start TLS', yes(folder.startTLS)],
    ['Socket factory fallback', yes(folder.socketFactoryFallback)],
    ['Socket factory port', String(folder.socketFactoryPort)],
    ['SSL protocols', folder.sslProtocols],
    ['Trusted certificate', folder.trustedCertificate ? 'A certificate is set' : 'None (system trust store)'],
    ['Allow insecure authentication', yes(folder.allowInsecureAuth)],
    ['Mailbox', folder.mailbox],
    ['Limit of new fetched emails', String(folder.emailsLimit)],
    ['Fetch interval', folder.fetchIntervalMinutes > 0 ? `${folder.fetchIntervalMinutes} minutes` : 'Manual only'],
    ['Push (IMAP IDLE)', yes(folder.push)],
    ['After import', folder.afterImport === 'MOVE' ? `${afterImport}: ${folder.moveTo}` : afterImport],
    ['Created', formatDateTime(folder.createdAt)],
  ];
  return (
    <section aria-label="Parameters" className="parameters">
      <dl className="details">
        {rows.map(([k, v]) => (
          <div key={k} className="details-row">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={onEdit}>
        Edit parameters
      </button>
    </section>
  );
}

import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Breadcrumbs } from '../components/Breadcrumbs';
import type { PageNotice } from '../components/NoticeBar';
import { PaperclipIcon } from '../components/Icons';
import { ErrorState, Loading } from '../components/States';
import { graphql } from '../gql';
import { errorMessage } from '../lib/errors';
import { formatAddress, formatBytes, formatDateTime, type AddressLike } from '../lib/format';
import { allows } from '../lib/permissions';
import { useTitle } from '../lib/useTitle';
import { AnnotatedText } from './AnnotatedText';
import { EmailHtml } from './EmailBody';
import { EmailCollab } from './EmailCollab';
import { EmailThread } from './EmailThread';
import { NotFound } from './NotFound';
import { TrashedBanner, useTrashActions } from './TrashActions';
import { FollowButton } from './FollowButton';
import { HistoryList } from './HistoryList';

const EmailDocument = graphql(`
  query Email($id: ID!) {
    node(id: $id) {
      __typename
      ... on Email {
        id
        messageID
        subject
        from {
          name
          address
        }
        replyTo {
          name
          address
        }
        to {
          name
          address
        }
        cc {
          name
          address
        }
        sentAt
        importedAt
        text
        html
        size
        parseError
        emlURL
        trashedAt
        ...EmailThreadFields
        attachments {
          id
          filename
          contentType
          size
          url
          contentID
          inline
        }
        folder {
          id
          title
          myPermission
          workspace {
            id
            title
          }
        }
      }
    }
  }
`);

function Addresses({ list }: { list: AddressLike[] }) {
  return (
    <>
      {list.map((a, i) => (
        <span key={i} className="address">
          {formatAddress(a)}
          {i < list.length - 1 && ', '}
        </span>
      ))}
    </>
  );
}

/** The email summary: headers, body, attachments, the original. */
export function EmailPage() {
  const { id = '' } = useParams();
  const [{ data, fetching, error }, refetch] = useQuery({ query: EmailDocument, variables: { id } });
  const email = data?.node?.__typename === 'Email' ? data.node : undefined;
  const [view, setView] = useState<'html' | 'text'>('html');
  const [trashError, setTrashError] = useState<string>();
  const [trashing, setTrashing] = useState(false);
  const trash = useTrashActions();
  const navigate = useNavigate();
  useTitle(email ? email.subject || '(no subject)' : undefined);

  if (error && !data) return <ErrorState message={errorMessage(error)} onRetry={() => refetch({ requestPolicy: 'network-only' })} />;
  if (fetching && !data) return <Loading what="Loading the email" />;
  if (!email) return <NotFound what="email" />;

  const subject = email.subject || '(no subject)';
  const showHtml = !!email.html && view === 'html';
  const listed = email.attachments;
  const folderURL = `/folders/${email.folder.id}`;
  const canWrite = allows(email.folder.myPermission, 'WRITE');

  async function moveToTrash() {
    setTrashing(true);
    const err = await trash.trash(email!.id);
    setTrashing(false);
    if (err) {
      setTrashError(err);
      return;
    }
    // Back to the folder, which offers to undo.
    navigate(folderURL, { state: { notice: { text: `“${subject}” is in the trash.`, undoID: email!.id } satisfies PageNotice } });
  }

  return (
    <>
      <Breadcrumbs
        items={[
          { label: 'Workspaces', to: '/' },
          { label: email.folder.workspace.title, to: `/workspaces/${email.folder.workspace.id}` },
          { label: email.folder.title, to: folderURL },
          { label: subject },
        ]}
      />
      <article className="email" aria-labelledby="email-subject">
        <div className="page-header">
          <h1 id="email-subject">{subject}</h1>
          <div className="toolbar">
            {!email.trashedAt && <FollowButton targetID={email.id} what="email" />}
            <a className="button" href={email.emlURL} download>
              Download original (.eml)
            </a>
            {canWrite && !email.trashedAt && (
              <button type="button" onClick={() => void moveToTrash()} disabled={trashing}>
                Move to trash
              </button>
            )}
          </div>
        </div>
        {trashError && (
          <p className="form-error" role="alert">
            {trashError}
          </p>
        )}
        {email.trashedAt && (
          <TrashedBanner
            what="This email"
            trashedAt={email.trashedAt}
            where="It is hidden from the folder and from search."
            canRestore={canWrite}
            canDelete={allows(email.folder.myPermission, 'MANAGE')}
            actions={trash}
            node={{ id: email.id, title: subject, kind: 'email' }}
            onRestored={() => refetch({ requestPolicy: 'network-only' })}
            onDeleted={() => navigate(`${folderURL}/trash`)}
          />
        )}

        <dl className="email-headers">
          <div>
            <dt>From</dt>
            <dd>{email.from ? formatAddress(email.from) : <span className="muted">(unknown sender)</span>}</dd>
          </div>
          {email.replyTo.length > 0 && (
            <div>
              <dt>Reply-To</dt>
              <dd>
                <Addresses list={email.replyTo} />
              </dd>
            </div>
          )}
          <div>
            <dt>To</dt>
            <dd>{email.to.length ? <Addresses list={email.to} /> : <span className="muted">(none)</span>}</dd>
          </div>
          {email.cc.length > 0 && (
            <div>
              <dt>Cc</dt>
              <dd>
                <Addresses list={email.cc} />
              </dd>
            </div>
          )}
          <div>
            <dt>Date</dt>
            <dd>{email.sentAt ? <time dateTime={email.sentAt}>{formatDateTime(email.sentAt)}</time> : <span className="muted">(no date)</span>}</dd>
          </div>
          <div>
            <dt>Imported</dt>
            <dd>
              <time dateTime={email.importedAt}>{formatDateTime(email.importedAt)}</time> · {formatBytes(email.size)}
            </dd>
          </div>
        </dl>

        <EmailThread email={email} folderID={email.folder.id} />

        {email.parseError && (
          <div className="alert alert-warn" role="note">
            <strong>This message could not be fully read:</strong> {email.parseError}. The original is kept: download it to see everything.
          </div>
        )}

        {listed.length > 0 && (
          <section className="attachments" aria-labelledby="attachments-title">
            <h2 id="attachments-title" className="section-title">
              <PaperclipIcon /> {listed.length} attachment{listed.length === 1 ? '' : 's'}
            </h2>
            <ul>
              {listed.map((a) => (
                <li key={a.id}>
                  <a href={a.url} download={a.filename}>
                    {a.filename || 'unnamed'}
                  </a>
                  <span className="muted">
                    {' '}
                    {formatBytes(a.size)} · {a.contentType}
                    {a.inline && ' · inline'}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        )}

        <section className="email-body" aria-label="Message">
          {email.html && (
            <div className="segmented" role="group" aria-label="Message view">
              <button type="button" aria-pressed={view === 'html'} onClick={() => setView('html')}>
                Formatted
              </button>
              <button type="button" aria-pressed={view === 'text'} onClick={() => setView('text')}>
                Plain text
              </button>
            </div>
          )}
          {showHtml ? (
            <>
              <p className="muted annotate-hint">Annotations are made and shown in the Plain text view.</p>
              <EmailHtml emailID={email.id} html={email.html!} attachments={email.attachments} title={`Message: ${subject}`} />
            </>
          ) : email.text.trim() ? (
            <AnnotatedText emailID={email.id} text={email.text} canWrite={canWrite && !email.trashedAt} canManage={allows(email.folder.myPermission, 'MANAGE')} />
          ) : (
            <p className="muted">This email has no text.</p>
          )}
        </section>
        <section className="email-history" aria-labelledby="email-history-title">
          <h2 id="email-history-title" className="section-title">
            History
          </h2>
          <HistoryList targetID={email.id} />
        </section>
        <EmailCollab emailID={email.id} />
      </article>
    </>
  );
}

import { Link } from 'react-router';
import { graphql } from '../gql';
import type { EmailThreadFieldsFragment } from '../gql/graphql';
import { displayName, formatDateTime } from '../lib/format';

export const EmailThreadFields = graphql(`
  fragment EmailThreadFields on Email {
    id
    threadSize
    thread {
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
    }
  }
`);

/**
 * The conversation an email belongs to, oldest first, this one marked: the
 * emails of every folder the viewer may read (the server decides which).
 */
export function EmailThread({ email, folderID }: { email: EmailThreadFieldsFragment; folderID: string }) {
  if (email.thread.length < 2) return null;
  const more = email.threadSize - email.thread.length;
  return (
    <section className="email-thread" aria-labelledby="thread-title">
      <h2 id="thread-title" className="section-title">
        Conversation · {email.threadSize} emails
      </h2>
      <ol className="thread-list">
        {email.thread.map((m) => {
          const current = m.id === email.id;
          return (
            <li key={m.id} aria-current={current ? 'true' : undefined}>
              <span className="muted">{m.sentAt ? formatDateTime(m.sentAt) : '(no date)'}</span>
              <span>{displayName(m.from) || '(unknown sender)'}</span>
              {current ? <span>{m.subject || '(no subject)'} (this email)</span> : <Link to={`/email/${m.id}`}>{m.subject || '(no subject)'}</Link>}
              {m.folder.id !== folderID && <span className="muted">in {m.folder.title}</span>}
            </li>
          );
        })}
      </ol>
      {more > 0 && <p className="muted">and {more} more not listed</p>}
    </section>
  );
}

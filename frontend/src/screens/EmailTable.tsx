import { Link } from 'react-router';
import { PaperclipIcon, SortIcon } from '../components/Icons';
import { displayName, formatAddress, formatDateTime } from '../lib/format';
import { graphql } from '../gql';
import type { EmailRowFieldsFragment } from '../gql/graphql';
import type { SortDir, SortField } from '../lib/paging';

export const EmailRowFields = graphql(`
  fragment EmailRowFields on Email {
    id
    subject
    from {
      name
      address
    }
    sentAt
    importedAt
    attachmentCount
    parseError
    tags
  }
`);

export type EmailRow = EmailRowFieldsFragment;

interface Props {
  rows: EmailRow[];
  sort: SortField;
  dir: SortDir;
  /** Without it the columns are not sortable (the conversations view). */
  onSort?(field: SortField): void;
  caption: string;
  /** Emails that arrived while the page is open: highlighted and marked "New". */
  isNew?(id: string): boolean;
  /** Checkboxes to select rows (export); absent, no checkbox column. */
  selection?: Selection;
  /** Emails in each row's conversation, shown when more than one (the conversations view). */
  threadSizes?: Record<string, number>;
}

export interface Selection {
  has(id: string): boolean;
  toggle(ids: string[], on: boolean): void;
}

function SortHeader({ field, label, sort, dir, onSort }: { field: SortField; label: string } & Pick<Props, 'sort' | 'dir' | 'onSort'>) {
  if (!onSort) return <th scope="col">{label}</th>;
  const active = sort === field;
  const ariaSort = active ? (dir === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="sort-button" onClick={() => onSort(field)}>
        {label}
        <SortIcon dir={active ? dir : undefined} />
      </button>
    </th>
  );
}

/**
 * The date cell of an email without a Date header: the server lists such
 * emails last when newest first, first when oldest first; the time it was
 * imported tells roughly when it came.
 */
function NoDate({ importedAt }: { importedAt?: string | null }) {
  return (
    <span className="muted" title="The message has no Date header">
      no date
      {importedAt && (
        <>
          {' · imported '}
          <time dateTime={importedAt}>{formatDateTime(importedAt)}</time>
        </>
      )}
    </span>
  );
}

/** The Content tab's table: subject, sender, date, attachment marker. */
export function EmailTable({ rows, sort, dir, onSort, caption, isNew, selection, threadSizes }: Props) {
  const ids = rows.map((r) => r.id);
  const allSelected = !!selection && ids.length > 0 && ids.every((id) => selection.has(id));
  return (
    <div className="table-wrap">
      <table className="table email-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {selection && (
              <th scope="col" className="col-select">
                <input type="checkbox" aria-label="Select the emails of this page" checked={allSelected} onChange={(e) => selection.toggle(ids, e.currentTarget.checked)} />
              </th>
            )}
            <SortHeader field="subject" label="Subject" sort={sort} dir={dir} onSort={onSort} />
            <th scope="col">From</th>
            <SortHeader field="date" label="Date" sort={sort} dir={dir} onSort={onSort} />
            <th scope="col" className="col-attach">
              <span className="visually-hidden">Attachments</span>
              <PaperclipIcon />
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((e) => {
            const fresh = isNew?.(e.id) ?? false;
            return (
              <tr key={e.id} className={fresh ? 'row-new' : undefined}>
                {selection && (
                  <td className="col-select">
                    <input
                      type="checkbox"
                      aria-label={`Select “${e.subject || '(no subject)'}”`}
                      checked={selection.has(e.id)}
                      onChange={(ev) => selection.toggle([e.id], ev.currentTarget.checked)}
                    />
                  </td>
                )}
                <td className="col-subject">
                  {fresh && <span className="badge badge-new">New</span>}
                  <Link to={`/email/${e.id}`} className="row-link">
                    {e.subject || '(no subject)'}
                  </Link>
                  {(threadSizes?.[e.id] ?? 0) > 1 && (
                    <span className="badge badge-thread" title={`${threadSizes![e.id]} emails in this conversation`}>
                      {threadSizes![e.id]}
                      <span className="visually-hidden"> emails in this conversation</span>
                    </span>
                  )}
                  {e.parseError && (
                    <span className="badge badge-warn" title={e.parseError}>
                      Not fully readable
                    </span>
                  )}
                  {e.tags.length > 0 && (
                    <span className="tag-list tag-list-inline" aria-label="Tags">
                      {e.tags.map((t) => (
                        <Link key={t} className="tag-chip" to={{ search: `?tag=${encodeURIComponent(t)}` }}>
                          {t}
                        </Link>
                      ))}
                    </span>
                  )}
                </td>
                <td className="col-from" title={formatAddress(e.from)}>
                  {displayName(e.from) || <span className="muted">(unknown sender)</span>}
                </td>
                <td className="col-date">
                  {e.sentAt ? <time dateTime={e.sentAt}>{formatDateTime(e.sentAt)}</time> : <NoDate importedAt={e.importedAt} />}
                </td>
                <td className="col-attach">
                  {e.attachmentCount > 0 && (
                    <span title={`${e.attachmentCount} attachment${e.attachmentCount === 1 ? '' : 's'}`}>
                      <PaperclipIcon />
                      <span className="visually-hidden">
                        {e.attachmentCount} attachment{e.attachmentCount === 1 ? '' : 's'}
                      </span>
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

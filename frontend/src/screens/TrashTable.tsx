import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { formatDateTime, formatRelative } from '../lib/format';
import { PurgeDialog, useTrashActions, type TrashKind } from './TrashActions';

export interface TrashMessage {
  text: string;
  error?: boolean;
}

/** What a trash action said, above the list. */
export function TrashNotice({ message }: { message?: TrashMessage }) {
  if (!message) return null;
  return (
    <p className={message.error ? 'form-error' : 'notice'} role={message.error ? 'alert' : 'status'}>
      {message.text}
    </p>
  );
}

interface Item {
  id: string;
  trashedAt?: string | null;
}

interface Props<R extends Item> {
  /** What is in the trash: emails, email folders or workspaces. */
  kind: TrashKind;
  caption: string;
  rows: readonly R[];
  /** The item's title, in the messages. */
  title(r: R): string;
  /** How its buttons name it ("Restore …", "Delete … permanently"). */
  name(r: R): string;
  link(r: R): string;
  titleHeader: string;
  /** After the title link (a description). */
  titleDetail?(r: R): ReactNode;
  /** Columns between the title and when it was trashed. */
  columns?: { header: string; className?: string; cell(r: R): ReactNode }[];
  canRestore(r: R): boolean;
  canDelete(r: R): boolean;
  restoredText(title: string): string;
  empty: ReactNode;
  onMessage(m: TrashMessage): void;
  className?: string;
}

/** The one table of items in the trash, with Restore and Delete permanently as the viewer may. */
export function TrashTable<R extends Item>(p: Props<R>) {
  const actions = useTrashActions();
  const [purging, setPurging] = useState<R>();
  const [busy, setBusy] = useState<string>();

  async function restore(r: R) {
    setBusy(r.id);
    const err = await actions.restore(r.id);
    setBusy(undefined);
    p.onMessage(err ? { text: err, error: true } : { text: p.restoredText(p.title(r)) });
  }

  if (p.rows.length === 0) return <>{p.empty}</>;
  return (
    <div className="table-wrap">
      <table className={`table ${p.className ?? ''}`}>
        <caption className="visually-hidden">{p.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{p.titleHeader}</th>
            {p.columns?.map((c) => (
              <th key={c.header} scope="col">
                {c.header}
              </th>
            ))}
            <th scope="col">Moved to the trash</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {p.rows.map((r) => (
            <tr key={r.id}>
              <td className="col-subject">
                <Link to={p.link(r)} className="row-link">
                  {p.title(r)}
                </Link>
                {p.titleDetail?.(r)}
              </td>
              {p.columns?.map((c) => (
                <td key={c.header} className={c.className}>
                  {c.cell(r)}
                </td>
              ))}
              <td className="col-date">
                {r.trashedAt && (
                  <time dateTime={r.trashedAt} title={formatDateTime(r.trashedAt)}>
                    {formatRelative(r.trashedAt)}
                  </time>
                )}
              </td>
              <td className="col-actions">
                {p.canRestore(r) && (
                  <button type="button" className="button-small" disabled={busy === r.id} onClick={() => void restore(r)} aria-label={`Restore ${p.name(r)}`}>
                    Restore
                  </button>
                )}
                {p.canDelete(r) && (
                  <button type="button" className="button-small button-danger-quiet" onClick={() => setPurging(r)} aria-label={`Delete ${p.name(r)} permanently`}>
                    Delete permanently
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {purging && (
        <PurgeDialog
          node={{ id: purging.id, title: p.title(purging), kind: p.kind }}
          actions={actions}
          onClose={() => setPurging(undefined)}
          onDeleted={() => {
            setPurging(undefined);
            p.onMessage({ text: `“${p.title(purging)}” is deleted for good.` });
          }}
        />
      )}
    </div>
  );
}

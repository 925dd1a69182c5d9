import { useState } from 'react';

/** A notice handed over by the page that navigated here (e.g. "moved to the trash", with undo). */
export interface PageNotice {
  text: string;
  undoID?: string;
}

/** "X is in the trash. Undo" after an action on another page. */
export function NoticeBar({ notice, onUndo, onDismiss }: { notice: PageNotice; onUndo(id: string): Promise<string | undefined>; onDismiss(): void }) {
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  return (
    <div className="page-notice notice" role="status">
      <span>
        {notice.text} {error && <span className="error">{error}</span>}
      </span>
      <span className="toolbar">
        {notice.undoID && (
          <button
            type="button"
            className="button-small"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              const err = await onUndo(notice.undoID!);
              setBusy(false);
              setError(err);
            }}
          >
            Undo
          </button>
        )}
        <button type="button" className="button-small button-quiet" onClick={onDismiss}>
          Dismiss
        </button>
      </span>
    </div>
  );
}

import { Spinner } from '../components/States';
import { pushLine, scheduleLine, type FetchStatus } from '../lib/activity';
import { formatDateTime, formatRelative } from '../lib/format';
import type { LoadedFolder } from '../lib/useFolder';

interface Props {
  folder: LoadedFolder;
  status: FetchStatus;
  /** Opens the settings; absent for those who may not edit them. */
  onFix?(): void;
}

/** Under the folder's title: the last check, the schedule, push, the live status line, and what needs fixing. */
export function FolderStatus({ folder, status, onFix }: Props) {
  const push = pushLine(folder);
  return (
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
        {' · '}
        {scheduleLine(folder)}
        {push && (
          <>
            {' · '}
            <span className={`push-state tone-${push.tone}`}>{push.text}</span>
          </>
        )}
      </p>
      <p className={`check-result ${status.error ? 'error' : ''}`} role="status" aria-live="polite">
        {status.busy && <Spinner />} {status.line}
      </p>
      {folder.needsAttention ? (
        <div className="alert alert-error" role="alert">
          <strong>Automatic checks are paused until the settings are fixed.</strong> {folder.lastFetchError}
          <div className="alert-actions">
            {onFix ? (
              <button type="button" className="button-small" onClick={onFix}>
                Fix the settings
              </button>
            ) : (
              <span>Ask someone who manages this folder to fix its settings.</span>
            )}
          </div>
        </div>
      ) : (
        folder.lastFetchError &&
        !status.error && (
          <div className="alert alert-error" role="alert">
            <strong>The last check failed:</strong> {folder.lastFetchError}
          </div>
        )
      )}
    </div>
  );
}

// Taking mail out of a folder and bringing it in: the folder menu's
// "Export as mbox" and "Import…", and the import dialog.
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { MenuButton, type MenuItem } from '../components/MenuButton';
import { Spinner } from '../components/States';
import { formatBytes, formatFetchReport, plural, type FetchReportLike } from '../lib/format';
import { isImportable, uploadImport } from '../lib/upload';
import { Modal } from '../components/Modal';

/** The export URLs (server/export.go). */
export const mboxExportURL = (folderID: string) => `/folders/${encodeURIComponent(folderID)}/export.mbox`;
export const zipExportURL = (ids: string[]) => `/emails/export.zip?ids=${ids.map(encodeURIComponent).join(',')}`;

/** The largest selection the zip export takes (server.MaxExportIDs). */
export const maxZipEmails = 500;

/** Starts a download the server marks as an attachment; the page stays. */
export function download(url: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = '';
  document.body.append(a);
  a.click();
  a.remove();
}

/** The folder's "More" menu: export for every reader, import for writers. */
export function FolderCarryMenu({ folderID, canWrite }: { folderID: string; canWrite: boolean }) {
  const [importing, setImporting] = useState(false);
  const items: MenuItem[] = [{ label: 'Export as mbox', onSelect: () => download(mboxExportURL(folderID)) }];
  if (canWrite) items.push({ label: 'Import…', onSelect: () => setImporting(true) });
  return (
    <>
      <MenuButton label="More" items={items} title="Export or import emails" />
      {importing && <ImportDialog folderID={folderID} onClose={() => setImporting(false)} />}
    </>
  );
}

type Phase = { kind: 'choosing' } | { kind: 'uploading'; sent: number } | { kind: 'done'; report: FetchReportLike } | { kind: 'failed'; error: string };

/**
 * Choose .eml and .mbox files, watch them upload, read the summary. The
 * server then stores them like fetched mail (dedupe, search, threads); the
 * folder's list follows by itself through its activity events.
 */
export function ImportDialog({ folderID, onClose }: { folderID: string; onClose(): void }) {
  const [files, setFiles] = useState<File[]>([]);
  const [phase, setPhase] = useState<Phase>({ kind: 'choosing' });
  const abort = useRef<() => void>(undefined);
  const refused = files.filter((f) => !isImportable(f.name));
  const total = files.reduce((n, f) => n + f.size, 0);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (files.length === 0 || refused.length > 0) return;
    setPhase({ kind: 'uploading', sent: 0 });
    const up = uploadImport(folderID, files, (sent) => setPhase({ kind: 'uploading', sent }));
    abort.current = up.abort;
    const outcome = await up.done;
    abort.current = undefined;
    setPhase('report' in outcome ? { kind: 'done', report: outcome.report } : { kind: 'failed', error: outcome.error });
  }

  function close() {
    abort.current?.();
    onClose();
  }

  const busy = phase.kind === 'uploading';
  return (
    <Modal title="Import emails" onClose={close}>
      <form onSubmit={submit} noValidate>
        <div className="modal-body">
          <p className="muted">
            Choose <code>.eml</code> files (one message each) or <code>.mbox</code> files (many). Messages already in the folder are recognised as
            duplicates; what cannot be read is reported, and the rest imported.
          </p>
          <div className="field">
            <label htmlFor="import-files">Files</label>
            <input
              id="import-files"
              type="file"
              multiple
              accept=".eml,.mbox,.mbx,message/rfc822,application/mbox"
              disabled={busy}
              data-autofocus
              onChange={(e) => {
                setFiles(Array.from(e.currentTarget.files ?? []));
                setPhase({ kind: 'choosing' });
              }}
            />
          </div>
          {files.length > 0 && (
            <p>
              {plural(files.length, 'file')}, {formatBytes(total)}
            </p>
          )}
          {refused.length > 0 && (
            <p className="form-error" role="alert">
              Not an .eml or .mbox file: {refused.map((f) => f.name).join(', ')}
            </p>
          )}
          {phase.kind === 'uploading' && (
            <div role="status" aria-live="polite">
              <progress max={1} value={phase.sent} aria-label="Upload progress" /> {phase.sent < 1 ? `Uploading… ${Math.round(phase.sent * 100)}%` : 'Importing…'}
            </div>
          )}
          {phase.kind === 'done' && (
            <div role="status" className="import-summary">
              <p>
                <strong>Import finished:</strong> {importSummary(phase.report)}
              </p>
              {phase.report.failed > 0 && (
                <p>
                  What was not imported, and why, is listed in the <Link to={`/folders/${folderID}/reconciliation`}>Reconciliation</Link> tab.
                </p>
              )}
            </div>
          )}
          {phase.kind === 'failed' && (
            <p className="form-error" role="alert">
              {phase.error}
            </p>
          )}
        </div>
        <div className="modal-footer">
          <div className="footer-status" />
          <div className="footer-buttons">
            <button type="button" onClick={close}>
              {phase.kind === 'done' ? 'Close' : 'Cancel'}
            </button>
            {phase.kind !== 'done' && (
              <button type="submit" className="button-primary" disabled={busy || files.length === 0 || refused.length > 0}>
                {busy && <Spinner />} Import
              </button>
            )}
          </div>
        </div>
      </form>
    </Modal>
  );
}

/** "3 imported, 1 duplicate, 2 failed" or the error that stopped it. */
export function importSummary(r: FetchReportLike): string {
  if (r.imported === 0 && r.duplicates === 0 && r.failed === 0 && !r.error) return 'nothing to import';
  return formatFetchReport(r).replace(/^([\d,]+) new/, '$1 imported');
}

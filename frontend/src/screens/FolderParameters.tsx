import { folderFieldSpecs, viewValue } from '../lib/folderForm';
import { formatDateTime } from '../lib/format';
import type { FolderSettingsFragment } from '../gql/graphql';
import { FolderOAuth } from './FolderOAuth';

/** The Parameters tab: every parameter in words, from the folder field table. */
export function FolderParameters({ folder, onEdit }: { folder: FolderSettingsFragment & { createdAt: string }; onEdit?(): void }) {
  const rows: [string, string][] = [];
  for (const [k, spec] of folderFieldSpecs) {
    const v = viewValue(k, spec, folder);
    if (v !== undefined) rows.push([spec.viewLabel ?? spec.label, v]);
  }
  rows.push(['Created', formatDateTime(folder.createdAt)]);
  return (
    <section aria-label="Parameters" className="parameters">
      <FolderOAuth folder={folder} canManage={!!onEdit} />
      <dl className="details">
        {rows.map(([k, v]) => (
          <div key={k} className="details-row">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {onEdit && (
        <button type="button" onClick={onEdit}>
          Edit parameters
        </button>
      )}
    </section>
  );
}

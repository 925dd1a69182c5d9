// Importing files into a folder: the importEmails mutation sent as a
// GraphQL multipart request (graphql-multipart-request-spec) with the
// header the server requires of cookie-authenticated uploads, over
// XMLHttpRequest so the upload's progress can be shown.
import { print } from 'graphql';
import { graphql } from '../gql';
import type { FetchReportLike } from './format';

export const ImportEmailsDocument = graphql(`
  mutation ImportEmails($folderID: ID!, $files: [Upload!]!) {
    importEmails(folderID: $folderID, files: $files) {
      imported
      duplicates
      failed
      remaining
      error
    }
  }
`);

/** The header a cross-site form cannot send (server/csrf.go). */
export const csrfHeader = 'X-Mailroom-CSRF';

/** Files the import takes, by name. */
export function isImportable(name: string): boolean {
  return /\.(eml|mbox|mbx)$/i.test(name);
}

/** The multipart body of an import: operations, map, then the files. */
export function importForm(folderID: string, files: File[]): FormData {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query: print(ImportEmailsDocument), variables: { folderID, files: files.map(() => null) } }));
  form.append('map', JSON.stringify(Object.fromEntries(files.map((_, i) => [String(i), [`variables.files.${i}`]]))));
  files.forEach((f, i) => form.append(String(i), f, f.name));
  return form;
}

export type ImportOutcome = { report: FetchReportLike } | { error: string };

/** The outcome of an import answer: the report, or the error in the server's words. */
export function readImportAnswer(status: number, body: string): ImportOutcome {
  let json: { data?: { importEmails?: FetchReportLike | null } | null; errors?: { message?: string }[] } | undefined;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  const report = json?.data?.importEmails;
  if (report) return { report };
  const message = json?.errors?.[0]?.message;
  if (message) return { error: message };
  if (status === 413) return { error: 'The files are larger than the server accepts at once.' };
  return { error: `The import failed (HTTP ${status}).` };
}

/** Sends the files; onProgress gets the fraction uploaded (0–1). */
export function uploadImport(folderID: string, files: File[], onProgress: (sent: number) => void): { done: Promise<ImportOutcome>; abort(): void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<ImportOutcome>((resolve) => {
    xhr.open('POST', '/query');
    xhr.withCredentials = true;
    xhr.setRequestHeader(csrfHeader, '1');
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => resolve(readImportAnswer(xhr.status, xhr.responseText));
    xhr.onerror = () => resolve({ error: 'The upload was interrupted: check the connection and try again.' });
    xhr.onabort = () => resolve({ error: 'The import was cancelled.' });
    xhr.send(importForm(folderID, files));
  });
  return { done, abort: () => xhr.abort() };
}

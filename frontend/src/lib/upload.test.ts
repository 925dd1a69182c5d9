import { describe, expect, it } from 'vitest';
import { importForm, isImportable, readImportAnswer } from './upload';

describe('import uploads', () => {
  it('follows the multipart request spec: operations, map, files', async () => {
    const files = [new File(['a'], 'one.eml'), new File(['b'], 'two.mbox')];
    const form = importForm('42', files);
    const keys = [...form.keys()];
    expect(keys).toEqual(['operations', 'map', '0', '1']);
    const ops = JSON.parse(form.get('operations') as string);
    expect(ops.query).toContain('importEmails(folderID: $folderID, files: $files)');
    expect(ops.variables).toEqual({ folderID: '42', files: [null, null] });
    expect(JSON.parse(form.get('map') as string)).toEqual({ 0: ['variables.files.0'], 1: ['variables.files.1'] });
    expect((form.get('1') as File).name).toBe('two.mbox');
  });

  it('reads the report, the server’s error, or the status', () => {
    const report = { imported: 2, duplicates: 1, failed: 0, remaining: 0, error: null };
    expect(readImportAnswer(200, JSON.stringify({ data: { importEmails: report } }))).toEqual({ report });
    expect(readImportAnswer(413, JSON.stringify({ errors: [{ message: 'the upload is larger than the server’s limit of 2 GB' }] }))).toEqual({
      error: 'the upload is larger than the server’s limit of 2 GB',
    });
    expect(readImportAnswer(413, '')).toEqual({ error: 'The files are larger than the server accepts at once.' });
    expect(readImportAnswer(502, '<html>')).toEqual({ error: 'The import failed (HTTP 502).' });
  });

  it('takes .eml and .mbox files', () => {
    expect(isImportable('Inbox.MBOX')).toBe(true);
    expect(isImportable('note.eml')).toBe(true);
    expect(isImportable('photo.jpg')).toBe(false);
  });
});

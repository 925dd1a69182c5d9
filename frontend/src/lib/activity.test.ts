import { describe, expect, it } from 'vitest';
import {
  fetchStatusReducer,
  formatDuration,
  hasFailed,
  idleRun,
  initialFetchState,
  liveRunLine,
  liveRunReducer,
  pushLine,
  reprocessable,
  runSummary,
  scheduleLine,
  type ActivityEventLike,
  type FetchAction,
  type FetchRunLike,
} from './activity';

const at = '2026-11-25T10:00:00Z';
const ev = (type: ActivityEventLike['type'], extra: Partial<ActivityEventLike> = {}): ActivityEventLike => ({ type, at, ...extra });

describe('live progress of a fetch run (folderActivity)', () => {
  it('goes started → n imported → finished', () => {
    const lines: string[] = [];
    let s = idleRun;
    for (const e of [
      ev('FETCH_STARTED'),
      ev('EMAIL_ADDED'),
      ev('EMAIL_ADDED'),
      ev('EMAIL_ADDED'),
      ev('FETCH_FINISHED', { imported: 3, duplicates: 1, failed: 0, remaining: 0 }),
    ]) {
      s = liveRunReducer(s, e);
      lines.push(liveRunLine(s, true));
    }
    expect(lines).toEqual(['Checking email…', 'Checking email… 1 new so far', 'Checking email… 2 new so far', 'Checking email… 3 new so far', '3 new, 1 duplicate']);
    expect(hasFailed(s)).toBe(false);
  });

  it('words a run the viewer did not start as automatic', () => {
    let s = liveRunReducer(idleRun, ev('FETCH_STARTED'));
    expect(liveRunLine(s, false)).toBe('New mail is being fetched…');
    s = liveRunReducer(s, ev('EMAIL_ADDED'));
    expect(liveRunLine(s, false)).toBe('New mail is being fetched… 1 new so far');
    s = liveRunReducer(s, ev('FETCH_FINISHED', { imported: 1, duplicates: 0, failed: 0, remaining: 0 }));
    expect(liveRunLine(s, false)).toBe('Automatic check: 1 new');
    s = liveRunReducer(s, ev('FETCH_FINISHED', { imported: 0, duplicates: 0, failed: 0, remaining: 0 }));
    expect(liveRunLine(s, false)).toBe('Automatic check: no new email');
  });

  it('says why a run failed, with what it did before', () => {
    let s = liveRunReducer(idleRun, ev('FETCH_STARTED'));
    s = liveRunReducer(s, ev('FETCH_FAILED', { imported: 2, duplicates: 0, failed: 0, remaining: 0, error: 'the server refused the password' }));
    expect(hasFailed(s)).toBe(true);
    expect(liveRunLine(s, true)).toBe('2 new; then the check failed: the server refused the password');
    expect(liveRunLine(s, false)).toBe('The automatic check failed: the server refused the password');
    // FETCH_FAILED without a message still reads as a failure.
    expect(hasFailed(liveRunReducer(idleRun, ev('FETCH_FAILED')))).toBe(true);
  });

  it('ignores an email added outside a run it saw start', () => {
    expect(liveRunReducer(idleRun, ev('EMAIL_ADDED'))).toBe(idleRun);
    expect(liveRunLine(idleRun, true)).toBe('');
  });
});

describe('the fetch history', () => {
  const run = (r: Partial<FetchRunLike>): FetchRunLike => ({
    trigger: 'PUSH',
    startedAt: '2026-11-25T10:00:00Z',
    finishedAt: '2026-11-25T10:00:01.250Z',
    imported: 0,
    duplicates: 0,
    failed: 0,
    remaining: 0,
    error: null,
    ...r,
  });

  it('summarises a run', () => {
    expect(runSummary(run({ imported: 8, duplicates: 2 }))).toBe('8 new, 2 duplicates');
    expect(runSummary(run({ imported: 5, failed: 2 }))).toBe('5 new, 2 failed');
    expect(runSummary(run({ error: 'connection refused' }))).toBe('The check failed: connection refused');
    expect(runSummary(run({ finishedAt: null }))).toBe('Running…');
  });

  it.each([
    ['2026-11-25T10:00:00.420Z', '0.4 s'],
    ['2026-11-25T10:00:01.250Z', '1.3 s'],
    ['2026-11-25T10:00:12.300Z', '12 s'],
    ['2026-11-25T10:02:05Z', '2 min 5 s'],
    ['2026-11-25T10:03:00Z', '3 min'],
  ])('lasted until %s: %s', (finishedAt, text) => {
    expect(formatDuration('2026-11-25T10:00:00Z', finishedAt)).toBe(text);
  });

  it('offers to reprocess only when the newest finished run had failures', () => {
    const failed = run({ failed: 2 });
    expect(reprocessable([failed, run({})])).toBe(failed);
    expect(reprocessable([run({ finishedAt: null }), failed])).toBe(failed);
    expect(reprocessable([run({}), failed])).toBeUndefined();
    expect(reprocessable([])).toBeUndefined();
  });
});

describe('the push state', () => {
  const imap = { protocol: 'IMAPS', push: true };
  it.each([
    [{ state: 'WATCHING' }, 'Push: watching', 'ok'],
    [{ state: 'CONNECTING' }, 'Push: connecting…', 'muted'],
    [{ state: 'RECONNECTING', error: 'connection refused' }, 'Push: reconnecting (connection refused)', 'warn'],
    [{ state: 'UNSUPPORTED' }, 'Push unavailable: the server does not support IMAP IDLE; the fetch interval applies', 'warn'],
    [{ state: 'FAILED', error: 'the server refused the password' }, 'Push unavailable: the server refused the password', 'error'],
    [{ state: 'OFF' }, 'Push: off', 'muted'],
    [{ state: 'ELSEWHERE' }, 'Push: watched by another instance', 'ok'],
  ])('%o → %s', (pushStatus, text, tone) => {
    expect(pushLine({ ...imap, pushStatus })).toEqual({ text, tone });
  });

  it('says push is off, not running, or does not apply (POP3)', () => {
    expect(pushLine({ protocol: 'IMAPS', push: false, pushStatus: { state: 'OFF' } })?.text).toBe('Push: off');
    expect(pushLine({ protocol: 'IMAP', push: true, pushStatus: null })?.text).toBe('Push: not running on this server');
    expect(pushLine({ protocol: 'POP3S', push: true })).toBeNull();
  });

  it('describes when the folder is checked', () => {
    expect(scheduleLine({ protocol: 'IMAPS', push: true, fetchIntervalMinutes: 30 })).toBe('checks every 30 minutes and on new mail (push)');
    expect(scheduleLine({ protocol: 'POP3S', push: true, fetchIntervalMinutes: 1 })).toBe('checks every 1 minute');
    expect(scheduleLine({ protocol: 'IMAPS', push: true, fetchIntervalMinutes: 0 })).toBe('checks on new mail (push) and on demand');
    expect(scheduleLine({ protocol: 'IMAPS', push: false, fetchIntervalMinutes: 0 })).toBe('manual checks only');
  });
});

describe('the status line: the viewer’s check and the others’ runs', () => {
  const run = (actions: FetchAction[]) => actions.reduce(fetchStatusReducer, initialFetchState);
  const event = (type: ActivityEventLike['type'], extra: Partial<ActivityEventLike> = {}): FetchAction => ({ type: 'event', event: ev(type, extra) });
  const report = { imported: 1, duplicates: 0, failed: 0, remaining: 0 };

  it('shows the viewer’s progress, then the report, whichever comes first', () => {
    const eventsFirst = run([{ type: 'checkStarted' }, event('FETCH_STARTED'), event('EMAIL_ADDED'), event('FETCH_FINISHED', report), { type: 'checkEnded', report }]);
    expect(eventsFirst.status).toEqual({ line: '1 new', busy: false, error: false });
    expect(eventsFirst.own.phase).toBe('none');

    const answerFirst = run([{ type: 'checkStarted' }, { type: 'checkEnded', report }, event('FETCH_STARTED'), event('EMAIL_ADDED'), event('FETCH_FINISHED', report)]);
    expect(answerFirst.status.line).toBe('1 new');
    expect(answerFirst.own.phase).toBe('none');

    const progress = run([{ type: 'checkStarted' }, event('FETCH_STARTED'), event('EMAIL_ADDED')]);
    expect(progress.status).toEqual({ line: 'Checking email… 1 new so far', busy: true, error: false });
  });

  it('reports the next run as automatic, with no clock involved', () => {
    const s = run([
      { type: 'checkStarted' },
      event('FETCH_STARTED'),
      { type: 'checkEnded', report },
      event('FETCH_FINISHED', report),
      event('FETCH_STARTED'),
      event('EMAIL_ADDED'),
      event('FETCH_FINISHED', report),
    ]);
    expect(s.status.line).toBe('Automatic check: 1 new');
  });

  it('knows a new run from the late closing event of the viewer’s', () => {
    // Our run's closing event is lost behind the answer; the next run starts.
    const s = run([{ type: 'checkStarted' }, event('FETCH_STARTED'), { type: 'checkEnded', report }, event('FETCH_STARTED')]);
    expect(s.status).toEqual({ line: 'New mail is being fetched…', busy: true, error: false });
  });

  it('says when the check itself failed', () => {
    const s = run([{ type: 'checkStarted' }, { type: 'checkFailed', message: 'you may not check this folder' }]);
    expect(s.status).toEqual({ line: 'The check failed: you may not check this folder', busy: false, error: true });
    expect(run([{ type: 'checkFailed', message: 'x' }, event('FETCH_STARTED')]).status.line).toBe('New mail is being fetched…');
  });
});

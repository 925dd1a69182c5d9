// Live fetch progress (from the folderActivity subscription), the push
// state and the fetch history, in words. Pure functions, unit-tested.
import type { ActivityType, FetchTrigger } from '../gql/graphql';
import { formatFetchReport, plural, type FetchReportLike } from './format';

export interface ActivityEventLike {
  type: ActivityType;
  at: string;
  imported?: number | null;
  duplicates?: number | null;
  failed?: number | null;
  remaining?: number | null;
  error?: string | null;
}

/** What the folder's current or last fetch run is doing, as seen live. */
export type LiveRun =
  | { phase: 'idle' }
  | { phase: 'running'; imported: number; startedAt: string }
  | { phase: 'finished'; report: FetchReportLike; at: string };

export const idleRun: LiveRun = { phase: 'idle' };

function reportOf(e: ActivityEventLike): FetchReportLike {
  return {
    imported: e.imported ?? 0,
    duplicates: e.duplicates ?? 0,
    failed: e.failed ?? 0,
    remaining: e.remaining ?? 0,
    error: e.type === 'FETCH_FAILED' ? e.error?.trim() || 'unknown error' : e.error,
  };
}

/** Folds one folderActivity event into the live run. */
export function liveRunReducer(s: LiveRun, e: ActivityEventLike): LiveRun {
  switch (e.type) {
    case 'FETCH_STARTED':
      return { phase: 'running', imported: 0, startedAt: e.at };
    case 'EMAIL_ADDED':
      return s.phase === 'running' ? { ...s, imported: s.imported + 1 } : s;
    case 'FETCH_FINISHED':
    case 'FETCH_FAILED':
      return { phase: 'finished', report: reportOf(e), at: e.at };
  }
  return s;
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}

/**
 * The status line under the folder's title. own: the viewer clicked
 * "Check email" (else the run came from the schedule, a push or someone else).
 */
export function liveRunLine(s: LiveRun, own: boolean): string {
  switch (s.phase) {
    case 'idle':
      return '';
    case 'running': {
      const what = own ? 'Checking email…' : 'New mail is being fetched…';
      return s.imported > 0 ? `${what} ${s.imported.toLocaleString('en-US')} new so far` : what;
    }
    case 'finished': {
      if (own) return formatFetchReport(s.report);
      const error = s.report.error?.trim();
      if (error) return `The automatic check failed: ${error}`;
      return `Automatic check: ${lowerFirst(formatFetchReport(s.report))}`;
    }
  }
}

export function hasFailed(s: LiveRun): boolean {
  return s.phase === 'finished' && !!s.report.error?.trim();
}

export const triggerLabels: Record<FetchTrigger, string> = {
  MANUAL: 'Check email',
  SCHEDULE: 'Schedule',
  PUSH: 'Push',
  IMPORT: 'Import',
};

export interface FetchRunLike extends FetchReportLike {
  trigger: FetchTrigger;
  startedAt: string;
  finishedAt?: string | null;
}

/** The Activity tab's result cell: "8 new, 2 duplicates", "Running…", or the error. */
export function runSummary(r: FetchRunLike): string {
  if (!r.finishedAt) return 'Running…';
  return formatFetchReport(r);
}

/** 420 ms → "0.4 s", 12,300 ms → "12 s", 125,000 ms → "2 min 5 s". */
export function formatDuration(startedAt: string, finishedAt: string | null | undefined): string {
  if (!finishedAt) return '';
  const ms = new Date(finishedAt).getTime() - new Date(startedAt).getTime();
  if (!Number.isFinite(ms) || ms < 0) return '';
  if (ms < 10_000) return `${(ms / 1000).toFixed(1)} s`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  return s % 60 ? `${m} min ${s % 60} s` : `${m} min`;
}

/** The run whose failed messages "Reprocess" retries: the newest finished run, when it has failures. */
export function reprocessable<T extends FetchRunLike>(runs: readonly T[]): T | undefined {
  const last = runs.find((r) => r.finishedAt);
  return last && last.failed > 0 ? last : undefined;
}

export type Tone = 'ok' | 'muted' | 'warn' | 'error';

export interface PushFolderLike {
  protocol: string;
  push: boolean;
  pushStatus?: { state: string; error?: string | null } | null;
}

/** "Push: watching", "Push unavailable: …"; null where push does not apply (POP3). */
export function pushLine(f: PushFolderLike): { text: string; tone: Tone } | null {
  if (!f.protocol.startsWith('IMAP')) return null;
  if (!f.push) return { text: 'Push: off', tone: 'muted' };
  const st = f.pushStatus;
  const why = st?.error?.trim();
  switch (st?.state) {
    case undefined:
      return { text: 'Push: not running on this server', tone: 'muted' };
    case 'WATCHING':
      return { text: 'Push: watching', tone: 'ok' };
    case 'CONNECTING':
      return { text: 'Push: connecting…', tone: 'muted' };
    case 'RECONNECTING':
      return { text: why ? `Push: reconnecting (${why})` : 'Push: reconnecting…', tone: 'warn' };
    case 'UNSUPPORTED':
      return { text: 'Push unavailable: the server does not support IMAP IDLE; the fetch interval applies', tone: 'warn' };
    case 'FAILED':
      return { text: `Push unavailable: ${why || 'the server refused the connection'}`, tone: 'error' };
    case 'OFF':
      return { text: 'Push: off', tone: 'muted' };
    case 'ELSEWHERE':
      return { text: 'Push: watched by another instance', tone: 'ok' };
    default:
      return { text: `Push: ${(st?.state ?? '').toLowerCase()}`, tone: 'muted' };
  }
}

/** "checks every 30 minutes and on new mail (push)". */
export function scheduleLine(f: { protocol: string; push: boolean; fetchIntervalMinutes: number }): string {
  const push = f.push && f.protocol.startsWith('IMAP');
  if (f.fetchIntervalMinutes > 0) {
    return `checks every ${plural(f.fetchIntervalMinutes, 'minute')}${push ? ' and on new mail (push)' : ''}`;
  }
  return push ? 'checks on new mail (push) and on demand' : 'manual checks only';
}

/** The status line under the folder's title. */
export interface FetchStatus {
  line: string;
  busy: boolean;
  error: boolean;
}

/**
 * Whose run the events are about. The viewer's Check email joins the
 * folder's one run (or starts it) and answers with its report, over HTTP,
 * while the run's events come over the websocket, earlier or later:
 * - pending: the check is under way; its run's events are the viewer's.
 *   started/closed: its FETCH_STARTED or closing event came already.
 * - settling: the check answered before its run's closing event (and maybe
 *   its FETCH_STARTED): those are still the viewer's, and the answer's report
 *   stays on the line; a FETCH_STARTED after ours is a new run.
 * No clock: the order of the events says it.
 */
type Own = { phase: 'none' } | { phase: 'pending'; started: boolean; closed: boolean } | { phase: 'settling'; started: boolean };

export interface FolderFetchState {
  live: LiveRun;
  own: Own;
  status: FetchStatus;
}

export const initialFetchState: FolderFetchState = { live: idleRun, own: { phase: 'none' }, status: { line: '', busy: false, error: false } };

export type FetchAction =
  | { type: 'event'; event: ActivityEventLike }
  | { type: 'checkStarted' }
  | { type: 'checkEnded'; report: FetchReportLike }
  | { type: 'checkFailed'; message: string };

const closes = (e: ActivityEventLike) => e.type === 'FETCH_FINISHED' || e.type === 'FETCH_FAILED';

function othersStatus(live: LiveRun): FetchStatus {
  return { line: liveRunLine(live, false), busy: live.phase === 'running', error: hasFailed(live) };
}

/** Folds an event or the viewer's check into the live run and the status line. */
export function fetchStatusReducer(s: FolderFetchState, a: FetchAction): FolderFetchState {
  switch (a.type) {
    case 'checkStarted':
      return {
        ...s,
        own: { phase: 'pending', started: false, closed: false },
        status: { line: s.live.phase === 'running' ? liveRunLine(s.live, true) : 'Checking email…', busy: true, error: false },
      };
    case 'checkEnded':
    case 'checkFailed': {
      const status = a.type === 'checkEnded' ? { line: formatFetchReport(a.report), busy: false, error: !!a.report.error } : { line: `The check failed: ${a.message}`, busy: false, error: true };
      // Without a report no run is known to be ours.
      const own: Own = a.type === 'checkEnded' && s.own.phase === 'pending' && !s.own.closed ? { phase: 'settling', started: s.own.started } : { phase: 'none' };
      return { ...s, own, status };
    }
    case 'event': {
      const e = a.event;
      const live = liveRunReducer(s.live, e);
      const own = s.own;
      if (own.phase === 'pending') {
        const next: Own = { phase: 'pending', started: own.started || e.type === 'FETCH_STARTED', closed: own.closed || closes(e) };
        return { live, own: next, status: live.phase === 'running' ? { line: liveRunLine(live, true), busy: true, error: false } : s.status };
      }
      if (own.phase === 'settling') {
        if (closes(e)) return { live, own: { phase: 'none' }, status: s.status };
        if (e.type !== 'FETCH_STARTED' || !own.started) return { live, own: { phase: 'settling', started: own.started || e.type === 'FETCH_STARTED' }, status: s.status };
        // A FETCH_STARTED after ours: a new run, someone else's.
      }
      return { live, own: { phase: 'none' }, status: othersStatus(live) };
    }
  }
}

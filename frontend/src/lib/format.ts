// Formatting shared by the screens. Pure functions, unit-tested.

export interface FetchReportLike {
  imported: number;
  duplicates: number;
  failed: number;
  remaining: number;
  error?: string | null;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
}

/**
 * The result line of "Check email": "12 new, 2 duplicates, 86 remaining",
 * "No new email", or the error in plain words.
 */
export function formatFetchReport(r: FetchReportLike): string {
  const parts: string[] = [];
  if (r.imported > 0 || r.duplicates > 0 || r.failed > 0 || r.remaining > 0) {
    parts.push(`${r.imported.toLocaleString('en-US')} new`);
    if (r.duplicates > 0) parts.push(plural(r.duplicates, 'duplicate'));
    if (r.failed > 0) parts.push(`${r.failed.toLocaleString('en-US')} failed`);
    if (r.remaining > 0) parts.push(`${r.remaining.toLocaleString('en-US')} remaining`);
  }
  const counts = parts.join(', ');
  const error = r.error?.trim();
  if (error) return counts ? `${counts}; then the check failed: ${error}` : `The check failed: ${error}`;
  return counts || 'No new email';
}

const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];

/** 1536 → "1.5 KB" (powers of 1024, one decimal under 10). */
export function formatBytes(n: number): string {
  if (n < 1024) return n === 1 ? '1 byte' : `${n} bytes`;
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : dateTime.format(d);
}

const relative = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** "5 minutes ago", "yesterday"; now is injectable for tests. */
export function formatRelative(iso: string, now: Date = new Date()): string {
  const seconds = (new Date(iso).getTime() - now.getTime()) / 1000;
  const abs = Math.abs(seconds);
  if (abs < 45) return 'just now';
  const steps: [number, Intl.RelativeTimeFormatUnit][] = [
    [60, 'second'],
    [60, 'minute'],
    [24, 'hour'],
    [30, 'day'],
    [12, 'month'],
    [Infinity, 'year'],
  ];
  let value = seconds;
  for (const [size, unit] of steps) {
    if (Math.abs(value) < size) return relative.format(Math.round(value), unit);
    value /= size;
  }
  return relative.format(Math.round(value), 'year');
}

export interface AddressLike {
  name?: string | null;
  address: string;
}

/** "Ada Lovelace <ada@example.com>", or the bare address. */
export function formatAddress(a: AddressLike | null | undefined): string {
  if (!a) return '';
  const name = a.name?.trim();
  return name && name !== a.address ? `${name} <${a.address}>` : a.address;
}

/** The name when there is one, else the address (for tables). */
export function displayName(a: AddressLike | null | undefined): string {
  if (!a) return '';
  return a.name?.trim() || a.address;
}

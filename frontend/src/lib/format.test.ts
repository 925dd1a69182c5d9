import { describe, expect, it } from 'vitest';
import { displayName, formatAddress, formatBytes, formatFetchReport, formatRelative } from './format';

describe('formatFetchReport', () => {
  const r = (imported: number, duplicates = 0, remaining = 0, failed = 0, error: string | null = null) => ({
    imported,
    duplicates,
    remaining,
    failed,
    error,
  });

  it.each([
    [r(12, 2, 86), '12 new, 2 duplicates, 86 remaining'],
    [r(1, 1), '1 new, 1 duplicate'],
    [r(3), '3 new'],
    [r(0, 4), '0 new, 4 duplicates'],
    [r(0), 'No new email'],
    [r(100, 0, 12000), '100 new, 12,000 remaining'],
    [r(5, 0, 0, 2), '5 new, 2 failed'],
  ])('%o → %s', (report, line) => {
    expect(formatFetchReport(report)).toBe(line);
  });

  it('says the error in plain words', () => {
    expect(formatFetchReport(r(0, 0, 0, 0, 'the server refused the password'))).toBe(
      'The check failed: the server refused the password',
    );
  });

  it('keeps what was imported before an error', () => {
    expect(formatFetchReport(r(7, 0, 0, 0, 'connection lost'))).toBe('7 new; then the check failed: connection lost');
  });
});

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [1536, '1.5 KB'],
    [20 * 1024, '20 KB'],
    [5.25 * 1024 * 1024, '5.3 MB'],
  ])('%d → %s', (n, s) => expect(formatBytes(n)).toBe(s));
});

describe('addresses', () => {
  it('shows name and address, or the address alone', () => {
    expect(formatAddress({ name: 'Ada Lovelace', address: 'ada@example.com' })).toBe('Ada Lovelace <ada@example.com>');
    expect(formatAddress({ name: '', address: 'ada@example.com' })).toBe('ada@example.com');
    expect(formatAddress(null)).toBe('');
    expect(displayName({ name: null, address: 'x@example.com' })).toBe('x@example.com');
  });
});

describe('formatRelative', () => {
  const now = new Date('2026-11-01T12:00:00Z');
  it.each([
    ['2026-11-01T11:59:50Z', 'just now'],
    ['2026-11-01T11:55:00Z', '5 minutes ago'],
    ['2026-11-01T09:00:00Z', '3 hours ago'],
    ['2026-10-31T12:00:00Z', 'yesterday'],
  ])('%s → %s', (iso, s) => expect(formatRelative(iso, now)).toBe(s));
});

/**
 * The search box's query as the UI shows it: the filters (from:, to:,
 * subject:, has:, before:, after:, in:) become removable chips; the words
 * stay text. The server parses the query itself (search/query.go); this only
 * finds where each filter is in the text so a chip can take it out again.
 */

export interface Chip {
  /** The filter's name, lower case: from, to, subject, has, before, after, in. */
  name: string;
  /** Its value, without quotes. */
  value: string;
  negated: boolean;
  /** What the chip says, e.g. "From: alice" or "Has attachment". */
  label: string;
  /** Where it is in the query, to remove it. */
  start: number;
  end: number;
}

const filterNames = new Set(['from', 'to', 'subject', 'has', 'before', 'after', 'in']);

const labels: Record<string, string> = {
  from: 'From',
  to: 'To',
  subject: 'Subject',
  before: 'Before',
  after: 'After',
  in: 'In',
};

function chipLabel(name: string, value: string, negated: boolean): string {
  const label = name === 'has' && value.toLowerCase() === 'attachment' ? 'Has attachment' : `${labels[name] ?? name}: ${value}`;
  return negated ? `Not ${label.charAt(0).toLowerCase()}${label.slice(1)}` : label;
}

/** The filters of query, in order. A filter with an unclosed quote is left to the server's error. */
export function parseChips(query: string): Chip[] {
  const chips: Chip[] = [];
  let i = 0;
  while (i < query.length) {
    while (i < query.length && /\s/.test(query[i])) i++;
    if (i >= query.length) break;
    const start = i;
    let negated = false;
    if (query[i] === '-' && i + 1 < query.length && !/\s/.test(query[i + 1])) {
      negated = true;
      i++;
    }
    const m = /^([A-Za-z]{1,16}):/.exec(query.slice(i));
    const name = m?.[1].toLowerCase();
    if (m && name && filterNames.has(name)) {
      i += m[0].length;
      let value = '';
      if (query[i] === '"') {
        const close = query.indexOf('"', i + 1);
        if (close < 0) return chips;
        value = query.slice(i + 1, close);
        i = close + 1;
        if (query[i] === '*') i++;
      } else {
        const s = i;
        while (i < query.length && !/\s/.test(query[i])) i++;
        value = query.slice(s, i);
      }
      if (value !== '') chips.push({ name, value, negated, label: chipLabel(name, value, negated), start, end: i });
      continue;
    }
    // A word or a "phrase": skip it.
    if (query[i] === '"') {
      const close = query.indexOf('"', i + 1);
      if (close < 0) return chips;
      i = close + 1;
    } else {
      while (i < query.length && !/\s/.test(query[i])) {
        if (query[i] === '"' && i > start) break;
        i++;
      }
    }
  }
  return chips;
}

/** query without chip, spaces tidied. */
export function removeChip(query: string, chip: Chip): string {
  return `${query.slice(0, chip.start)} ${query.slice(chip.end)}`.replace(/\s+/g, ' ').trim();
}

export interface SnippetPart {
  text: string;
  mark: boolean;
}

const entities: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#34;': '"', '&#39;': "'" };

/**
 * The server's snippet (HTML-escaped text with <mark>…</mark> and nothing
 * else) as plain text parts, so that React renders it as text: no HTML is
 * ever parsed, and anything but the two tags stays literal text.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let mark = false;
  for (const piece of snippet.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else if (piece !== '') parts.push({ text: piece.replace(/&(amp|lt|gt|quot|#34|#39);/g, (e) => entities[e] ?? e), mark });
  }
  return parts;
}

/** The URL of a search: every readable folder, or one. */
export function searchURL(query: string, folderID?: string): string {
  const p = new URLSearchParams({ q: query });
  if (folderID) p.set('folder', folderID);
  return `/search?${p.toString()}`;
}

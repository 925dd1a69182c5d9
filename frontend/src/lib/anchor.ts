// Anchoring W3C text-quote selectors in an email's plain text: the same
// algorithm as the server's (annotation/anchor.go), tested against the same
// table (annotation/testdata/anchors.json). Positions count Unicode code
// points, as Go does; whitespace runs fold to one space; a match never
// starts on, nor ends before, a combining mark.

export interface Selector {
  exact: string;
  prefix?: string | null;
  suffix?: string | null;
  start?: number | null;
}

/** Where a selector anchors: code point offsets [start, end) in the text. */
export interface Match {
  start: number;
  end: number;
}

const maxCandidates = 10000;
const space = /\p{White_Space}/u;
const mark = /\p{M}/u;

interface Normalized {
  s: string;
  /** UTF-16 offset in s -> code point index in the original; s.length + 1 entries. */
  index: number[];
}

function normalize(text: string): Normalized {
  let s = '';
  const index: number[] = [];
  let cp = 0;
  let inSpace = false;
  for (const ch of text) {
    if (space.test(ch)) {
      if (!inSpace) {
        s += ' ';
        index.push(cp);
      }
      inSpace = true;
      cp++;
      continue;
    }
    inSpace = false;
    s += ch;
    for (let i = 0; i < ch.length; i++) index.push(cp);
    cp++;
  }
  index.push(cp);
  return { s, index };
}

/** A quote normalized the same way: whitespace folded, ends trimmed. */
export function fold(s: string): string {
  return s
    .split(/\p{White_Space}+/u)
    .filter((w) => w !== '')
    .join(' ');
}

function commonSuffix(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n++;
  return n;
}

function commonPrefix(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

function codePointAt(s: string, i: number): string {
  const c = s.codePointAt(i);
  return c === undefined ? '' : String.fromCodePoint(c);
}

/**
 * Anchors sel in text: among the occurrences of the exact quote, the one
 * whose surroundings agree longest with prefix and suffix, then the one
 * nearest the start hint, then the first; null when it does not occur.
 */
export function resolve(text: string, sel: Selector): Match | null {
  const exact = fold(sel.exact);
  if (exact === '') return null;
  const n = normalize(text);
  const prefix = fold(sel.prefix ?? '');
  const suffix = fold(sel.suffix ?? '');
  let best = -1;
  let bestScore = -1;
  let bestDist = 0;
  for (let at = 0, seen = 0; seen < maxCandidates; seen++) {
    const i = n.s.indexOf(exact, at);
    if (i < 0) break;
    at = i + 1;
    const end = i + exact.length;
    if (mark.test(codePointAt(n.s, i)) || (end < n.s.length && mark.test(codePointAt(n.s, end)))) continue;
    const score = commonSuffix(n.s.slice(0, i).replace(/ +$/, ''), prefix) + commonPrefix(n.s.slice(end).replace(/^ +/, ''), suffix);
    const dist = sel.start != null ? Math.abs(n.index[i] - sel.start) : 0;
    if (score > bestScore || (score === bestScore && dist < bestDist)) {
      best = i;
      bestScore = score;
      bestDist = dist;
    }
  }
  if (best < 0) return null;
  const end = best + exact.length;
  return { start: n.index[best], end: n.index[end - 1] + 1 };
}

/** The selector of the code points [start, end) of text, with 32 code points of context each side. */
export function selectorOf(text: string, start: number, end: number): Selector {
  const cps = Array.from(text);
  return {
    exact: cps.slice(start, end).join(''),
    prefix: cps.slice(Math.max(0, start - 32), start).join(''),
    suffix: cps.slice(end, end + 32).join(''),
    start,
  };
}

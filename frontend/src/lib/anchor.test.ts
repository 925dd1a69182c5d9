import { describe, expect, it } from 'vitest';
// The table the server's anchoring test runs too (annotation/anchor_test.go).
import cases from '../../../annotation/testdata/anchors.json';
import { resolve, selectorOf, type Match, type Selector } from './anchor';

interface Case {
  name: string;
  text: string;
  selector: Selector;
  want: Match | null;
}

describe('resolve (shared with the server)', () => {
  it('reads the shared table', () => {
    expect((cases as Case[]).length).toBeGreaterThanOrEqual(20);
  });
  for (const c of cases as Case[]) {
    it(c.name, () => {
      expect(resolve(c.text, c.selector)).toEqual(c.want);
    });
  }
});

describe('selectorOf', () => {
  it('round-trips a selection in a text with repeated phrases and astral characters', () => {
    const text = '📧 the cat sat. 📧 the cat ran.';
    const cps = Array.from(text);
    const start = cps.lastIndexOf('t', cps.indexOf('r')) - 6; // the second "the cat"
    const sel = selectorOf(text, start, start + 7);
    expect(sel.exact).toBe('the cat');
    expect(resolve(text, { ...sel, start: 0 })).toEqual({ start, end: start + 7 });
  });
});

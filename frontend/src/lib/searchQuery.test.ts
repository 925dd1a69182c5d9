import { describe, expect, it } from 'vitest';
import { parseChips, removeChip, searchURL, snippetParts } from './searchQuery';

describe('parseChips', () => {
  it('finds each filter with its label, leaving words alone', () => {
    const q = 'invoice from:alice "quarterly report" -to:bob has:attachment in:"Support desk" before:2024-03-01 inv*';
    expect(parseChips(q).map((c) => c.label)).toEqual(['From: alice', 'Not to: bob', 'Has attachment', 'In: Support desk', 'Before: 2024-03-01']);
  });
  it('does not take words with a colon that are no filter, nor phrases holding one', () => {
    expect(parseChips('https://example.com "from:x" 10:30 colour:red')).toEqual([]);
  });
  it('leaves an unclosed quote to the server', () => {
    expect(parseChips('from:"alice').map((c) => c.name)).toEqual([]);
    expect(parseChips('to:bob "open').map((c) => c.name)).toEqual(['to']);
  });
  it('ignores case in the name', () => {
    expect(parseChips('FROM:Alice')[0]).toMatchObject({ name: 'from', value: 'Alice' });
  });
});

describe('removeChip', () => {
  it('takes exactly the chip out', () => {
    const q = 'invoice from:"Alice Smith" to:bob budget';
    const [from, to] = parseChips(q);
    expect(removeChip(q, from)).toBe('invoice to:bob budget');
    expect(removeChip(q, to)).toBe('invoice from:"Alice Smith" budget');
    expect(removeChip('-subject:re x', parseChips('-subject:re x')[0])).toBe('x');
  });
});

describe('snippetParts', () => {
  it('marks what the server marked and unescapes the rest as text', () => {
    expect(snippetParts('in attachment a&amp;b.txt: &lt;script&gt; <mark>plan</mark> &#34;x&#34;')).toEqual([
      { text: 'in attachment a&b.txt: <script> ', mark: false },
      { text: 'plan', mark: true },
      { text: ' "x"', mark: false },
    ]);
  });
  it('never turns other markup into elements', () => {
    expect(snippetParts('<b>x</b>')).toEqual([{ text: '<b>x</b>', mark: false }]);
  });
});

describe('searchURL', () => {
  it('encodes the query and the folder', () => {
    expect(searchURL('from:a b&c')).toBe('/search?q=from%3Aa+b%26c');
    expect(searchURL('x', 'F1')).toBe('/search?q=x&folder=F1');
  });
});

import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { inline, parse, safeHref } from '../lib/markdownLite';
import { MarkdownLite } from './MarkdownLite';

const html = (text: string) => render(<MarkdownLite text={text} />).container;

describe('MarkdownLite', () => {
  it('renders emphasis, code, lists, code blocks and links', () => {
    const c = html('**bold** and *it* and `x<y`\n\n- one\n- two\n\n1. first\n\n```\n<b>raw</b>\n```\n[site](https://example.com/a?b=1) https://x.example/p.');
    expect(c.querySelector('strong')?.textContent).toBe('bold');
    expect(c.querySelector('em')?.textContent).toBe('it');
    expect(c.querySelector('p code')?.textContent).toBe('x<y');
    expect(c.querySelectorAll('ul li')).toHaveLength(2);
    expect(c.querySelectorAll('ol li')).toHaveLength(1);
    expect(c.querySelector('pre code')?.textContent).toBe('<b>raw</b>');
    expect(c.querySelector('b')).toBeNull();
    const links = c.querySelectorAll('a');
    expect(links).toHaveLength(2);
    expect(links[0].getAttribute('href')).toBe('https://example.com/a?b=1');
    expect(links[1].getAttribute('href')).toBe('https://x.example/p');
    for (const a of links) expect(a.getAttribute('rel')).toBe('noopener noreferrer nofollow');
  });

  it('never renders markup from the text', () => {
    const hostile = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">x</a>',
      '<iframe src="evil"></iframe>',
      '<svg onload=alert(1)>',
      '&lt;script&gt;',
      '<style>*{display:none}</style>',
    ];
    for (const text of hostile) {
      const c = html(text);
      expect(c.querySelector('script, img, iframe, svg, style, a')).toBeNull();
      expect(c.textContent).toBe(text);
    }
  });

  it('refuses links that are not http, https or mailto', () => {
    for (const href of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'vbscript:msgbox',
      'data:text/html,<script>alert(1)</script>',
      'file:///etc/passwd',
      '//evil.example/x',
      '/relative',
      'https:',
    ]) {
      expect(safeHref(href)).toBeNull();
      const c = html(`[click](${href})`);
      expect(c.querySelector('a')).toBeNull();
    }
    expect(safeHref('mailto:ann@example.com')).toBe('mailto:ann@example.com');
    expect(html('[mail](mailto:ann@example.com)').querySelector('a')?.getAttribute('href')).toBe('mailto:ann@example.com');
  });

  it('shows mentions but not addresses as mentions', () => {
    const c = html('thanks @bob. write to mail@example.com');
    const m = c.querySelectorAll('.mention');
    expect(m).toHaveLength(1);
    expect(m[0].textContent).toBe('@bob');
  });

  it('leaves unclosed or deeply nested markup as text, quickly', () => {
    expect(inline('**not closed')).toEqual([{ t: 'text', v: '**not closed' }]);
    const t0 = performance.now();
    const deep = '*'.repeat(5000) + 'x' + '*'.repeat(5000) + '['.repeat(5000) + '`'.repeat(3);
    const c = html(deep);
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(c.textContent?.length).toBeGreaterThan(0);
    expect(parse('*'.repeat(20) + 'a' + '*'.repeat(20))).toHaveLength(1);
  });
});

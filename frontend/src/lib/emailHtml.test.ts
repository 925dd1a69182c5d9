import { describe, expect, it } from 'vitest';
import { buildSrcdoc, contentSecurityPolicy, hasRemoteContent, iframeSandbox, inlineImages, referencedAttachments } from './emailHtml';

describe('the sandbox of email HTML', () => {
  it('never lets scripts run nor gives the app’s origin', () => {
    const tokens = iframeSandbox.split(/\s+/);
    expect(tokens).not.toContain('allow-scripts');
    expect(tokens).not.toContain('allow-same-origin');
    expect(tokens).not.toContain('allow-top-navigation');
    expect(tokens).not.toContain('allow-forms');
  });

  it('puts the CSP first, before any of the email', () => {
    const doc = buildSrcdoc('<meta http-equiv="Content-Security-Policy" content="script-src *"><p>hi</p>', { remoteImages: false });
    const csp = doc.indexOf('http-equiv="Content-Security-Policy"');
    expect(csp).toBeGreaterThan(0);
    expect(doc.indexOf('<p>hi</p>')).toBeGreaterThan(csp);
    expect(doc.slice(csp, doc.indexOf('>', csp))).toContain("default-src 'none'");
  });

  it('blocks remote images until asked', () => {
    expect(contentSecurityPolicy(false)).toContain('img-src data:;');
    expect(contentSecurityPolicy(false)).not.toMatch(/https?:/);
    expect(contentSecurityPolicy(true)).toContain('img-src data: https: http:;');
    expect(contentSecurityPolicy(true)).not.toContain('script-src');
  });
});

describe('hasRemoteContent', () => {
  it.each([
    ['<img src="https://t.example/p.gif">', true],
    ['<img src=//t.example/p.gif>', true],
    ['<td background="http://x/y.png">', true],
    ['<div style="background:url(\'https://x/y.png\')">', true],
    ['<img src="cid:logo@x">', false],
    ['<a href="https://example.com">link</a>', false],
    ['<img src="data:image/png;base64,AAAA">', false],
  ])('%s → %s', (html, want) => expect(hasRemoteContent(html)).toBe(want));
});

describe('inline images', () => {
  const attachments = [
    { url: '/attachments/3', contentID: 'banner@mailroom.test' },
    { url: '/attachments/4', contentID: '<logo@x>' },
    { url: '/attachments/5', contentID: '' },
  ];

  it('finds cid: references and server-rewritten URLs', () => {
    const html = `<img src="cid:banner@mailroom.test"><img src='cid:LOGO%40x'><img src=/attachments/5><img src="cid:missing">`;
    expect(referencedAttachments(html, attachments).map((a) => a.url)).toEqual(['/attachments/3', '/attachments/4', '/attachments/5']);
  });

  it('replaces them with data: URLs and leaves the rest to the CSP', () => {
    const html = `<img alt="a" src="cid:banner@mailroom.test"> <img src="cid:missing"> <img src="https://t/p.gif">`;
    const data = new Map([['/attachments/3', 'data:image/png;base64,QUJD']]);
    expect(inlineImages(html, attachments, data)).toBe(
      `<img alt="a" src="data:image/png;base64,QUJD"> <img src="cid:missing"> <img src="https://t/p.gif">`,
    );
  });
});

import { describe, expect, it } from 'vitest';
import {
  buildSrcdoc,
  contentSecurityPolicy,
  hasRemoteContent,
  iframeSandbox,
  imageProxyURL,
  referencedAttachments,
  remoteImageURLs,
  rewriteImages,
} from './emailHtml';

describe('the sandbox of email HTML', () => {
  it('never lets scripts run nor gives the app’s origin', () => {
    const tokens = iframeSandbox.split(/\s+/);
    expect(tokens).not.toContain('allow-scripts');
    expect(tokens).not.toContain('allow-same-origin');
    expect(tokens).not.toContain('allow-top-navigation');
    expect(tokens).not.toContain('allow-forms');
  });

  it('puts the CSP first, before any of the email', () => {
    const doc = buildSrcdoc('<meta http-equiv="Content-Security-Policy" content="script-src *"><p>hi</p>');
    const csp = doc.indexOf('http-equiv="Content-Security-Policy"');
    expect(csp).toBeGreaterThan(0);
    expect(doc.indexOf('<p>hi</p>')).toBeGreaterThan(csp);
    expect(doc.slice(csp, doc.indexOf('>', csp))).toContain("default-src 'none'");
  });

  it('never lets the document reach the network, not even for images', () => {
    expect(contentSecurityPolicy()).toContain('img-src data:;');
    expect(contentSecurityPolicy()).not.toMatch(/https?:|\*|'self'/);
    expect(contentSecurityPolicy()).not.toContain('script-src');
  });
});

describe('hasRemoteContent', () => {
  it.each([
    ['<img src="https://t.example/p.gif">', true],
    ['<img src=//t.example/p.gif>', true],
    ['<table><tr><td background="http://x/y.png">x</td></tr></table>', true],
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

  it('replaces them with data: URLs and drops remote images not fetched', () => {
    const html = `<img alt="a" src="cid:banner@mailroom.test"> <img src="cid:missing"> <img src="https://t/p.gif" alt="p">`;
    const data = new Map([['/attachments/3', 'data:image/png;base64,QUJD']]);
    expect(rewriteImages(html, attachments, data)).toBe(
      `<img alt="a" src="data:image/png;base64,QUJD"> <img src="cid:missing"> <img alt="p">`,
    );
  });

  it('rewrites elements, not text that looks like an attribute', () => {
    // A regular expression saw " src=cid:…" inside the width value and wrote
    // a quote there, turning "onerror" into an attribute of its own.
    const html = `<img width="1 src=cid:banner@mailroom.test onerror=alert(1) x" src="cid:banner@mailroom.test">`;
    const out = rewriteImages(html, attachments, new Map([['/attachments/3', 'data:image/png;base64,QUJD']]));
    const img = new DOMParser().parseFromString(out, 'text/html').querySelector('img')!;
    expect(img.getAttributeNames().sort()).toEqual(['src', 'width']);
    expect(img.getAttribute('src')).toBe('data:image/png;base64,QUJD');
    expect(img.getAttribute('width')).toBe('1 src=cid:banner@mailroom.test onerror=alert(1) x');
    expect(referencedAttachments(`<p title=" src=cid:logo@x">x</p>`, attachments)).toEqual([]);
  });
});

describe('remote images through the image proxy', () => {
  const html = `<p>hi</p><img src="https://tracker.example/open.gif?u=1&amp;r=2"><img src=//cdn.example/a.png>
<img src="HTTP://Tracker.Example/open.gif?u=1&amp;r=2"><img src="/relative.png"><img src="data:image/gif;base64,R0lG">
<a href="https://example.com/page">link</a><div style="background:url(https://bg.example/x.png)">bg</div>
<img src="https://a.example/x.png" srcset="https://a.example/x2.png 2x">`;

  it('lists each absolute img src once, as the browser resolves it', () => {
    expect(remoteImageURLs(html)).toEqual([
      'https://tracker.example/open.gif?u=1&r=2',
      'https://cdn.example/a.png',
      'http://tracker.example/open.gif?u=1&r=2',
      'https://a.example/x.png',
    ]);
  });

  it('asks Mailroom, naming the email and the URL encoded', () => {
    expect(imageProxyURL('4294967302', 'https://tracker.example/open.gif?u=1&r=2')).toBe(
      '/image-proxy?email=4294967302&url=https%3A%2F%2Ftracker.example%2Fopen.gif%3Fu%3D1%26r%3D2',
    );
  });

  it('puts the proxied data: URLs in place and leaves no URL of the network in an img', () => {
    const remote = new Map([
      ['https://tracker.example/open.gif?u=1&r=2', 'data:image/gif;base64,R0lGODlh'],
      ['https://a.example/x.png', 'data:image/png;base64,UE5H'],
    ]);
    const doc = new DOMParser().parseFromString(rewriteImages(html, [], new Map(), remote), 'text/html');
    const srcs = [...doc.querySelectorAll('img')].map((i) => i.getAttribute('src'));
    expect(srcs).toEqual([
      'data:image/gif;base64,R0lGODlh',
      null, // not fetched: its src is gone rather than left to the CSP
      null,
      '/relative.png',
      'data:image/gif;base64,R0lG',
      'data:image/png;base64,UE5H',
    ]);
    expect(doc.querySelector('[srcset]')).toBeNull();
    // Backgrounds stay as they were: the CSP blocks them.
    expect(doc.querySelector('div')!.getAttribute('style')).toContain('https://bg.example/x.png');
    expect(doc.querySelector('a')!.getAttribute('href')).toBe('https://example.com/page');
  });
});

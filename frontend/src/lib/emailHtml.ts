// Builds the srcdoc of the sandboxed iframe that shows an email's HTML.
//
// Three layers keep a hostile email harmless, each enough on its own for
// scripts: the server sanitizes the HTML; the iframe is sandboxed without
// allow-scripts and without allow-same-origin (an opaque origin: no access to
// the app, its cookies or its storage); and the document carries a
// Content-Security-Policy with default-src 'none' and img-src data: only, so
// the document never reaches the network. Inline images (cid: references, or
// /attachments/{id} if the server rewrote them) are passed in as data: URLs
// fetched by the app, because the sandboxed document has an opaque origin and
// cannot send the session cookie. Remote images (tracking pixels) are not
// loaded until the reader asks; then the app fetches them through Mailroom's
// image proxy (the sender never sees the reader) and passes them in the same way.

/** Same tokens in every build; tests assert on them. */
export const iframeSandbox = 'allow-popups allow-popups-to-escape-sandbox';

/**
 * The email's HTML as an inert document: DOMParser runs no script and loads
 * nothing, and it splits the markup exactly as the iframe will, so no
 * attribute value can pass for markup (as it could for a regular expression).
 */
function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** Back to markup: what the parser put in the head (an email's own head) and the body. */
function serialize(doc: Document): string {
  return doc.head.innerHTML + doc.body.innerHTML;
}

/** The absolute http(s) URL a src value names, or undefined (relative, cid:, data:, …). */
export function remoteURL(value: string | null): string | undefined {
  const v = (value ?? '').trim();
  const abs = v.startsWith('//') ? `https:${v}` : v;
  if (!/^https?:\/\//i.test(abs)) return undefined;
  try {
    return new URL(abs).href;
  } catch {
    return undefined;
  }
}

const remoteCSS = /url\(\s*["']?\s*(?:https?:)?\/\//i;

/** True when the HTML refers to images or other resources on the network. */
export function hasRemoteContent(html: string): boolean {
  const doc = parse(html);
  for (const el of doc.querySelectorAll('*')) {
    for (const name of ['src', 'srcset', 'background', 'poster']) {
      const v = el.getAttribute(name);
      if (v && (remoteURL(v) || (name === 'srcset' && /(?:https?:)?\/\//i.test(v)))) return true;
    }
    if (remoteCSS.test(el.getAttribute('style') ?? '')) return true;
  }
  for (const style of doc.querySelectorAll('style')) {
    if (remoteCSS.test(style.textContent ?? '')) return true;
  }
  return false;
}

/** The remote images (img src, absolute http(s) URLs) of the HTML, each once. */
export function remoteImageURLs(html: string): string[] {
  const urls = new Set<string>();
  for (const img of parse(html).querySelectorAll('img')) {
    const u = remoteURL(img.getAttribute('src'));
    if (u) urls.add(u);
  }
  return [...urls];
}

/** Where the app fetches a remote image of an email: Mailroom's image proxy, never the sender. */
export function imageProxyURL(emailID: string, url: string): string {
  return `/image-proxy?email=${encodeURIComponent(emailID)}&url=${encodeURIComponent(url)}`;
}

/**
 * The iframe loads images from data: URLs only, whether or not the reader
 * asked for remote images: the app fetches those through the image proxy and
 * passes them in, so the email's document never reaches the network.
 */
export function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    'img-src data:',
    'font-src data:',
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export interface InlineCandidate {
  url: string;
  contentID?: string | null;
}

function normalizeCID(cid: string): string {
  let c = cid.trim();
  try {
    c = decodeURIComponent(c);
  } catch {
    // keep it as it is
  }
  return c.replace(/^<|>$/g, '').toLowerCase();
}

/** The attachment a src value points at: "cid:…" (by Content-ID) or its own URL. */
function lookup<T extends InlineCandidate>(value: string, attachments: T[]): T | undefined {
  const v = value.trim();
  if (/^cid:/i.test(v)) {
    const cid = normalizeCID(v.slice(4));
    return attachments.find((a) => a.contentID && normalizeCID(a.contentID) === cid);
  }
  return attachments.find((a) => a.url === v);
}

/** The attachments the HTML shows inline (img src="cid:…" or src="/attachments/{id}"). */
export function referencedAttachments<T extends InlineCandidate>(html: string, attachments: T[]): T[] {
  const found = new Set<T>();
  for (const img of parse(html).querySelectorAll('img')) {
    const a = lookup(img.getAttribute('src') ?? '', attachments);
    if (a) found.add(a);
  }
  return [...found];
}

/**
 * Rewrites the img elements of the HTML for the iframe: an inline attachment
 * becomes its data: URL (inlineData, keyed by the attachment's url), a remote
 * image the data: URL the proxy gave (remoteData, keyed by the remote URL);
 * a remote image without one loses its src, and srcset goes, so nothing in
 * the document points at the network. Other src values (cid: not found) are
 * left for the CSP to block.
 */
export function rewriteImages(
  html: string,
  attachments: InlineCandidate[],
  inlineData: Map<string, string>,
  remoteData: Map<string, string> = new Map(),
): string {
  const doc = parse(html);
  for (const img of doc.querySelectorAll('img')) {
    img.removeAttribute('srcset');
    const src = img.getAttribute('src') ?? '';
    const remote = remoteURL(src);
    if (remote) {
      const data = remoteData.get(remote);
      if (data) img.setAttribute('src', data);
      else img.removeAttribute('src');
      continue;
    }
    const a = lookup(src, attachments);
    const data = a && inlineData.get(a.url);
    if (data) img.setAttribute('src', data);
  }
  return serialize(doc);
}

export function buildSrcdoc(html: string): string {
  return `<!doctype html>
<html><head>
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<meta charset="utf-8">
<meta name="referrer" content="no-referrer">
<base target="_blank">
<style>
html{color-scheme:light}
body{margin:0;padding:16px 20px;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:#1f2328;background:#fff;overflow-wrap:break-word}
img{max-width:100%;height:auto}
pre{white-space:pre-wrap}
table{max-width:100%}
</style>
</head><body>${html}</body></html>`;
}

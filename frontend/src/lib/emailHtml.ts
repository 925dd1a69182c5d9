// Builds the srcdoc of the sandboxed iframe that shows an email's HTML.
//
// Three layers keep a hostile email harmless, each enough on its own for
// scripts: the server sanitizes the HTML; the iframe is sandboxed without
// allow-scripts and without allow-same-origin (an opaque origin: no access to
// the app, its cookies or its storage); and the document carries a
// Content-Security-Policy with default-src 'none'. Remote images (tracking
// pixels) are blocked until the reader asks for them; inline images (cid:
// references, or /attachments/{id} if the server rewrote them) are passed in
// as data: URLs, fetched by the app, because the sandboxed document has an
// opaque origin and cannot send the session cookie.

/** Same tokens in every build; tests assert on them. */
export const iframeSandbox = 'allow-popups allow-popups-to-escape-sandbox';

const remotePattern = /(?:\b(?:src|srcset|background|poster)\s*=\s*["']?\s*(?:https?:)?\/\/)|(?:url\(\s*["']?\s*(?:https?:)?\/\/)/i;

/** True when the HTML refers to images or other resources on the network. */
export function hasRemoteContent(html: string): boolean {
  return remotePattern.test(html);
}

export function contentSecurityPolicy(remoteImages: boolean): string {
  return [
    "default-src 'none'",
    "style-src 'unsafe-inline'",
    `img-src data:${remoteImages ? ' https: http:' : ''}`,
    'font-src data:',
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

export interface InlineCandidate {
  url: string;
  contentID?: string | null;
}

const srcAttr = /(\ssrc\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;

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

/** The attachments the HTML shows inline (src="cid:…" or src="/attachments/{id}"). */
export function referencedAttachments<T extends InlineCandidate>(html: string, attachments: T[]): T[] {
  const found = new Set<T>();
  for (const m of html.matchAll(srcAttr)) {
    const a = lookup(m[2] ?? m[3] ?? m[4] ?? '', attachments);
    if (a) found.add(a);
  }
  return [...found];
}

/**
 * Replaces src attributes that point at an inline attachment with its data:
 * URL (dataURLs is keyed by the attachment's url). Others are left for the
 * CSP to block.
 */
export function inlineImages(html: string, attachments: InlineCandidate[], dataURLs: Map<string, string>): string {
  return html.replace(srcAttr, (whole, pre: string, dq?: string, sq?: string, bare?: string) => {
    const a = lookup(dq ?? sq ?? bare ?? '', attachments);
    const data = a && dataURLs.get(a.url);
    return data ? `${pre}"${data}"` : whole;
  });
}

export function buildSrcdoc(html: string, opts: { remoteImages: boolean }): string {
  return `<!doctype html>
<html><head>
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(opts.remoteImages)}">
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

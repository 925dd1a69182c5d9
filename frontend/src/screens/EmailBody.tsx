import { useEffect, useMemo, useState } from 'react';
import { buildSrcdoc, hasRemoteContent, iframeSandbox, imageProxyURL, referencedAttachments, remoteImageURLs, rewriteImages } from '../lib/emailHtml';

export interface InlineAttachment {
  url: string;
  contentID?: string | null;
  contentType: string;
  size: number;
}

// Inline images bigger than this are not embedded (they stay downloadable).
const maxInlineBytes = 8 << 20;

function readAsDataURL(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(String(r.result));
    r.onerror = () => reject(r.error);
    r.readAsDataURL(blob);
  });
}

// At most this many remote images are fetched through the proxy, this many at a time.
const maxRemoteImages = 100;
const remoteConcurrency = 4;

/** Fetches url (same origin, with the session cookie) as a data: URL of an image, or undefined. */
async function fetchImage(url: string, fallbackType?: string): Promise<string | undefined> {
  try {
    const resp = await fetch(url, { credentials: 'same-origin', referrerPolicy: 'no-referrer' });
    if (!resp.ok) return undefined;
    const blob = await resp.blob();
    if (blob.type.startsWith('image/')) return await readAsDataURL(blob);
    // The server sends an attachment with the sender's type and nosniff; keep only images.
    return fallbackType ? await readAsDataURL(new Blob([blob], { type: fallbackType })) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Once enabled, fetches the remote images of the email through Mailroom's
 * image proxy (never from the sender) as data: URLs keyed by remote URL;
 * undefined while they load.
 */
function useRemoteImages(emailID: string, html: string, enabled: boolean): Map<string, string> | undefined {
  const urls = useMemo(() => remoteImageURLs(html).slice(0, maxRemoteImages), [html]);
  const [images, setImages] = useState<Map<string, string> | undefined>(undefined);
  useEffect(() => {
    setImages(undefined);
    if (!enabled) return;
    let cancelled = false;
    const out = new Map<string, string>();
    const queue = [...urls];
    const worker = async () => {
      for (let u = queue.shift(); u !== undefined && !cancelled; u = queue.shift()) {
        const data = await fetchImage(imageProxyURL(emailID, u));
        if (data) out.set(u, data);
      }
    };
    void Promise.all(Array.from({ length: Math.min(remoteConcurrency, urls.length) }, worker)).then(() => {
      if (!cancelled) setImages(out);
    });
    return () => {
      cancelled = true;
    };
  }, [emailID, urls, enabled]);
  return images;
}

/** Fetches (with the session cookie) the inline images the HTML refers to, as data: URLs. */
function useInlineImages(html: string, attachments: InlineAttachment[]): Map<string, string> | undefined {
  const wanted = useMemo(
    () =>
      referencedAttachments(html, attachments).filter(
        (a) => a.contentType.toLowerCase().startsWith('image/') && a.size <= maxInlineBytes,
      ),
    [html, attachments],
  );
  const [images, setImages] = useState<Map<string, string> | undefined>(wanted.length ? undefined : new Map());
  useEffect(() => {
    if (wanted.length === 0) {
      setImages(new Map());
      return;
    }
    let cancelled = false;
    void Promise.all(
      wanted.map(async (a): Promise<[string, string] | undefined> => {
        const data = await fetchImage(a.url, a.contentType);
        return data ? [a.url, data] : undefined;
      }),
    ).then((pairs) => {
      if (!cancelled) setImages(new Map(pairs.filter((p): p is [string, string] => !!p)));
    });
    return () => {
      cancelled = true;
    };
  }, [wanted]);
  return images;
}

/** The email's sanitized HTML in a sandboxed iframe; remote images only on request, through the proxy. */
export function EmailHtml({
  emailID,
  html,
  attachments,
  title,
}: {
  emailID: string;
  html: string;
  attachments: InlineAttachment[];
  title: string;
}) {
  const [showImages, setShowImages] = useState(false);
  const remote = useMemo(() => hasRemoteContent(html), [html]);
  const images = useInlineImages(html, attachments);
  const remoteImages = useRemoteImages(emailID, html, showImages);
  const srcdoc = useMemo(
    () => (images ? buildSrcdoc(rewriteImages(html, attachments, images, remoteImages)) : undefined),
    [html, attachments, images, remoteImages],
  );

  return (
    <div className="email-html">
      {remote && !showImages && (
        <div className="notice notice-bar">
          <span>Remote images are blocked to protect your privacy (senders use them to track reading).</span>
          <button type="button" onClick={() => setShowImages(true)}>
            Show images
          </button>
        </div>
      )}
      <div className="iframe-frame">
        {srcdoc !== undefined && (
          <iframe
            title={title}
            sandbox={iframeSandbox}
            srcDoc={srcdoc}
            referrerPolicy="no-referrer"
            // A new document once the proxied images are in.
            key={remoteImages ? 'images' : 'no-images'}
          />
        )}
      </div>
    </div>
  );
}

import { useEffect, useMemo, useState } from 'react';
import { buildSrcdoc, hasRemoteContent, iframeSandbox, inlineImages, referencedAttachments } from '../lib/emailHtml';

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
        try {
          const resp = await fetch(a.url, { credentials: 'same-origin' });
          if (!resp.ok) return undefined;
          // The server sends the sender's type with nosniff; keep only images.
          const blob = await resp.blob();
          const typed = blob.type.startsWith('image/') ? blob : new Blob([blob], { type: a.contentType });
          return [a.url, await readAsDataURL(typed)];
        } catch {
          return undefined;
        }
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

/** The email's sanitized HTML in a sandboxed iframe; remote images only on request. */
export function EmailHtml({ html, attachments, title }: { html: string; attachments: InlineAttachment[]; title: string }) {
  const [showImages, setShowImages] = useState(false);
  const remote = useMemo(() => hasRemoteContent(html), [html]);
  const images = useInlineImages(html, attachments);
  const srcdoc = useMemo(
    () => (images ? buildSrcdoc(inlineImages(html, attachments, images), { remoteImages: showImages }) : undefined),
    [html, attachments, images, showImages],
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
            // A new document when images are allowed.
            key={showImages ? 'images' : 'no-images'}
          />
        )}
      </div>
    </div>
  );
}

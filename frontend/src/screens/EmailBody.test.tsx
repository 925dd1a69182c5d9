import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmailHtml } from './EmailBody';

const html = `<img src="cid:logo@x" alt="logo"><p>Hello</p><img src="https://tracker.example/open.gif?u=7" alt="pixel">`;
const attachments = [{ url: '/attachments/9', contentID: 'logo@x', contentType: 'image/png', size: 3 }];

/** A fetch answer whose blob is the document's own Blob type (FileReader takes no other). */
function answer(status: number, body: string, type: string) {
  return { ok: status < 300, status, blob: async () => new Blob([body], { type }) };
}

function srcdoc(): string {
  return screen.getByTitle('Message').getAttribute('srcdoc') ?? '';
}

describe('EmailHtml', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('loads remote images only on request, and then only through the image proxy', async () => {
    const fetched: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        fetched.push(url);
        expect(init?.credentials).toBe('same-origin');
        const type = url.startsWith('/image-proxy') ? 'image/gif' : 'image/png';
        return answer(200, 'GIF', type);
      }),
    );
    render(<EmailHtml emailID="42" html={html} attachments={attachments} title="Message" />);
    await waitFor(() => expect(srcdoc()).toContain('data:image/png;base64,'));
    expect(fetched).toEqual(['/attachments/9']);
    expect(srcdoc()).not.toContain('tracker.example');
    expect(srcdoc()).toMatch(/img-src data:;/);

    await userEvent.click(screen.getByRole('button', { name: 'Show images' }));
    await waitFor(() => expect(srcdoc()).toContain('data:image/gif;base64,'));
    expect(fetched).toEqual(['/attachments/9', '/image-proxy?email=42&url=https%3A%2F%2Ftracker.example%2Fopen.gif%3Fu%3D7']);
    expect(srcdoc()).not.toContain('tracker.example');
    expect(srcdoc()).toMatch(/img-src data:;/);
  });

  it('shows no remote image the proxy refused or answered with something else', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) =>
        url.startsWith('/image-proxy?email=1&url=https%3A%2F%2Fa')
          ? answer(200, '<script>x</script>', 'text/html')
          : answer(403, 'no', 'text/plain'),
      ),
    );
    render(
      <EmailHtml
        emailID="1"
        html={`<img src="https://a.example/x.png" alt="a"><img src="https://b.example/y.png" alt="b">`}
        attachments={[]}
        title="Message"
      />,
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Show images' }));
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    await waitFor(() => expect(srcdoc()).toContain('alt="b"'));
    expect(srcdoc()).not.toMatch(/example|data:text/);
  });
});

// Markdown-lite for comments: paragraphs, ``` code blocks, lists (- * + or
// 1.), `inline code`, *emphasis*/_emphasis_, **strong**, [links](url) and
// bare http(s) URLs, @mentions. Nothing else: there is no HTML, ever — the
// text is parsed into this tree and rendered as React elements
// (components/MarkdownLite.tsx), so markup in a comment shows as text.

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'code'; v: string }
  | { t: 'em' | 'strong'; c: Inline[] }
  | { t: 'link'; href: string; c: Inline[] }
  | { t: 'mention'; name: string };

export type Block =
  | { t: 'p'; c: Inline[] }
  | { t: 'pre'; v: string }
  | { t: 'ul' | 'ol'; items: Inline[][] };

const allowedSchemes = new Set(['http:', 'https:', 'mailto:']);

/** href when it is an absolute http, https or mailto URL; null otherwise. */
export function safeHref(href: string): string | null {
  if (/[\s\u0000-\u001f\u007f]/.test(href)) return null;
  let u: URL;
  try {
    u = new URL(href);
  } catch {
    return null;
  }
  if (!allowedSchemes.has(u.protocol)) return null;
  if (u.protocol !== 'mailto:' && !u.host) return null;
  return u.href;
}

const bullet = /^\s{0,3}[-*+]\s+(.*)$/;
const numbered = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/;
const fence = /^\s{0,3}```/;

/** Parses text into blocks. */
export function parse(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: Block[] = [];
  let para: string[] = [];
  const flush = () => {
    if (para.length) out.push({ t: 'p', c: inline(para.join('\n')) });
    para = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (fence.test(line)) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !fence.test(lines[i]); i++) code.push(lines[i]);
      out.push({ t: 'pre', v: code.join('\n') });
      continue;
    }
    const kind = bullet.test(line) ? 'ul' : numbered.test(line) ? 'ol' : null;
    if (kind) {
      flush();
      const re = kind === 'ul' ? bullet : numbered;
      const items: Inline[][] = [];
      for (; i < lines.length && re.test(lines[i]); i++) items.push(inline(re.exec(lines[i])![1]));
      i--;
      out.push({ t: kind, items });
      continue;
    }
    if (line.trim() === '') flush();
    else para.push(line);
  }
  flush();
  return out;
}

const maxDepth = 4;
const bareURL = /^https?:\/\/[^\s<>()[\]"']+/;
const mention = /^@([\p{L}\p{N}_.-]{1,64})/u;

/** Parses the inline markup of s. */
export function inline(s: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const push = (n: Inline) => {
    if (text) out.push({ t: 'text', v: text });
    text = '';
    out.push(n);
  };
  let i = 0;
  while (i < s.length) {
    const rest = s.slice(i);
    const prev = i > 0 ? s[i - 1] : ' ';
    if (rest[0] === '`') {
      const close = s.indexOf('`', i + 1);
      if (close > i + 1) {
        push({ t: 'code', v: s.slice(i + 1, close) });
        i = close + 1;
        continue;
      }
    }
    if (depth < maxDepth && rest.startsWith('**')) {
      const close = s.indexOf('**', i + 2);
      if (close > i + 2) {
        push({ t: 'strong', c: inline(s.slice(i + 2, close), depth + 1) });
        i = close + 2;
        continue;
      }
    }
    if (depth < maxDepth && (rest[0] === '*' || (rest[0] === '_' && !/[\p{L}\p{N}]/u.test(prev))) && rest[1] && rest[1] !== ' ') {
      const ch = rest[0];
      let close = s.indexOf(ch, i + 1);
      while (close > 0 && ch === '_' && /[\p{L}\p{N}]/u.test(s[close + 1] ?? '')) close = s.indexOf(ch, close + 1);
      if (close > i + 1 && s[close - 1] !== ' ') {
        push({ t: 'em', c: inline(s.slice(i + 1, close), depth + 1) });
        i = close + 1;
        continue;
      }
    }
    if (rest[0] === '[' && depth < maxDepth) {
      const m = /^\[([^\]\n]{1,500})\]\(([^()\s]{1,2048})\)/.exec(rest);
      const href = m ? safeHref(m[2]) : null;
      if (m && href) {
        push({ t: 'link', href, c: inline(m[1], depth + 1) });
        i += m[0].length;
        continue;
      }
    }
    if ((rest[0] === 'h' || rest[0] === 'H') && !/[\p{L}\p{N}]/u.test(prev)) {
      const m = bareURL.exec(rest);
      if (m) {
        const raw = m[0].replace(/[.,;:!?]+$/, '');
        const href = safeHref(raw);
        if (href) {
          push({ t: 'link', href, c: [{ t: 'text', v: raw }] });
          i += raw.length;
          continue;
        }
      }
    }
    if (rest[0] === '@' && !/[\p{L}\p{N}_.@-]/u.test(prev)) {
      const m = mention.exec(rest);
      if (m) {
        const name = m[1].replace(/\.+$/, '');
        push({ t: 'mention', name });
        i += 1 + name.length;
        continue;
      }
    }
    text += rest[0];
    i++;
  }
  if (text) out.push({ t: 'text', v: text });
  return out;
}

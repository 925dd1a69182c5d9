// The mail the end-to-end tests import: realistic, with attachments, HTML,
// an inline image, non-ASCII headers and bodies, and one hostile email.
import { deflateSync } from 'node:zlib';

const CRLF = '\r\n';

function b64lines(data: Buffer): string {
  return data.toString('base64').replace(/.{1,76}/g, (l) => l + CRLF).trimEnd();
}

/** RFC 2047 encoded word for a header value with non-ASCII characters. */
function word(s: string): string {
  return /^[\x20-\x7e]*$/.test(s) ? s : `=?UTF-8?B?${Buffer.from(s, 'utf8').toString('base64')}?=`;
}

function headers(h: Record<string, string>): string {
  return Object.entries(h)
    .map(([k, v]) => `${k}: ${v}`)
    .join(CRLF);
}

let counter = 0;
function messageID(): string {
  return `<e2e-${Date.now().toString(36)}-${++counter}@mailroom.test>`;
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Buffer): number {
  let c = 0xffffffff;
  for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A small PNG banner: a blue band with a lighter stripe (no image library needed). */
export function bannerPNG(width = 480, height = 90): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 3 + 1)] = 0;
    for (let x = 0; x < width; x++) {
      const stripe = y > height * 0.62 && y < height * 0.72;
      const t = x / width;
      const [r, g, b] = stripe ? [255, 196, 61] : [Math.round(36 + 30 * t), Math.round(81 + 40 * t), Math.round(166 + 40 * t)];
      const o = y * (width * 3 + 1) + 1 + x * 3;
      raw[o] = r;
      raw[o + 1] = g;
      raw[o + 2] = b;
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

interface Simple {
  from: string;
  to?: string;
  cc?: string;
  subject: string;
  date: string;
  extra?: Record<string, string>;
}

function top(m: Simple): Record<string, string> {
  return {
    From: m.from,
    To: m.to ?? 'Alice Martin <alice@example.com>',
    ...(m.cc ? { Cc: m.cc } : {}),
    Subject: word(m.subject),
    Date: m.date,
    'Message-ID': messageID(),
    'MIME-Version': '1.0',
    ...m.extra,
  };
}

function plain(m: Simple, text: string): string {
  return (
    headers({ ...top(m), 'Content-Type': 'text/plain; charset=utf-8', 'Content-Transfer-Encoding': 'base64' }) +
    CRLF + CRLF + b64lines(Buffer.from(text.replace(/\n/g, CRLF), 'utf8')) + CRLF
  );
}

interface Attachment {
  filename: string;
  contentType: string;
  data: Buffer;
}

function withAttachments(m: Simple, text: string, attachments: Attachment[]): string {
  const boundary = `mixed-${++counter}-boundary`;
  let out = headers({ ...top(m), 'Content-Type': `multipart/mixed; boundary="${boundary}"` }) + CRLF + CRLF;
  out += `--${boundary}${CRLF}Content-Type: text/plain; charset=utf-8${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}`;
  out += b64lines(Buffer.from(text.replace(/\n/g, CRLF), 'utf8')) + CRLF;
  for (const a of attachments) {
    out += `--${boundary}${CRLF}Content-Type: ${a.contentType}; name="${a.filename}"${CRLF}`;
    out += `Content-Disposition: attachment; filename="${a.filename}"${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}`;
    out += b64lines(a.data) + CRLF;
  }
  return out + `--${boundary}--${CRLF}`;
}

function htmlMail(m: Simple, text: string, html: string, inline?: { cid: string; filename: string; data: Buffer }): string {
  const alt = `alt-${++counter}-boundary`;
  const altPart =
    `--${alt}${CRLF}Content-Type: text/plain; charset=utf-8${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}` +
    b64lines(Buffer.from(text.replace(/\n/g, CRLF), 'utf8')) + CRLF +
    `--${alt}${CRLF}Content-Type: text/html; charset=utf-8${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}` +
    b64lines(Buffer.from(html, 'utf8')) + CRLF +
    `--${alt}--${CRLF}`;
  if (!inline) {
    return headers({ ...top(m), 'Content-Type': `multipart/alternative; boundary="${alt}"` }) + CRLF + CRLF + altPart;
  }
  const rel = `rel-${++counter}-boundary`;
  return (
    headers({ ...top(m), 'Content-Type': `multipart/related; type="multipart/alternative"; boundary="${rel}"` }) + CRLF + CRLF +
    `--${rel}${CRLF}Content-Type: multipart/alternative; boundary="${alt}"${CRLF}${CRLF}` + altPart +
    `--${rel}${CRLF}Content-Type: image/png; name="${inline.filename}"${CRLF}Content-ID: <${inline.cid}>${CRLF}` +
    `Content-Disposition: inline; filename="${inline.filename}"${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}` +
    b64lines(inline.data) + CRLF + `--${rel}--${CRLF}`
  );
}

/** The attachment whose downloaded bytes the test compares. */
export const reportCSV = Buffer.from('region,revenue,currency\nNorth,1200,EUR\nSüd,980,EUR\nÎle-de-France,2310,EUR\n', 'utf8');

export const subjects = {
  welcome: 'Welcome to the Mailroom pilot',
  invoice: 'Invoice 2026-0412 from Northwind Hosting',
  report: 'Quarterly report Q3',
  kickoff: 'Re: Project kickoff — agenda',
  newsletter: 'October newsletter',
  hostile: 'Hostile HTML test',
  reunion: 'Réunion de l’équipe vendredi',
  maintenance: 'Server maintenance window on Saturday',
};

/** A hostile email: every way HTML has to run script, plus a tracking pixel. */
export const hostileHTML = `<!doctype html><html><head>
<meta http-equiv="refresh" content="0;url=javascript:parent.__pwned='refresh'">
<script>window.__pwned = 'script'; window.parent.__pwned = 'script'; alert('script');</script>
</head><body onload="parent.__pwned='body'">
<h2>You have won a prize</h2>
<p>This email tries every way to run a script. <b>None</b> may run.</p>
<img src="x" onerror="window.parent.__pwned='onerror'; alert('onerror')" alt="broken">
<p><a href="javascript:window.parent.__pwned='link'">Click for a prize</a></p>
<svg width="10" height="10" onload="window.parent.__pwned='svg'"><rect width="10" height="10"/></svg>
<iframe srcdoc="&lt;script&gt;parent.parent.__pwned='iframe'&lt;/script&gt;"></iframe>
<object data="javascript:parent.__pwned='object'"></object>
<embed src="javascript:parent.__pwned='embed'">
<form action="http://127.0.0.1:9/steal"><input name="q" value="secret"><button>Send</button></form>
<div style="background-image:url('http://127.0.0.1:9/track.gif')">Styled with a remote background</div>
<img src="http://127.0.0.1:9/pixel.gif" width="1" height="1" alt="">
</body></html>`;

export function testMessages(): string[] {
  const alice = 'Alice Martin <alice@example.com>';
  return [
    plain(
      { from: 'Priya Natarajan <priya@example.org>', subject: subjects.welcome, date: 'Mon, 05 Oct 2026 08:30:00 +0000' },
      'Hi Alice,\n\nWelcome to the Mailroom pilot. Every message sent to the shared inbox now shows up in the team workspace.\n\nPriya',
    ),
    withAttachments(
      { from: 'Northwind Billing <billing@northwind.example>', subject: subjects.invoice, date: 'Mon, 12 Oct 2026 06:02:00 +0000' },
      'Dear customer,\n\nYour invoice 2026-0412 (EUR 49.00) is attached.\n\nNorthwind Hosting',
      [{ filename: 'invoice-2026-0412.pdf', contentType: 'application/pdf', data: Buffer.from('%PDF-1.4\n% fake invoice for tests\n%%EOF\n') }],
    ),
    withAttachments(
      {
        from: 'Carol Finance <carol@example.com>',
        to: alice,
        cc: 'Bob Stone <bob@example.com>',
        subject: subjects.report,
        date: 'Tue, 20 Oct 2026 09:15:00 +0200',
      },
      'Hello Alice,\n\nPlease find the Q3 figures attached. Revenue is up 12% on Q2.\n\nBest regards,\nCarol',
      [{ filename: 'report.csv', contentType: 'text/csv', data: reportCSV }],
    ),
    plain(
      {
        from: `${word('Tomás Ruiz')} <tomas@example.net>`,
        cc: 'Bob Stone <bob@example.com>',
        subject: subjects.kickoff,
        date: 'Wed, 21 Oct 2026 14:40:00 +0000',
        extra: { 'In-Reply-To': '<kickoff-1@example.net>', References: '<kickoff-1@example.net>' },
      },
      'Agenda for Thursday:\n\n1. Goals and scope\n2. Timeline\n3. Who does what\n\n> Can you send the agenda?\n\nTomás',
    ),
    htmlMail(
      { from: 'Mailroom Team <news@example.com>', subject: subjects.newsletter, date: 'Thu, 22 Oct 2026 10:00:00 +0000' },
      'October newsletter\n\nWhat is new this month: shared email folders, faster imports and a new look.',
      `<div style="max-width:560px;font-family:Georgia,serif">
<img src="cid:banner@mailroom.test" alt="Mailroom banner" width="480" height="90">
<h1 style="color:#17243b">What is new in October</h1>
<p>Shared <b>email folders</b> now import mail every 30 minutes, and right away with push.</p>
<ul><li>Faster imports</li><li>Attachments you can download</li><li>A cleaner look</li></ul>
<p><a href="https://example.com/newsletter">Read it on the web</a></p>
<img src="https://tracker.example.com/open.gif" width="1" height="1" alt="">
</div>`,
      { cid: 'banner@mailroom.test', filename: 'banner.png', data: bannerPNG() },
    ),
    htmlMail(
      { from: 'Mallory <mallory@evil.example>', subject: subjects.hostile, date: 'Fri, 23 Oct 2026 07:00:00 +0000' },
      'This message tries to run scripts.',
      hostileHTML,
    ),
    headers({
      ...top({ from: 'Élodie Bernard <elodie@example.fr>', subject: subjects.reunion, date: 'Sat, 24 Oct 2026 16:20:00 +0200' }),
      From: '=?ISO-8859-1?Q?=C9lodie_Bernard?= <elodie@example.fr>',
      'Content-Type': 'text/plain; charset=ISO-8859-1',
      'Content-Transfer-Encoding': 'quoted-printable',
    }) +
      CRLF + CRLF +
      'Bonjour =E0 tous,' + CRLF + CRLF + 'La r=E9union de l=27=E9quipe aura lieu vendredi =E0 10h.' + CRLF + CRLF + '=C9lodie' + CRLF,
    plain(
      { from: 'Ops <ops@example.com>', subject: subjects.maintenance, date: 'Sun, 25 Oct 2026 18:45:00 +0000' },
      'The mail server will be down for maintenance on Saturday from 22:00 to 23:00 UTC.',
    ),
  ];
}

/** Mail that arrives while a person looks at the folder. */
export function liveMessages(): { subject: string; raw: string }[] {
  const now = new Date().toUTCString().replace('GMT', '+0000');
  return [
    { subject: 'Live: customer asks about delivery', from: 'Jon Doe <jon@example.com>' },
    { subject: 'Live: order 7781 confirmed', from: 'Shop <orders@shop.example>' },
  ].map((m) => ({ subject: m.subject, raw: plain({ from: m.from, subject: m.subject, date: now }, `${m.subject}\n\nSent while you were looking.`) }));
}

// A minimal IMAP client for test setup: LOGIN and APPEND over implicit TLS.
import tls from 'node:tls';

class Lines {
  private buf = '';
  private waiters: { test(line: string): boolean; resolve(line: string): void }[] = [];
  private failure?: Error;

  constructor(private sock: tls.TLSSocket) {
    sock.setEncoding('utf8');
    sock.on('data', (chunk: string) => {
      this.buf += chunk;
      let i: number;
      while ((i = this.buf.indexOf('\r\n')) >= 0) {
        const line = this.buf.slice(0, i);
        this.buf = this.buf.slice(i + 2);
        const w = this.waiters.findIndex((x) => x.test(line));
        if (w >= 0) this.waiters.splice(w, 1)[0].resolve(line);
      }
    });
    sock.on('error', (e) => (this.failure = e));
  }

  next(test: (line: string) => boolean, timeoutMs = 10_000): Promise<string> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('IMAP: timed out waiting for the server')), timeoutMs);
      this.waiters.push({
        test,
        resolve: (l) => {
          clearTimeout(timer);
          resolve(l);
        },
      });
    });
  }
}

export interface ImapTarget {
  host: string;
  port: number;
  /** PEM of the server's self-signed certificate. */
  ca: string;
  user: string;
  password: string;
}

function quote(s: string): string {
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Appends raw messages (CRLF line ends) to mailbox, as unread mail; with create, makes the mailbox first if it is missing. */
export async function appendMessages(t: ImapTarget, mailbox: string, messages: string[], opts: { create?: boolean } = {}): Promise<void> {
  const sock = tls.connect({ host: t.host, port: t.port, ca: t.ca, servername: 'localhost' });
  const lines = new Lines(sock);
  await new Promise<void>((resolve, reject) => {
    sock.once('secureConnect', resolve);
    sock.once('error', reject);
  });
  let n = 0;
  const tagged = async (tag: string) => {
    const line = await lines.next((l) => l.startsWith(`${tag} `));
    if (!line.startsWith(`${tag} OK`)) throw new Error(`IMAP: ${line}`);
  };
  try {
    await lines.next((l) => l.startsWith('* OK'));
    let tag = `a${++n}`;
    sock.write(`${tag} LOGIN ${quote(t.user)} ${quote(t.password)}\r\n`);
    await tagged(tag);
    if (opts.create) {
      tag = `a${++n}`;
      sock.write(`${tag} CREATE ${quote(mailbox)}\r\n`);
      await lines.next((l) => l.startsWith(`${tag} `)); // NO when it exists already
    }
    for (const raw of messages) {
      const bytes = Buffer.from(raw, 'utf8');
      tag = `a${++n}`;
      sock.write(`${tag} APPEND ${quote(mailbox)} {${bytes.length}}\r\n`);
      await lines.next((l) => l.startsWith('+'));
      sock.write(Buffer.concat([bytes, Buffer.from('\r\n')]));
      await tagged(tag);
    }
    tag = `a${++n}`;
    sock.write(`${tag} LOGOUT\r\n`);
    await tagged(tag);
  } finally {
    sock.destroy();
  }
}

/** Creates mailbox (an IMAP CREATE; "already exists" is fine), for specs that keep their mail apart. */
export async function createMailbox(t: ImapTarget, mailbox: string): Promise<void> {
  const sock = tls.connect({ host: t.host, port: t.port, ca: t.ca, servername: 'localhost' });
  const lines = new Lines(sock);
  await new Promise<void>((resolve, reject) => {
    sock.once('secureConnect', resolve);
    sock.once('error', reject);
  });
  try {
    await lines.next((l) => l.startsWith('* OK'));
    sock.write(`a1 LOGIN ${quote(t.user)} ${quote(t.password)}\r\n`);
    const login = await lines.next((l) => l.startsWith('a1 '));
    if (!login.startsWith('a1 OK')) throw new Error(`IMAP: ${login}`);
    sock.write(`a2 CREATE ${quote(mailbox)}\r\n`);
    const created = await lines.next((l) => l.startsWith('a2 '));
    if (!created.startsWith('a2 OK') && !/ALREADYEXISTS/i.test(created)) throw new Error(`IMAP: ${created}`);
    sock.write('a3 LOGOUT\r\n');
  } finally {
    sock.destroy();
  }
}

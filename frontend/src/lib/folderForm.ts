// The email folder form's model: defaults, provider presets, client-side
// checks and the mapping to the API's inputs. Range checks (ports, TLS
// versions, certificates) are the server's: its BAD_USER_INPUT errors are
// shown next to the field they name.
import type {
  AfterImport,
  CreateEmailFolderInput,
  MailProtocol,
  TestConnectionInput,
  UpdateEmailFolderInput,
} from '../gql/graphql';

export interface FolderFormValues {
  title: string;
  email: string;
  username: string;
  password: string;
  protocol: MailProtocol;
  host: string;
  port: string;
  socketFactoryFallback: boolean;
  socketFactoryPort: string;
  startTLS: boolean;
  sslProtocols: string;
  emailsLimit: string;
  mailbox: string;
  fetchIntervalMinutes: string;
  push: boolean;
  afterImport: AfterImport;
  moveTo: string;
  trustedCertificate: string;
  allowInsecureAuth: boolean;
}

export type FolderField = keyof FolderFormValues;

/** Every field of the form: the API's field names, so its errors find their place. */
export const folderFields: readonly FolderField[] = [
  'title', 'email', 'username', 'password', 'protocol', 'host', 'port',
  'socketFactoryFallback', 'socketFactoryPort', 'startTLS', 'sslProtocols',
  'emailsLimit', 'mailbox', 'fetchIntervalMinutes', 'push', 'afterImport',
  'moveTo', 'trustedCertificate', 'allowInsecureAuth',
];

export const protocols: { value: MailProtocol; label: string }[] = [
  { value: 'IMAPS', label: 'IMAPS (IMAP over TLS)' },
  { value: 'IMAP', label: 'IMAP (STARTTLS or plain)' },
  { value: 'POP3S', label: 'POP3S (POP3 over TLS)' },
  { value: 'POP3', label: 'POP3 (STARTTLS or plain)' },
];

export const afterImportOptions: { value: AfterImport; label: string; imapOnly?: boolean }[] = [
  { value: 'MARK_SEEN', label: 'Mark as read on the server', imapOnly: true },
  { value: 'LEAVE', label: 'Leave unchanged' },
  { value: 'MOVE', label: 'Move to another server folder', imapOnly: true },
  { value: 'DELETE', label: 'Delete from the server' },
];

export const defaultPorts: Record<MailProtocol, number> = { IMAPS: 993, IMAP: 143, POP3S: 995, POP3: 110 };

export function isPOP3(p: MailProtocol): boolean {
  return p === 'POP3' || p === 'POP3S';
}

export function defaultAfterImport(p: MailProtocol): AfterImport {
  return isPOP3(p) ? 'LEAVE' : 'MARK_SEEN';
}

export function defaultValues(): FolderFormValues {
  return {
    title: '',
    email: '',
    username: '',
    password: '',
    protocol: 'IMAPS',
    host: '',
    port: String(defaultPorts.IMAPS),
    socketFactoryFallback: true,
    socketFactoryPort: '',
    startTLS: true,
    sslProtocols: 'TLSv1.2 TLSv1.3',
    emailsLimit: '100',
    mailbox: 'INBOX',
    fetchIntervalMinutes: '30',
    push: true,
    afterImport: 'MARK_SEEN',
    moveTo: '',
    trustedCertificate: '',
    allowInsecureAuth: false,
  };
}

/** What the form needs of a stored folder (the password is never returned). */
export interface StoredFolder {
  title: string;
  email: string;
  username: string;
  protocol: MailProtocol;
  host: string;
  port: number;
  socketFactoryFallback: boolean;
  socketFactoryPort: number;
  startTLS: boolean;
  sslProtocols: string;
  emailsLimit: number;
  mailbox: string;
  fetchIntervalMinutes: number;
  push: boolean;
  afterImport: AfterImport;
  moveTo: string;
  trustedCertificate: string;
  allowInsecureAuth: boolean;
}

export function valuesFromFolder(f: StoredFolder): FolderFormValues {
  return {
    title: f.title,
    email: f.email,
    username: f.username,
    password: '',
    protocol: f.protocol,
    host: f.host,
    port: String(f.port),
    socketFactoryFallback: f.socketFactoryFallback,
    socketFactoryPort: f.socketFactoryPort && f.socketFactoryPort !== f.port ? String(f.socketFactoryPort) : '',
    startTLS: f.startTLS,
    sslProtocols: f.sslProtocols,
    emailsLimit: String(f.emailsLimit),
    mailbox: f.mailbox,
    fetchIntervalMinutes: String(f.fetchIntervalMinutes),
    push: f.push,
    afterImport: f.afterImport,
    moveTo: f.moveTo,
    trustedCertificate: f.trustedCertificate,
    allowInsecureAuth: f.allowInsecureAuth,
  };
}

/** A new protocol brings its default port and after-import action, unless the user chose others. */
export function withProtocol(v: FolderFormValues, protocol: MailProtocol): FolderFormValues {
  const next = { ...v, protocol };
  if (v.port.trim() === '' || v.port.trim() === String(defaultPorts[v.protocol])) {
    next.port = String(defaultPorts[protocol]);
  }
  if (v.afterImport === defaultAfterImport(v.protocol) || (isPOP3(protocol) && (v.afterImport === 'MARK_SEEN' || v.afterImport === 'MOVE'))) {
    next.afterImport = defaultAfterImport(protocol);
  }
  return next;
}

/** Credentials would travel in clear text. */
export function isInsecure(v: FolderFormValues): boolean {
  return (v.protocol === 'IMAP' || v.protocol === 'POP3') && !v.startTLS;
}

export interface Preset {
  id: string;
  name: string;
  host: string;
  protocol: MailProtocol;
  port: number;
  sslProtocols: string;
  note: string;
}

export const presets: Preset[] = [
  {
    id: 'gmail',
    name: 'Gmail',
    host: 'imap.gmail.com',
    protocol: 'IMAPS',
    port: 993,
    sslProtocols: 'TLSv1.2 TLSv1.3',
    note:
      'Gmail needs an app password (Google Account → Security → 2-Step Verification → App passwords); ' +
      'your normal password is refused. IMAP must be enabled in Gmail’s settings. Use the full address as Email.',
  },
  {
    id: 'microsoft365',
    name: 'Microsoft 365',
    host: 'outlook.office365.com',
    protocol: 'IMAPS',
    port: 993,
    sslProtocols: 'TLSv1.2 TLSv1.3',
    note:
      'Microsoft 365 accepts a password only where the organisation still allows basic authentication for IMAP ' +
      '(most have turned it off). Ask your administrator; an app password may be needed.',
  },
  {
    id: 'fastmail',
    name: 'Fastmail',
    host: 'imap.fastmail.com',
    protocol: 'IMAPS',
    port: 993,
    sslProtocols: 'TLSv1.2 TLSv1.3',
    note: 'Create an app password with IMAP access in Fastmail: Settings → Privacy & Security → App passwords.',
  },
  {
    id: 'icloud',
    name: 'iCloud',
    host: 'imap.mail.me.com',
    protocol: 'IMAPS',
    port: 993,
    sslProtocols: 'TLSv1.2 TLSv1.3',
    note:
      'iCloud needs an app-specific password (appleid.apple.com → Sign-In and Security). ' +
      'If the full address is refused, put only the part before @icloud.com in Username.',
  },
];

export function withPreset(v: FolderFormValues, p: Preset): FolderFormValues {
  return {
    ...v,
    host: p.host,
    protocol: p.protocol,
    port: String(p.port),
    sslProtocols: p.sslProtocols,
    startTLS: true,
    socketFactoryPort: '',
    afterImport: isPOP3(v.protocol) === isPOP3(p.protocol) ? v.afterImport : defaultAfterImport(p.protocol),
    allowInsecureAuth: false,
  };
}

const wholeNumber = /^\d+$/;
const numberFields: { field: FolderField; label: string }[] = [
  { field: 'port', label: 'The port' },
  { field: 'socketFactoryPort', label: 'The socket factory port' },
  { field: 'emailsLimit', label: 'The limit' },
  { field: 'fetchIntervalMinutes', label: 'The fetch interval' },
];

/** What can be told before asking the server: required fields and whole numbers. */
export function validate(v: FolderFormValues, mode: 'create' | 'edit' | 'test'): Partial<Record<FolderField, string>> {
  const errors: Partial<Record<FolderField, string>> = {};
  if (mode !== 'test' && !v.title.trim()) errors.title = 'A title is required';
  if (!v.email.trim()) errors.email = 'The email address of the account is required';
  if (mode === 'create' && !v.password) errors.password = 'A password is required';
  if (!v.host.trim()) errors.host = 'The server host name is required';
  for (const { field, label } of numberFields) {
    const s = String(v[field]).trim();
    if (s !== '' && !wholeNumber.test(s)) errors[field] = `${label} must be a whole number`;
  }
  if (mode !== 'test' && v.afterImport === 'MOVE' && !v.moveTo.trim()) {
    errors.moveTo = 'Give the server folder to move imported mail to';
  }
  return errors;
}

function int(s: string): number | undefined {
  const t = s.trim();
  return t === '' ? undefined : Number.parseInt(t, 10);
}

function connection(v: FolderFormValues) {
  return {
    email: v.email.trim(),
    username: v.username.trim(),
    protocol: v.protocol,
    host: v.host.trim(),
    port: int(v.port),
    socketFactoryFallback: v.socketFactoryFallback,
    socketFactoryPort: int(v.socketFactoryPort),
    startTLS: v.startTLS,
    sslProtocols: v.sslProtocols.trim(),
    mailbox: v.mailbox.trim(),
    trustedCertificate: v.trustedCertificate.trim() ? v.trustedCertificate.trim() + '\n' : '',
    allowInsecureAuth: v.allowInsecureAuth,
  };
}

function settings(v: FolderFormValues) {
  return {
    ...connection(v),
    title: v.title.trim(),
    emailsLimit: int(v.emailsLimit),
    fetchIntervalMinutes: int(v.fetchIntervalMinutes),
    push: v.push,
    afterImport: v.afterImport,
    moveTo: v.afterImport === 'MOVE' ? v.moveTo.trim() : '',
  };
}

export function toCreateInput(v: FolderFormValues, workspaceID: string): CreateEmailFolderInput {
  return { ...settings(v), workspaceID, password: v.password };
}

/** A blank password keeps the stored one. */
export function toUpdateInput(v: FolderFormValues): UpdateEmailFolderInput {
  const input: UpdateEmailFolderInput = settings(v);
  if (v.password) input.password = v.password;
  return input;
}

/** In edit mode the stored password is used unless a new one is typed. */
export function toTestInput(v: FolderFormValues, folderID?: string): TestConnectionInput {
  const input: TestConnectionInput = connection(v);
  if (folderID) input.folderID = folderID;
  if (v.password) input.password = v.password;
  return input;
}

// The email folder form's model: ONE table of the folder parameters (label,
// kind, default, help, the protocols a parameter applies to, how it is shown)
// from which the form, its checks, the mapping to the API's inputs and the
// Parameters tab are all derived. The table is typed against the codegen'd
// CreateEmailFolderInput/UpdateEmailFolderInput: a GraphQL field the table
// lacks (or a field it has that the API lacks) is a type error, and so are a
// stored parameter the FolderSettings fragment does not fetch and a
// TestConnectionInput field the table does not mark as a connection one.
//
// Range checks (ports, TLS versions, certificates) are the server's: its
// BAD_USER_INPUT errors are shown next to the field they name.
import type {
  AfterImport,
  AuthMethod,
  CreateEmailFolderInput,
  FolderSettingsFragment,
  MailProtocol,
  TestConnectionInput,
  UpdateEmailFolderInput,
} from '../gql/graphql';

/** Every folder parameter: the API's field names, so its errors find their place. */
export type FolderField = Exclude<keyof CreateEmailFolderInput | keyof UpdateEmailFolderInput, 'workspaceID'>;

type ApiValue<K extends FolderField> = NonNullable<(CreateEmailFolderInput & UpdateEmailFolderInput)[K]>;
/** Numbers are edited as text (a blank means the server's default). */
type FormValue<T> = T extends number ? string : T;

export type FolderFormValues = { [K in FolderField]: FormValue<ApiValue<K>> };

/** Parameters the API returns (the password is write-only). */
type StoredField = Exclude<FolderField, 'password'>;
/** What the form needs of a stored folder: the FolderSettings fragment's parameters. */
export type StoredFolder = Pick<FolderSettingsFragment, StoredField>;

export type FormMode = 'create' | 'edit';
/** 'test': Test connection, which needs only the account and the server. */
export type CheckMode = FormMode | 'test';

/** What a field's dynamic properties (hint, placeholder, …) depend on. */
export interface FieldContext {
  values: FolderFormValues;
  mode: FormMode;
  /** Edit mode: a password is stored, so a blank one keeps it. */
  hasPassword?: boolean;
}

type Dynamic<T> = T | ((c: FieldContext) => T);

export function resolve<T>(d: Dynamic<T>, c: FieldContext): T {
  return typeof d === 'function' ? (d as (c: FieldContext) => T)(c) : d;
}

export type Section = 'Folder' | 'Account' | 'Server' | 'Import';

interface Common {
  label: string;
  /** The fieldset the field is in; fields are shown in table order. */
  section: Section;
  /** Consecutive fields with the same row sit side by side. */
  row?: string;
  help?: Dynamic<string | undefined>;
  /** The protocols the parameter applies to (all when absent); for others the field is disabled. */
  protocols?: readonly MailProtocol[];
  /** The help shown instead when the protocol does not use the parameter. */
  otherProtocolHelp?: string;
  /** When the value is needed, and what is said when it is missing. */
  required?: { when(mode: CheckMode, v: FolderFormValues): boolean; message: string };
  /** Also sent by Test connection (part of TestConnectionInput). */
  connection?: boolean;
  /** Shown in the form only when this holds. */
  shownWhen?(v: FolderFormValues): boolean;
  /** The Parameters tab: its label there, and the value in words (null: not a row of its own). */
  viewLabel?: string;
  view?: ((f: FolderSettingsFragment) => string) | null;
}

interface TextSpec extends Common {
  kind: 'text' | 'textarea';
  default: string;
  inputType?: 'email' | 'password';
  inputMode?: 'email';
  autoComplete?: string;
  autoFocus?: boolean;
  spellCheck?: boolean;
  placeholder?: Dynamic<string | undefined>;
  rows?: number;
  /** Kept as typed (a password's spaces are part of it). */
  untrimmed?: boolean;
  /** The API's value, when it is not the trimmed text (undefined: left out). */
  toApi?(s: string, v: FolderFormValues): string | undefined;
}

interface NumberSpec extends Common {
  kind: 'number';
  /** null: blank, the server derives it. */
  default: number | null;
  /** How the field is named in "… must be a whole number". */
  numberName: string;
  placeholder?: Dynamic<string | undefined>;
  fromStored?(f: StoredFolder): string;
}

interface CheckboxSpec extends Common {
  kind: 'checkbox';
  default: boolean;
}

export interface Option<T extends string> {
  value: T;
  label: string;
  /** Only for these protocols (all when absent). */
  protocols?: readonly MailProtocol[];
}

interface SelectSpec<T extends string> extends Common {
  kind: 'select';
  default: T;
  options: readonly Option<T>[];
}

/** The spec a parameter's API type calls for. */
export type FieldSpec<T> = [T] extends [boolean]
  ? CheckboxSpec
  : [T] extends [number]
    ? NumberSpec
    : [T] extends [string]
      ? string extends T
        ? TextSpec
        : SelectSpec<T>
      : never;

export type AnyFieldSpec = TextSpec | NumberSpec | CheckboxSpec | SelectSpec<string>;

export const protocols: Option<MailProtocol>[] = [
  { value: 'IMAPS', label: 'IMAPS (IMAP over TLS)' },
  { value: 'IMAP', label: 'IMAP (STARTTLS or plain)' },
  { value: 'POP3S', label: 'POP3S (POP3 over TLS)' },
  { value: 'POP3', label: 'POP3 (STARTTLS or plain)' },
];

const imap: readonly MailProtocol[] = ['IMAP', 'IMAPS'];

export const afterImportOptions: Option<AfterImport>[] = [
  { value: 'MARK_SEEN', label: 'Mark as read on the server', protocols: imap },
  { value: 'LEAVE', label: 'Leave unchanged' },
  { value: 'MOVE', label: 'Move to another server folder', protocols: imap },
  { value: 'DELETE', label: 'Delete from the server' },
];

export const authMethodOptions: Option<AuthMethod>[] = [
  { value: 'PASSWORD', label: 'Password' },
  { value: 'OAUTH2', label: 'OAuth2 (Sign in with Google, Microsoft, …)' },
];

export const defaultPorts: Record<MailProtocol, number> = { IMAPS: 993, IMAP: 143, POP3S: 995, POP3: 110 };

const yes = (b: boolean) => (b ? 'Yes' : 'No');
const always = () => true;

/**
 * The folder parameters, in the form's order. Adding a GraphQL input field
 * means adding its row here (and, if it is returned, to the FolderSettings
 * fragment); the form, the checks, the inputs and the Parameters tab follow.
 */
export const folderParams = {
  title: {
    kind: 'text',
    label: 'Title',
    section: 'Folder',
    default: '',
    autoFocus: true,
    required: { when: (mode) => mode !== 'test', message: 'A title is required' },
  },
  email: {
    kind: 'text',
    label: 'Email',
    section: 'Account',
    row: 'login',
    default: '',
    inputType: 'email',
    inputMode: 'email',
    connection: true,
    required: { when: always, message: 'The email address of the account is required' },
    help: 'The address of the account; also the login unless Username is set.',
  },
  username: {
    kind: 'text',
    label: 'Username',
    section: 'Account',
    row: 'login',
    default: '',
    connection: true,
    help: 'Only if the login differs from the email address.',
    view: (f) => f.username || '(same as Email)',
  },
  authMethod: {
    kind: 'select',
    label: 'Sign-in',
    section: 'Account',
    row: 'auth',
    default: 'PASSWORD',
    options: authMethodOptions,
    connection: true,
    help: (c) =>
      c.values.authMethod === 'OAUTH2'
        ? 'No password: after saving, use Sign in on the Parameters tab to sign in with the provider.'
        : undefined,
  },
  oauthProviderID: {
    kind: 'text',
    label: 'OAuth app',
    section: 'Account',
    row: 'auth',
    default: '',
    connection: true,
    shownWhen: (v) => v.authMethod === 'OAUTH2',
    required: { when: (mode, v) => mode !== 'test' && v.authMethod === 'OAUTH2', message: 'Choose the OAuth app to sign in with' },
    help: 'Registered by an administrator under Administration → OAuth apps.',
    toApi: (s, v) => (v.authMethod === 'OAUTH2' && s ? s : undefined),
    view: null,
  },
  password: {
    kind: 'text',
    label: 'Password',
    section: 'Account',
    default: '',
    inputType: 'password',
    autoComplete: 'new-password',
    untrimmed: true,
    connection: true,
    shownWhen: (v) => v.authMethod !== 'OAUTH2',
    required: { when: (mode, v) => mode === 'create' && v.authMethod !== 'OAUTH2', message: 'A password is required' },
    placeholder: (c) => (c.mode === 'edit' && c.hasPassword ? 'Unchanged' : undefined),
    help: (c) =>
      c.mode === 'edit' && c.hasPassword
        ? 'Leave blank to keep the stored password.'
        : 'The account password or an app password. Stored encrypted; never shown again.',
    view: (f) => (f.authMethod === 'OAUTH2' ? 'Not used (OAuth2 sign-in)' : f.hasPassword ? 'Stored (encrypted)' : 'Not set'),
  },
  protocol: {
    kind: 'select',
    label: 'Protocol',
    section: 'Server',
    row: 'server',
    default: 'IMAPS',
    options: protocols,
    connection: true,
    view: (f) => f.protocol,
  },
  host: {
    kind: 'text',
    label: 'Host',
    section: 'Server',
    row: 'server',
    default: '',
    spellCheck: false,
    placeholder: 'imap.example.com',
    connection: true,
    required: { when: always, message: 'The server host name is required' },
  },
  port: {
    kind: 'number',
    label: 'Port',
    section: 'Server',
    row: 'server',
    default: defaultPorts.IMAPS,
    numberName: 'The port',
    connection: true,
    placeholder: (c) => String(defaultPorts[c.values.protocol]),
  },
  startTLS: {
    kind: 'checkbox',
    label: 'Start TLS',
    section: 'Server',
    row: 'tls',
    default: true,
    connection: true,
    help: 'On plain ports, upgrade with STARTTLS; when on, it is required (no silent downgrade).',
  },
  socketFactoryFallback: {
    kind: 'checkbox',
    label: 'Socket factory fallback',
    section: 'Server',
    row: 'tls',
    default: true,
    connection: true,
    help: 'If the TLS socket cannot be opened on the socket factory port, retry on Port with STARTTLS.',
  },
  socketFactoryPort: {
    kind: 'number',
    label: 'Socket factory port',
    section: 'Server',
    row: 'socket',
    default: null,
    numberName: 'The socket factory port',
    connection: true,
    placeholder: (c) => `Same as Port (${c.values.port || defaultPorts[c.values.protocol]})`,
    help: 'Port of the implicit-TLS socket.',
    // Stored as the port itself when it was left blank: show blank again.
    fromStored: (f) => (f.socketFactoryPort && f.socketFactoryPort !== f.port ? String(f.socketFactoryPort) : ''),
  },
  sslProtocols: {
    kind: 'text',
    label: 'SSL protocols',
    section: 'Server',
    row: 'socket',
    default: 'TLSv1.2 TLSv1.3',
    spellCheck: false,
    connection: true,
    help: 'TLS versions allowed, separated by spaces: TLSv1, TLSv1.1, TLSv1.2, TLSv1.3.',
  },
  trustedCertificate: {
    kind: 'textarea',
    label: 'Trusted certificate',
    section: 'Server',
    default: '',
    rows: 4,
    placeholder: '-----BEGIN CERTIFICATE-----',
    connection: true,
    help: 'For a self-hosted server with its own certificate: paste it in PEM form. Leave empty for public servers.',
    toApi: (s) => (s.trim() ? s.trim() + '\n' : ''),
    view: (f) => (f.trustedCertificate ? 'A certificate is set' : 'None (system trust store)'),
  },
  allowInsecureAuth: {
    kind: 'checkbox',
    label: 'Allow insecure authentication',
    section: 'Server',
    default: false,
    connection: true,
    help: 'Only for a server on a trusted network that offers no TLS at all.',
  },
  mailbox: {
    kind: 'text',
    label: 'Mailbox',
    section: 'Import',
    row: 'import',
    default: 'INBOX',
    protocols: imap,
    connection: true,
    help: 'Server folder to read.',
    otherProtocolHelp: 'POP3 has only the inbox.',
  },
  emailsLimit: {
    kind: 'number',
    label: 'Limit of new fetched emails',
    section: 'Import',
    row: 'import',
    default: 100,
    numberName: 'The limit',
    help: 'Per check; the rest come next time.',
  },
  fetchIntervalMinutes: {
    kind: 'number',
    label: 'Fetch interval (minutes)',
    viewLabel: 'Fetch interval',
    section: 'Import',
    row: 'import',
    default: 30,
    numberName: 'The fetch interval',
    help: '0 = no scheduled checks: only push (below) and Check email.',
    view: (f) => (f.fetchIntervalMinutes > 0 ? `${f.fetchIntervalMinutes} minutes` : 'No scheduled checks'),
  },
  afterImport: {
    kind: 'select',
    label: 'After import',
    section: 'Import',
    row: 'after',
    default: 'MARK_SEEN',
    options: afterImportOptions,
    help: 'What is done on the server once a message is safely stored.',
    view: (f) => {
      const label = afterImportOptions.find((o) => o.value === f.afterImport)?.label ?? f.afterImport;
      return f.afterImport === 'MOVE' ? `${label}: ${f.moveTo}` : label;
    },
  },
  moveTo: {
    kind: 'text',
    label: 'Move to',
    section: 'Import',
    row: 'after',
    default: '',
    placeholder: 'Archive',
    help: 'Server folder that receives imported mail.',
    shownWhen: (v) => v.afterImport === 'MOVE',
    required: { when: (mode, v) => mode !== 'test' && v.afterImport === 'MOVE', message: 'Give the server folder to move imported mail to' },
    toApi: (s, v) => (v.afterImport === 'MOVE' ? s.trim() : ''),
    view: null,
  },
  push: {
    kind: 'checkbox',
    label: 'Push (IMAP IDLE)',
    section: 'Import',
    default: true,
    protocols: imap,
    help: 'Fetch as soon as mail arrives, when the server supports IDLE.',
  },
} satisfies { readonly [K in FolderField]: FieldSpec<ApiValue<K>> };

/** The parameters Test connection sends: exactly TestConnectionInput's (checked by the compiler). */
type ConnectionField = { [K in FolderField]: (typeof folderParams)[K] extends { connection: true } ? K : never }[FolderField];
type TestField = Exclude<keyof TestConnectionInput, 'folderID'>;
type Holds<T extends true> = T;
export type ConnectionFieldsMatchTestInput = Holds<[ConnectionField] extends [TestField] ? ([TestField] extends [ConnectionField] ? true : false) : false>;

/** The parameters in table order, each with its spec. */
export const folderFieldSpecs = Object.entries(folderParams) as [FolderField, AnyFieldSpec][];

export const folderFields: readonly FolderField[] = folderFieldSpecs.map(([k]) => k);

export const specOf = (k: FolderField): AnyFieldSpec => folderParams[k];

export function appliesTo(spec: { protocols?: readonly MailProtocol[] }, p: MailProtocol): boolean {
  return !spec.protocols || spec.protocols.includes(p);
}

export function isPOP3(p: MailProtocol): boolean {
  return p === 'POP3' || p === 'POP3S';
}

export function defaultAfterImport(p: MailProtocol): AfterImport {
  return isPOP3(p) ? 'LEAVE' : 'MARK_SEEN';
}

function formDefault(spec: AnyFieldSpec): string | boolean {
  if (spec.kind === 'number') return spec.default === null ? '' : String(spec.default);
  return spec.default;
}

function build(value: (k: FolderField, spec: AnyFieldSpec) => string | boolean): FolderFormValues {
  return Object.fromEntries(folderFieldSpecs.map(([k, spec]) => [k, value(k, spec)])) as FolderFormValues;
}

export function defaultValues(): FolderFormValues {
  return build((_, spec) => formDefault(spec));
}

export function valuesFromFolder(f: StoredFolder): FolderFormValues {
  return build((k, spec) => {
    if (k === 'password') return '';
    if (k === 'oauthProviderID') return f.oauthProviderID ?? '';
    const stored = f[k];
    if (spec.kind === 'number') return spec.fromStored ? spec.fromStored(f) : String(stored);
    return stored as string | boolean;
  });
}

/** The value in words, for the Parameters tab (undefined: no row of its own). */
export function viewValue(k: FolderField, spec: AnyFieldSpec, f: FolderSettingsFragment): string | undefined {
  if (spec.view === null) return undefined;
  if (spec.view) return spec.view(f);
  const v = f[k as StoredField];
  if (typeof v === 'boolean') return yes(v);
  if (spec.kind === 'select') return spec.options.find((o) => o.value === v)?.label ?? String(v);
  return String(v);
}

/** A new protocol brings its default port and after-import action, unless the user chose others. */
export function withProtocol(v: FolderFormValues, protocol: MailProtocol): FolderFormValues {
  const next = { ...v, protocol };
  if (v.port.trim() === '' || v.port.trim() === String(defaultPorts[v.protocol])) {
    next.port = String(defaultPorts[protocol]);
  }
  const chosen = afterImportOptions.find((o) => o.value === v.afterImport);
  if (v.afterImport === defaultAfterImport(v.protocol) || (chosen && !appliesTo(chosen, protocol))) {
    next.afterImport = defaultAfterImport(protocol);
  }
  return next;
}

/** Credentials would travel in clear text. */
export function isInsecure(v: FolderFormValues): boolean {
  return (v.protocol === 'IMAP' || v.protocol === 'POP3') && !v.startTLS;
}

/** The kinds of OAuth app (GraphQL OAuthProviderKind). */
export type OAuthKind = 'GOOGLE' | 'MICROSOFT' | 'GENERIC';

/** An OAuth app the folder form may choose. */
export interface OAuthApp {
  id: string;
  name: string;
  kind: OAuthKind;
}

export interface Preset {
  id: string;
  name: string;
  host: string;
  protocol: MailProtocol;
  port: number;
  sslProtocols: string;
  note: string;
  /** The provider signs in with OAuth2 through an app of this kind. */
  oauth?: OAuthKind;
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
      'Sign in with Google (OAuth2): after saving, use Sign in on the Parameters tab. An administrator registers ' +
      'Mailroom with Google first (Administration → OAuth apps). Without it, choose Password and an app password ' +
      '(Google Account → Security → 2-Step Verification → App passwords). Use the full address as Email.',
    oauth: 'GOOGLE',
  },
  {
    id: 'microsoft365',
    name: 'Microsoft 365',
    host: 'outlook.office365.com',
    protocol: 'IMAPS',
    port: 993,
    sslProtocols: 'TLSv1.2 TLSv1.3',
    note:
      'Sign in with Microsoft (OAuth2): after saving, use Sign in on the Parameters tab. An administrator registers ' +
      'Mailroom in Microsoft Entra first (Administration → OAuth apps); Microsoft 365 no longer accepts passwords over IMAP.',
    oauth: 'MICROSOFT',
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

/** A preset's server settings; one that signs in with OAuth2 picks the first app of its kind. */
export function withPreset(v: FolderFormValues, p: Preset, apps: readonly OAuthApp[] = []): FolderFormValues {
  const app = p.oauth ? apps.find((a) => a.kind === p.oauth) : undefined;
  return {
    ...v,
    authMethod: p.oauth ? 'OAUTH2' : 'PASSWORD',
    oauthProviderID: app?.id ?? '',
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

/** What can be told before asking the server: required fields and whole numbers. */
export function validate(v: FolderFormValues, mode: CheckMode): Partial<Record<FolderField, string>> {
  const errors: Partial<Record<FolderField, string>> = {};
  for (const [k, spec] of folderFieldSpecs) {
    const value = String(v[k]);
    if (spec.required?.when(mode, v) && (spec.kind === 'text' && spec.untrimmed ? value : value.trim()) === '') {
      errors[k] = spec.required.message;
    } else if (spec.kind === 'number') {
      const s = value.trim();
      if (s !== '' && !wholeNumber.test(s)) errors[k] = `${spec.numberName} must be a whole number`;
    }
  }
  return errors;
}

function int(s: string): number | undefined {
  const t = s.trim();
  return t === '' ? undefined : Number.parseInt(t, 10);
}

/** The API's value of one field (undefined: left out, the server's default). */
function apiValue(spec: AnyFieldSpec, value: string | boolean, v: FolderFormValues): unknown {
  switch (spec.kind) {
    case 'number':
      return int(value as string);
    case 'text':
    case 'textarea':
      if (spec.toApi) return spec.toApi(value as string, v);
      return spec.untrimmed ? value : (value as string).trim();
    default:
      return value;
  }
}

function inputOf(v: FolderFormValues, include: (k: FolderField, spec: AnyFieldSpec) => boolean): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const [k, spec] of folderFieldSpecs) {
    if (k === 'password' || !include(k, spec)) continue;
    input[k] = apiValue(spec, v[k], v);
  }
  return input;
}

export function toCreateInput(v: FolderFormValues, workspaceID: string): CreateEmailFolderInput {
  return { ...inputOf(v, always), workspaceID, password: v.password } as CreateEmailFolderInput;
}

/** A blank password keeps the stored one. */
export function toUpdateInput(v: FolderFormValues): UpdateEmailFolderInput {
  const input: UpdateEmailFolderInput = inputOf(v, always);
  if (v.password) input.password = v.password;
  return input;
}

/** In edit mode the stored password is used unless a new one is typed. */
export function toTestInput(v: FolderFormValues, folderID?: string): TestConnectionInput {
  const input = inputOf(v, (_, spec) => !!spec.connection) as TestConnectionInput;
  if (folderID) input.folderID = folderID;
  if (v.password) input.password = v.password;
  return input;
}

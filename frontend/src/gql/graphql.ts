/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /**
   * Define a Relay Cursor type:
   * https://relay.dev/graphql/connections.htm#sec-Cursor
   */
  Cursor: { input: string; output: string; }
  Time: { input: string; output: string; }
  Upload: { input: any; output: any; }
};

/** A permission granted to a user or a group on a workspace or an email folder. */
export type AccessEntry = {
  __typename?: 'AccessEntry';
  group?: Maybe<Group>;
  id: Scalars['ID']['output'];
  /** Set when the entry comes from the workspace (inherited by a folder). */
  inherited: Scalars['Boolean']['output'];
  permission: Permission;
  user?: Maybe<User>;
};

/** Something that happened in a folder. Counts are set on FETCH_FINISHED and FETCH_FAILED, email on EMAIL_ADDED. */
export type ActivityEvent = {
  __typename?: 'ActivityEvent';
  at: Scalars['Time']['output'];
  duplicates?: Maybe<Scalars['Int']['output']>;
  email?: Maybe<Email>;
  error?: Maybe<Scalars['String']['output']>;
  failed?: Maybe<Scalars['Int']['output']>;
  folderID: Scalars['ID']['output'];
  imported?: Maybe<Scalars['Int']['output']>;
  remaining?: Maybe<Scalars['Int']['output']>;
  type: ActivityType;
};

export type ActivityType =
  | 'EMAIL_ADDED'
  | 'FETCH_FAILED'
  | 'FETCH_FINISHED'
  | 'FETCH_STARTED';

/** A mailbox: display name and address. */
export type Address = {
  __typename?: 'Address';
  address: Scalars['String']['output'];
  name?: Maybe<Scalars['String']['output']>;
};

/** AfterImport is enum for the field after_import */
export type AfterImport =
  | 'DELETE'
  | 'LEAVE'
  | 'MARK_SEEN'
  | 'MOVE';

export type AlertDelivery = Node & {
  __typename?: 'AlertDelivery';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['Time']['output'];
  digest: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  lastError?: Maybe<Scalars['String']['output']>;
  nextAttemptAt: Scalars['Time']['output'];
  sentAt?: Maybe<Scalars['Time']['output']>;
  /** SENT, PENDING (waiting for its next attempt) or FAILED (given up after too many attempts). */
  status: Scalars['String']['output'];
  /** The user the email is for. */
  user?: Maybe<User>;
};

/** A connection to a list of items. */
export type AlertDeliveryConnection = {
  __typename?: 'AlertDeliveryConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<AlertDeliveryEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type AlertDeliveryEdge = {
  __typename?: 'AlertDeliveryEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<AlertDelivery>;
};

/** Ordering options for AlertDelivery connections */
export type AlertDeliveryOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order AlertDeliveries. */
  field: AlertDeliveryOrderField;
};

/** Properties by which AlertDelivery connections can be ordered. */
export type AlertDeliveryOrderField =
  | 'CREATED_AT';

export type AlertEmailSettings = {
  __typename?: 'AlertEmailSettings';
  enabled: Scalars['Boolean']['output'];
  links: Scalars['Boolean']['output'];
};

/** How a user's alerts reach their email address. */
export type AlertPreference =
  /** One email a day listing the day's alerts (the default). */
  | 'DAILY_DIGEST'
  /** One email per alert. */
  | 'IMMEDIATE'
  /** No email; the alerts stay in the notifications menu. */
  | 'NEVER';

export type AlertSubscription = Node & {
  __typename?: 'AlertSubscription';
  createdAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  /** The workspace, folder or email followed; null once the viewer can no longer read it. */
  target?: Maybe<Node>;
};

export type AlertSubscriptionConnection = {
  __typename?: 'AlertSubscriptionConnection';
  edges: Array<AlertSubscriptionEdge>;
  pageInfo: PageInfo;
};

export type AlertSubscriptionEdge = {
  __typename?: 'AlertSubscriptionEdge';
  cursor: Scalars['Cursor']['output'];
  node: AlertSubscription;
};

export type Annotation = Node & {
  __typename?: 'Annotation';
  author: User;
  body: Scalars['String']['output'];
  createdAt: Scalars['Time']['output'];
  exact: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  prefix?: Maybe<Scalars['String']['output']>;
  start?: Maybe<Scalars['Int']['output']>;
  suffix?: Maybe<Scalars['String']['output']>;
};

/** A W3C text-quote selector on the email's plain text, with a position hint (code points), and the note. */
export type AnnotationInput = {
  body: Scalars['String']['input'];
  exact: Scalars['String']['input'];
  prefix?: InputMaybe<Scalars['String']['input']>;
  start?: InputMaybe<Scalars['Int']['input']>;
  suffix?: InputMaybe<Scalars['String']['input']>;
};

export type Attachment = Node & {
  __typename?: 'Attachment';
  contentID: Scalars['String']['output'];
  contentType: Scalars['String']['output'];
  email: Email;
  filename: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  inline: Scalars['Boolean']['output'];
  sha256: Scalars['String']['output'];
  size: Scalars['Int']['output'];
  /** Server path of the bytes; needs the same credentials as the API. */
  url: Scalars['String']['output'];
};

/**
 * AttachmentWhereInput is used for filtering Attachment objects.
 * Input was generated by ent.
 */
export type AttachmentWhereInput = {
  and?: InputMaybe<Array<AttachmentWhereInput>>;
  /** content_id field predicates */
  contentID?: InputMaybe<Scalars['String']['input']>;
  contentIDContains?: InputMaybe<Scalars['String']['input']>;
  contentIDContainsFold?: InputMaybe<Scalars['String']['input']>;
  contentIDEqualFold?: InputMaybe<Scalars['String']['input']>;
  contentIDGT?: InputMaybe<Scalars['String']['input']>;
  contentIDGTE?: InputMaybe<Scalars['String']['input']>;
  contentIDHasPrefix?: InputMaybe<Scalars['String']['input']>;
  contentIDHasSuffix?: InputMaybe<Scalars['String']['input']>;
  contentIDIn?: InputMaybe<Array<Scalars['String']['input']>>;
  contentIDLT?: InputMaybe<Scalars['String']['input']>;
  contentIDLTE?: InputMaybe<Scalars['String']['input']>;
  contentIDNEQ?: InputMaybe<Scalars['String']['input']>;
  contentIDNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** content_type field predicates */
  contentType?: InputMaybe<Scalars['String']['input']>;
  contentTypeContains?: InputMaybe<Scalars['String']['input']>;
  contentTypeContainsFold?: InputMaybe<Scalars['String']['input']>;
  contentTypeEqualFold?: InputMaybe<Scalars['String']['input']>;
  contentTypeGT?: InputMaybe<Scalars['String']['input']>;
  contentTypeGTE?: InputMaybe<Scalars['String']['input']>;
  contentTypeHasPrefix?: InputMaybe<Scalars['String']['input']>;
  contentTypeHasSuffix?: InputMaybe<Scalars['String']['input']>;
  contentTypeIn?: InputMaybe<Array<Scalars['String']['input']>>;
  contentTypeLT?: InputMaybe<Scalars['String']['input']>;
  contentTypeLTE?: InputMaybe<Scalars['String']['input']>;
  contentTypeNEQ?: InputMaybe<Scalars['String']['input']>;
  contentTypeNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** filename field predicates */
  filename?: InputMaybe<Scalars['String']['input']>;
  filenameContains?: InputMaybe<Scalars['String']['input']>;
  filenameContainsFold?: InputMaybe<Scalars['String']['input']>;
  filenameEqualFold?: InputMaybe<Scalars['String']['input']>;
  filenameGT?: InputMaybe<Scalars['String']['input']>;
  filenameGTE?: InputMaybe<Scalars['String']['input']>;
  filenameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  filenameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  filenameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  filenameLT?: InputMaybe<Scalars['String']['input']>;
  filenameLTE?: InputMaybe<Scalars['String']['input']>;
  filenameNEQ?: InputMaybe<Scalars['String']['input']>;
  filenameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** email edge predicates */
  hasEmail?: InputMaybe<Scalars['Boolean']['input']>;
  hasEmailWith?: InputMaybe<Array<EmailWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** inline field predicates */
  inline?: InputMaybe<Scalars['Boolean']['input']>;
  inlineNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  not?: InputMaybe<AttachmentWhereInput>;
  or?: InputMaybe<Array<AttachmentWhereInput>>;
  /** sha256 field predicates */
  sha256?: InputMaybe<Scalars['String']['input']>;
  sha256Contains?: InputMaybe<Scalars['String']['input']>;
  sha256ContainsFold?: InputMaybe<Scalars['String']['input']>;
  sha256EqualFold?: InputMaybe<Scalars['String']['input']>;
  sha256GT?: InputMaybe<Scalars['String']['input']>;
  sha256GTE?: InputMaybe<Scalars['String']['input']>;
  sha256HasPrefix?: InputMaybe<Scalars['String']['input']>;
  sha256HasSuffix?: InputMaybe<Scalars['String']['input']>;
  sha256In?: InputMaybe<Array<Scalars['String']['input']>>;
  sha256LT?: InputMaybe<Scalars['String']['input']>;
  sha256LTE?: InputMaybe<Scalars['String']['input']>;
  sha256NEQ?: InputMaybe<Scalars['String']['input']>;
  sha256NotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** size field predicates */
  size?: InputMaybe<Scalars['Int']['input']>;
  sizeGT?: InputMaybe<Scalars['Int']['input']>;
  sizeGTE?: InputMaybe<Scalars['Int']['input']>;
  sizeIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  sizeLT?: InputMaybe<Scalars['Int']['input']>;
  sizeLTE?: InputMaybe<Scalars['Int']['input']>;
  sizeNEQ?: InputMaybe<Scalars['Int']['input']>;
  sizeNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** AuthMethod is enum for the field auth_method */
export type AuthMethod =
  | 'OAUTH2'
  | 'PASSWORD';

export type AuthPayload = {
  __typename?: 'AuthPayload';
  token: Scalars['String']['output'];
  user: User;
};

export type Comment = Node & {
  __typename?: 'Comment';
  author: User;
  createdAt: Scalars['Time']['output'];
  deletedAt?: Maybe<Scalars['Time']['output']>;
  editedAt?: Maybe<Scalars['Time']['output']>;
  /** Earlier texts of an edited comment, oldest first; empty once deleted. */
  history: Array<CommentRevision>;
  id: Scalars['ID']['output'];
  parent?: Maybe<Comment>;
  /** Replies, oldest first. */
  replies: Array<Comment>;
  text: Scalars['String']['output'];
};

export type CommentRevision = {
  __typename?: 'CommentRevision';
  replacedAt: Scalars['Time']['output'];
  text: Scalars['String']['output'];
};

export type CreateEmailFolderInput = {
  afterImport?: InputMaybe<AfterImport>;
  allowInsecureAuth?: InputMaybe<Scalars['Boolean']['input']>;
  authMethod?: InputMaybe<AuthMethod>;
  email: Scalars['String']['input'];
  emailsLimit?: InputMaybe<Scalars['Int']['input']>;
  fetchIntervalMinutes?: InputMaybe<Scalars['Int']['input']>;
  host: Scalars['String']['input'];
  mailbox?: InputMaybe<Scalars['String']['input']>;
  moveTo?: InputMaybe<Scalars['String']['input']>;
  oauthProviderID?: InputMaybe<Scalars['ID']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  port?: InputMaybe<Scalars['Int']['input']>;
  protocol?: InputMaybe<MailProtocol>;
  push?: InputMaybe<Scalars['Boolean']['input']>;
  socketFactoryFallback?: InputMaybe<Scalars['Boolean']['input']>;
  socketFactoryPort?: InputMaybe<Scalars['Int']['input']>;
  sslProtocols?: InputMaybe<Scalars['String']['input']>;
  startTLS?: InputMaybe<Scalars['Boolean']['input']>;
  title: Scalars['String']['input'];
  trustedCertificate?: InputMaybe<Scalars['String']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
  workspaceID: Scalars['ID']['input'];
};

export type CreateGroupInput = {
  memberIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  name: Scalars['String']['input'];
};

/** GOOGLE and MICROSOFT fill the endpoints and scopes; GENERIC needs authURL, tokenURL and scopes. */
export type CreateOAuthProviderInput = {
  authURL?: InputMaybe<Scalars['String']['input']>;
  clientID: Scalars['String']['input'];
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  kind: OAuthProviderKind;
  name: Scalars['String']['input'];
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Microsoft Entra tenant: common (default), organizations, or the directory (tenant) ID. */
  tenant?: InputMaybe<Scalars['String']['input']>;
  tokenURL?: InputMaybe<Scalars['String']['input']>;
};

export type CreateUserInput = {
  displayName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  isAdmin?: InputMaybe<Scalars['Boolean']['input']>;
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};

export type CreateWorkspaceInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

/** Why a message is a duplicate: the same Message-ID as an email of the folder, or (without a Message-ID) the same bytes. */
export type DuplicateBasis =
  | 'CONTENT'
  | 'MESSAGE_ID';

export type Email = Node & {
  __typename?: 'Email';
  /** Annotations on the email's plain text, in the order of their passages. */
  annotations: Array<Annotation>;
  attachmentCount: Scalars['Int']['output'];
  attachments: Array<Attachment>;
  cc: Array<Address>;
  /** Every comment on the email (replies included, each naming its parent), oldest first; deleted ones stay as placeholders with empty text and deletedAt. */
  comments: Array<Comment>;
  /** URL of the original message (/emails/{id}.eml). */
  emlURL: Scalars['String']['output'];
  folder: EmailFolder;
  /** Whether the viewer follows the email (and with it its conversation). */
  followed: Scalars['Boolean']['output'];
  from?: Maybe<Address>;
  /** What happened to the email, newest first: its import (with the run), trash, restore, comments, … */
  history: HistoryEntryConnection;
  html?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  importedAt: Scalars['Time']['output'];
  inReplyTo: Scalars['String']['output'];
  messageID?: Maybe<Scalars['String']['output']>;
  parseError?: Maybe<Scalars['String']['output']>;
  rawSha256: Scalars['String']['output'];
  references: Array<Scalars['String']['output']>;
  /** Relations from and to the email whose other end the viewer can read, oldest first. */
  relations: Array<Relation>;
  replyTo: Array<Address>;
  /**
   * Within a search: the passage of the email that matched, HTML-escaped, with <mark>…</mark> around each match
   * and no other markup; it begins "in attachment NAME: " when the match is in an attachment and
   * "in the subject: " when only the subject matched. Null outside a search.
   */
  searchSnippet?: Maybe<Scalars['String']['output']>;
  sentAt?: Maybe<Scalars['Time']['output']>;
  size: Scalars['Int']['output'];
  subject: Scalars['String']['output'];
  /** Tags, in alphabetical order (normalized: trimmed, lower case). */
  tags: Array<Scalars['String']['output']>;
  text: Scalars['String']['output'];
  /** The conversation this email belongs to, in date order (oldest first), this email included: the emails of every folder the viewer may read, outside the trash; at most 500. */
  thread: Array<Email>;
  /** How many emails of the conversation the viewer can see (the length of thread, uncapped). */
  threadSize: Scalars['Int']['output'];
  to: Array<Address>;
  trashedAt?: Maybe<Scalars['Time']['output']>;
};


export type EmailHistoryArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A connection to a list of items. */
export type EmailConnection = {
  __typename?: 'EmailConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<EmailEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type EmailEdge = {
  __typename?: 'EmailEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Email>;
};

export type EmailFolder = Node & {
  __typename?: 'EmailFolder';
  /** Who has what on the folder: its own entries, then the workspace's unless inheritance is blocked. */
  access: Array<AccessEntry>;
  afterImport: AfterImport;
  allowInsecureAuth: Scalars['Boolean']['output'];
  authMethod: AuthMethod;
  /** Comments on the folder itself, as Email.comments. */
  comments: Array<Comment>;
  /** The folder's conversations, one row each: the newest email of every thread in this folder (outside the trash), newest first. Keyset-paged like emails. */
  conversations: EmailConnection;
  createdAt: Scalars['Time']['output'];
  email: Scalars['String']['output'];
  /** The folder's emails outside the trash, newest first unless orderBy says otherwise; emails without a date come last when newest first, first when oldest first. */
  emails: EmailConnection;
  emailsLimit: Scalars['Int']['output'];
  fetchIntervalMinutes: Scalars['Int']['output'];
  fetchRuns: FetchRunConnection;
  followed: Scalars['Boolean']['output'];
  /** True when a password is stored; the password itself is write-only. */
  hasPassword: Scalars['Boolean']['output'];
  /** What happened to the folder and to the emails in it, newest first. */
  history: HistoryEntryConnection;
  host: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  inheritanceBlocked: Scalars['Boolean']['output'];
  lastFetchAt?: Maybe<Scalars['Time']['output']>;
  lastFetchError?: Maybe<Scalars['String']['output']>;
  /** Every message the server offered and its outcome: retried failures first, then newest first (READ). */
  ledger: LedgerEntryConnection;
  /** URL of the ledger as CSV (/folders/{id}/ledger.csv). */
  ledgerCSVURL: Scalars['String']['output'];
  mailbox: Scalars['String']['output'];
  moveTo: Scalars['String']['output'];
  myPermission?: Maybe<Permission>;
  needsAttention: Scalars['Boolean']['output'];
  oauthAccount: Scalars['String']['output'];
  /** Whether the folder holds a sign-in (refresh token) of its OAuth app. */
  oauthConnected: Scalars['Boolean']['output'];
  oauthProvider?: Maybe<OAuthProvider>;
  /** The OAuth app the folder signs in with (authMethod OAUTH2), as the folder inputs name it. */
  oauthProviderID?: Maybe<Scalars['ID']['output']>;
  port: Scalars['Int']['output'];
  protocol: MailProtocol;
  push: Scalars['Boolean']['output'];
  /** The push watcher's state (null when push is not running in this server). */
  pushStatus?: Maybe<PushStatus>;
  reconciliation: FolderReconciliation;
  /** Relations from and to the folder whose other end the viewer can read. */
  relations: Array<Relation>;
  /** The folder's emails outside the trash: the figure searchIndexed is compared with. */
  searchIndexTotal: Scalars['Int']['output'];
  /** How many of the folder's emails outside the trash the search index holds (searchIndexTotal when complete). */
  searchIndexed: Scalars['Int']['output'];
  socketFactoryFallback: Scalars['Boolean']['output'];
  socketFactoryPort: Scalars['Int']['output'];
  sslProtocols: Scalars['String']['output'];
  startTLS: Scalars['Boolean']['output'];
  title: Scalars['String']['output'];
  trashedAt?: Maybe<Scalars['Time']['output']>;
  /** Emails of the folder in the trash, most recently trashed first. */
  trashedEmails: EmailConnection;
  trustedCertificate: Scalars['String']['output'];
  username: Scalars['String']['output'];
  workspace: Workspace;
};


export type EmailFolderConversationsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};


export type EmailFolderEmailsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<EmailOrder>;
  where?: InputMaybe<EmailWhereInput>;
};


export type EmailFolderFetchRunsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<FetchRunOrder>;
  where?: InputMaybe<FetchRunWhereInput>;
};


export type EmailFolderHistoryArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type EmailFolderLedgerArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  outcome?: InputMaybe<LedgerOutcome>;
};


export type EmailFolderTrashedEmailsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Ordering options for EmailFolder connections */
export type EmailFolderOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order EmailFolders. */
  field: EmailFolderOrderField;
};

/** Properties by which EmailFolder connections can be ordered. */
export type EmailFolderOrderField =
  | 'TITLE';

/**
 * EmailFolderWhereInput is used for filtering EmailFolder objects.
 * Input was generated by ent.
 */
export type EmailFolderWhereInput = {
  /** after_import field predicates */
  afterImport?: InputMaybe<AfterImport>;
  afterImportIn?: InputMaybe<Array<AfterImport>>;
  afterImportNEQ?: InputMaybe<AfterImport>;
  afterImportNotIn?: InputMaybe<Array<AfterImport>>;
  /** allow_insecure_auth field predicates */
  allowInsecureAuth?: InputMaybe<Scalars['Boolean']['input']>;
  allowInsecureAuthNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  and?: InputMaybe<Array<EmailFolderWhereInput>>;
  /** auth_method field predicates */
  authMethod?: InputMaybe<AuthMethod>;
  authMethodIn?: InputMaybe<Array<AuthMethod>>;
  authMethodNEQ?: InputMaybe<AuthMethod>;
  authMethodNotIn?: InputMaybe<Array<AuthMethod>>;
  /** email field predicates */
  email?: InputMaybe<Scalars['String']['input']>;
  emailContains?: InputMaybe<Scalars['String']['input']>;
  emailContainsFold?: InputMaybe<Scalars['String']['input']>;
  emailEqualFold?: InputMaybe<Scalars['String']['input']>;
  emailGT?: InputMaybe<Scalars['String']['input']>;
  emailGTE?: InputMaybe<Scalars['String']['input']>;
  emailHasPrefix?: InputMaybe<Scalars['String']['input']>;
  emailHasSuffix?: InputMaybe<Scalars['String']['input']>;
  emailIn?: InputMaybe<Array<Scalars['String']['input']>>;
  emailLT?: InputMaybe<Scalars['String']['input']>;
  emailLTE?: InputMaybe<Scalars['String']['input']>;
  emailNEQ?: InputMaybe<Scalars['String']['input']>;
  emailNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** emails_limit field predicates */
  emailsLimit?: InputMaybe<Scalars['Int']['input']>;
  emailsLimitGT?: InputMaybe<Scalars['Int']['input']>;
  emailsLimitGTE?: InputMaybe<Scalars['Int']['input']>;
  emailsLimitIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  emailsLimitLT?: InputMaybe<Scalars['Int']['input']>;
  emailsLimitLTE?: InputMaybe<Scalars['Int']['input']>;
  emailsLimitNEQ?: InputMaybe<Scalars['Int']['input']>;
  emailsLimitNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** fetch_interval_minutes field predicates */
  fetchIntervalMinutes?: InputMaybe<Scalars['Int']['input']>;
  fetchIntervalMinutesGT?: InputMaybe<Scalars['Int']['input']>;
  fetchIntervalMinutesGTE?: InputMaybe<Scalars['Int']['input']>;
  fetchIntervalMinutesIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  fetchIntervalMinutesLT?: InputMaybe<Scalars['Int']['input']>;
  fetchIntervalMinutesLTE?: InputMaybe<Scalars['Int']['input']>;
  fetchIntervalMinutesNEQ?: InputMaybe<Scalars['Int']['input']>;
  fetchIntervalMinutesNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** emails edge predicates */
  hasEmails?: InputMaybe<Scalars['Boolean']['input']>;
  hasEmailsWith?: InputMaybe<Array<EmailWhereInput>>;
  /** fetch_runs edge predicates */
  hasFetchRuns?: InputMaybe<Scalars['Boolean']['input']>;
  hasFetchRunsWith?: InputMaybe<Array<FetchRunWhereInput>>;
  /** oauth_provider edge predicates */
  hasOauthProvider?: InputMaybe<Scalars['Boolean']['input']>;
  hasOauthProviderWith?: InputMaybe<Array<OAuthProviderWhereInput>>;
  /** workspace edge predicates */
  hasWorkspace?: InputMaybe<Scalars['Boolean']['input']>;
  hasWorkspaceWith?: InputMaybe<Array<WorkspaceWhereInput>>;
  /** host field predicates */
  host?: InputMaybe<Scalars['String']['input']>;
  hostContains?: InputMaybe<Scalars['String']['input']>;
  hostContainsFold?: InputMaybe<Scalars['String']['input']>;
  hostEqualFold?: InputMaybe<Scalars['String']['input']>;
  hostGT?: InputMaybe<Scalars['String']['input']>;
  hostGTE?: InputMaybe<Scalars['String']['input']>;
  hostHasPrefix?: InputMaybe<Scalars['String']['input']>;
  hostHasSuffix?: InputMaybe<Scalars['String']['input']>;
  hostIn?: InputMaybe<Array<Scalars['String']['input']>>;
  hostLT?: InputMaybe<Scalars['String']['input']>;
  hostLTE?: InputMaybe<Scalars['String']['input']>;
  hostNEQ?: InputMaybe<Scalars['String']['input']>;
  hostNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** inheritance_blocked field predicates */
  inheritanceBlocked?: InputMaybe<Scalars['Boolean']['input']>;
  inheritanceBlockedNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** mailbox field predicates */
  mailbox?: InputMaybe<Scalars['String']['input']>;
  mailboxContains?: InputMaybe<Scalars['String']['input']>;
  mailboxContainsFold?: InputMaybe<Scalars['String']['input']>;
  mailboxEqualFold?: InputMaybe<Scalars['String']['input']>;
  mailboxGT?: InputMaybe<Scalars['String']['input']>;
  mailboxGTE?: InputMaybe<Scalars['String']['input']>;
  mailboxHasPrefix?: InputMaybe<Scalars['String']['input']>;
  mailboxHasSuffix?: InputMaybe<Scalars['String']['input']>;
  mailboxIn?: InputMaybe<Array<Scalars['String']['input']>>;
  mailboxLT?: InputMaybe<Scalars['String']['input']>;
  mailboxLTE?: InputMaybe<Scalars['String']['input']>;
  mailboxNEQ?: InputMaybe<Scalars['String']['input']>;
  mailboxNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** move_to field predicates */
  moveTo?: InputMaybe<Scalars['String']['input']>;
  moveToContains?: InputMaybe<Scalars['String']['input']>;
  moveToContainsFold?: InputMaybe<Scalars['String']['input']>;
  moveToEqualFold?: InputMaybe<Scalars['String']['input']>;
  moveToGT?: InputMaybe<Scalars['String']['input']>;
  moveToGTE?: InputMaybe<Scalars['String']['input']>;
  moveToHasPrefix?: InputMaybe<Scalars['String']['input']>;
  moveToHasSuffix?: InputMaybe<Scalars['String']['input']>;
  moveToIn?: InputMaybe<Array<Scalars['String']['input']>>;
  moveToLT?: InputMaybe<Scalars['String']['input']>;
  moveToLTE?: InputMaybe<Scalars['String']['input']>;
  moveToNEQ?: InputMaybe<Scalars['String']['input']>;
  moveToNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** needs_attention field predicates */
  needsAttention?: InputMaybe<Scalars['Boolean']['input']>;
  needsAttentionNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  not?: InputMaybe<EmailFolderWhereInput>;
  /** oauth_account field predicates */
  oauthAccount?: InputMaybe<Scalars['String']['input']>;
  oauthAccountContains?: InputMaybe<Scalars['String']['input']>;
  oauthAccountContainsFold?: InputMaybe<Scalars['String']['input']>;
  oauthAccountEqualFold?: InputMaybe<Scalars['String']['input']>;
  oauthAccountGT?: InputMaybe<Scalars['String']['input']>;
  oauthAccountGTE?: InputMaybe<Scalars['String']['input']>;
  oauthAccountHasPrefix?: InputMaybe<Scalars['String']['input']>;
  oauthAccountHasSuffix?: InputMaybe<Scalars['String']['input']>;
  oauthAccountIn?: InputMaybe<Array<Scalars['String']['input']>>;
  oauthAccountLT?: InputMaybe<Scalars['String']['input']>;
  oauthAccountLTE?: InputMaybe<Scalars['String']['input']>;
  oauthAccountNEQ?: InputMaybe<Scalars['String']['input']>;
  oauthAccountNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  or?: InputMaybe<Array<EmailFolderWhereInput>>;
  /** port field predicates */
  port?: InputMaybe<Scalars['Int']['input']>;
  portGT?: InputMaybe<Scalars['Int']['input']>;
  portGTE?: InputMaybe<Scalars['Int']['input']>;
  portIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  portLT?: InputMaybe<Scalars['Int']['input']>;
  portLTE?: InputMaybe<Scalars['Int']['input']>;
  portNEQ?: InputMaybe<Scalars['Int']['input']>;
  portNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** protocol field predicates */
  protocol?: InputMaybe<MailProtocol>;
  protocolIn?: InputMaybe<Array<MailProtocol>>;
  protocolNEQ?: InputMaybe<MailProtocol>;
  protocolNotIn?: InputMaybe<Array<MailProtocol>>;
  /** push field predicates */
  push?: InputMaybe<Scalars['Boolean']['input']>;
  pushNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** socket_factory_fallback field predicates */
  socketFactoryFallback?: InputMaybe<Scalars['Boolean']['input']>;
  socketFactoryFallbackNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** socket_factory_port field predicates */
  socketFactoryPort?: InputMaybe<Scalars['Int']['input']>;
  socketFactoryPortGT?: InputMaybe<Scalars['Int']['input']>;
  socketFactoryPortGTE?: InputMaybe<Scalars['Int']['input']>;
  socketFactoryPortIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  socketFactoryPortLT?: InputMaybe<Scalars['Int']['input']>;
  socketFactoryPortLTE?: InputMaybe<Scalars['Int']['input']>;
  socketFactoryPortNEQ?: InputMaybe<Scalars['Int']['input']>;
  socketFactoryPortNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** ssl_protocols field predicates */
  sslProtocols?: InputMaybe<Scalars['String']['input']>;
  sslProtocolsContains?: InputMaybe<Scalars['String']['input']>;
  sslProtocolsContainsFold?: InputMaybe<Scalars['String']['input']>;
  sslProtocolsEqualFold?: InputMaybe<Scalars['String']['input']>;
  sslProtocolsGT?: InputMaybe<Scalars['String']['input']>;
  sslProtocolsGTE?: InputMaybe<Scalars['String']['input']>;
  sslProtocolsHasPrefix?: InputMaybe<Scalars['String']['input']>;
  sslProtocolsHasSuffix?: InputMaybe<Scalars['String']['input']>;
  sslProtocolsIn?: InputMaybe<Array<Scalars['String']['input']>>;
  sslProtocolsLT?: InputMaybe<Scalars['String']['input']>;
  sslProtocolsLTE?: InputMaybe<Scalars['String']['input']>;
  sslProtocolsNEQ?: InputMaybe<Scalars['String']['input']>;
  sslProtocolsNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** start_tls field predicates */
  startTLS?: InputMaybe<Scalars['Boolean']['input']>;
  startTLSNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** title field predicates */
  title?: InputMaybe<Scalars['String']['input']>;
  titleContains?: InputMaybe<Scalars['String']['input']>;
  titleContainsFold?: InputMaybe<Scalars['String']['input']>;
  titleEqualFold?: InputMaybe<Scalars['String']['input']>;
  titleGT?: InputMaybe<Scalars['String']['input']>;
  titleGTE?: InputMaybe<Scalars['String']['input']>;
  titleHasPrefix?: InputMaybe<Scalars['String']['input']>;
  titleHasSuffix?: InputMaybe<Scalars['String']['input']>;
  titleIn?: InputMaybe<Array<Scalars['String']['input']>>;
  titleLT?: InputMaybe<Scalars['String']['input']>;
  titleLTE?: InputMaybe<Scalars['String']['input']>;
  titleNEQ?: InputMaybe<Scalars['String']['input']>;
  titleNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** trusted_certificate field predicates */
  trustedCertificate?: InputMaybe<Scalars['String']['input']>;
  trustedCertificateContains?: InputMaybe<Scalars['String']['input']>;
  trustedCertificateContainsFold?: InputMaybe<Scalars['String']['input']>;
  trustedCertificateEqualFold?: InputMaybe<Scalars['String']['input']>;
  trustedCertificateGT?: InputMaybe<Scalars['String']['input']>;
  trustedCertificateGTE?: InputMaybe<Scalars['String']['input']>;
  trustedCertificateHasPrefix?: InputMaybe<Scalars['String']['input']>;
  trustedCertificateHasSuffix?: InputMaybe<Scalars['String']['input']>;
  trustedCertificateIn?: InputMaybe<Array<Scalars['String']['input']>>;
  trustedCertificateLT?: InputMaybe<Scalars['String']['input']>;
  trustedCertificateLTE?: InputMaybe<Scalars['String']['input']>;
  trustedCertificateNEQ?: InputMaybe<Scalars['String']['input']>;
  trustedCertificateNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** username field predicates */
  username?: InputMaybe<Scalars['String']['input']>;
  usernameContains?: InputMaybe<Scalars['String']['input']>;
  usernameContainsFold?: InputMaybe<Scalars['String']['input']>;
  usernameEqualFold?: InputMaybe<Scalars['String']['input']>;
  usernameGT?: InputMaybe<Scalars['String']['input']>;
  usernameGTE?: InputMaybe<Scalars['String']['input']>;
  usernameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  usernameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  usernameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  usernameLT?: InputMaybe<Scalars['String']['input']>;
  usernameLTE?: InputMaybe<Scalars['String']['input']>;
  usernameNEQ?: InputMaybe<Scalars['String']['input']>;
  usernameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Ordering options for Email connections */
export type EmailOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Emails. */
  field: EmailOrderField;
};

/** Properties by which Email connections can be ordered. */
export type EmailOrderField =
  | 'IMPORTED_AT'
  | 'SENT_AT'
  | 'SUBJECT';

/**
 * EmailTagWhereInput is used for filtering EmailTag objects.
 * Input was generated by ent.
 */
export type EmailTagWhereInput = {
  and?: InputMaybe<Array<EmailTagWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  nameGT?: InputMaybe<Scalars['String']['input']>;
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  nameLT?: InputMaybe<Scalars['String']['input']>;
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<EmailTagWhereInput>;
  or?: InputMaybe<Array<EmailTagWhereInput>>;
};

/**
 * EmailWhereInput is used for filtering Email objects.
 * Input was generated by ent.
 */
export type EmailWhereInput = {
  and?: InputMaybe<Array<EmailWhereInput>>;
  /** attachment_count field predicates */
  attachmentCount?: InputMaybe<Scalars['Int']['input']>;
  attachmentCountGT?: InputMaybe<Scalars['Int']['input']>;
  attachmentCountGTE?: InputMaybe<Scalars['Int']['input']>;
  attachmentCountIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  attachmentCountLT?: InputMaybe<Scalars['Int']['input']>;
  attachmentCountLTE?: InputMaybe<Scalars['Int']['input']>;
  attachmentCountNEQ?: InputMaybe<Scalars['Int']['input']>;
  attachmentCountNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** folder edge predicates */
  hasFolder?: InputMaybe<Scalars['Boolean']['input']>;
  hasFolderWith?: InputMaybe<Array<EmailFolderWhereInput>>;
  /** tags edge predicates */
  hasTags?: InputMaybe<Scalars['Boolean']['input']>;
  hasTagsWith?: InputMaybe<Array<EmailTagWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** imported_at field predicates */
  importedAt?: InputMaybe<Scalars['Time']['input']>;
  importedAtGT?: InputMaybe<Scalars['Time']['input']>;
  importedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  importedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  importedAtLT?: InputMaybe<Scalars['Time']['input']>;
  importedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  importedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  importedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** in_reply_to field predicates */
  inReplyTo?: InputMaybe<Scalars['String']['input']>;
  inReplyToContains?: InputMaybe<Scalars['String']['input']>;
  inReplyToContainsFold?: InputMaybe<Scalars['String']['input']>;
  inReplyToEqualFold?: InputMaybe<Scalars['String']['input']>;
  inReplyToGT?: InputMaybe<Scalars['String']['input']>;
  inReplyToGTE?: InputMaybe<Scalars['String']['input']>;
  inReplyToHasPrefix?: InputMaybe<Scalars['String']['input']>;
  inReplyToHasSuffix?: InputMaybe<Scalars['String']['input']>;
  inReplyToIn?: InputMaybe<Array<Scalars['String']['input']>>;
  inReplyToLT?: InputMaybe<Scalars['String']['input']>;
  inReplyToLTE?: InputMaybe<Scalars['String']['input']>;
  inReplyToNEQ?: InputMaybe<Scalars['String']['input']>;
  inReplyToNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** message_id field predicates */
  messageID?: InputMaybe<Scalars['String']['input']>;
  messageIDContains?: InputMaybe<Scalars['String']['input']>;
  messageIDContainsFold?: InputMaybe<Scalars['String']['input']>;
  messageIDEqualFold?: InputMaybe<Scalars['String']['input']>;
  messageIDGT?: InputMaybe<Scalars['String']['input']>;
  messageIDGTE?: InputMaybe<Scalars['String']['input']>;
  messageIDHasPrefix?: InputMaybe<Scalars['String']['input']>;
  messageIDHasSuffix?: InputMaybe<Scalars['String']['input']>;
  messageIDIn?: InputMaybe<Array<Scalars['String']['input']>>;
  messageIDIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  messageIDLT?: InputMaybe<Scalars['String']['input']>;
  messageIDLTE?: InputMaybe<Scalars['String']['input']>;
  messageIDNEQ?: InputMaybe<Scalars['String']['input']>;
  messageIDNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  messageIDNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  not?: InputMaybe<EmailWhereInput>;
  or?: InputMaybe<Array<EmailWhereInput>>;
  /** raw_sha256 field predicates */
  rawSha256?: InputMaybe<Scalars['String']['input']>;
  rawSha256Contains?: InputMaybe<Scalars['String']['input']>;
  rawSha256ContainsFold?: InputMaybe<Scalars['String']['input']>;
  rawSha256EqualFold?: InputMaybe<Scalars['String']['input']>;
  rawSha256GT?: InputMaybe<Scalars['String']['input']>;
  rawSha256GTE?: InputMaybe<Scalars['String']['input']>;
  rawSha256HasPrefix?: InputMaybe<Scalars['String']['input']>;
  rawSha256HasSuffix?: InputMaybe<Scalars['String']['input']>;
  rawSha256In?: InputMaybe<Array<Scalars['String']['input']>>;
  rawSha256LT?: InputMaybe<Scalars['String']['input']>;
  rawSha256LTE?: InputMaybe<Scalars['String']['input']>;
  rawSha256NEQ?: InputMaybe<Scalars['String']['input']>;
  rawSha256NotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** sent_at field predicates */
  sentAt?: InputMaybe<Scalars['Time']['input']>;
  sentAtGT?: InputMaybe<Scalars['Time']['input']>;
  sentAtGTE?: InputMaybe<Scalars['Time']['input']>;
  sentAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  sentAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  sentAtLT?: InputMaybe<Scalars['Time']['input']>;
  sentAtLTE?: InputMaybe<Scalars['Time']['input']>;
  sentAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  sentAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  sentAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** size field predicates */
  size?: InputMaybe<Scalars['Int']['input']>;
  sizeGT?: InputMaybe<Scalars['Int']['input']>;
  sizeGTE?: InputMaybe<Scalars['Int']['input']>;
  sizeIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  sizeLT?: InputMaybe<Scalars['Int']['input']>;
  sizeLTE?: InputMaybe<Scalars['Int']['input']>;
  sizeNEQ?: InputMaybe<Scalars['Int']['input']>;
  sizeNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** subject field predicates */
  subject?: InputMaybe<Scalars['String']['input']>;
  subjectContains?: InputMaybe<Scalars['String']['input']>;
  subjectContainsFold?: InputMaybe<Scalars['String']['input']>;
  subjectEqualFold?: InputMaybe<Scalars['String']['input']>;
  subjectGT?: InputMaybe<Scalars['String']['input']>;
  subjectGTE?: InputMaybe<Scalars['String']['input']>;
  subjectHasPrefix?: InputMaybe<Scalars['String']['input']>;
  subjectHasSuffix?: InputMaybe<Scalars['String']['input']>;
  subjectIn?: InputMaybe<Array<Scalars['String']['input']>>;
  subjectLT?: InputMaybe<Scalars['String']['input']>;
  subjectLTE?: InputMaybe<Scalars['String']['input']>;
  subjectNEQ?: InputMaybe<Scalars['String']['input']>;
  subjectNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** A message a fetch run could not import; it stays new on the server and the next run retries it. */
export type FetchFailure = {
  __typename?: 'FetchFailure';
  reason: Scalars['String']['output'];
  serverUID: Scalars['String']['output'];
};

/** Outcome of one fetch run. */
export type FetchReport = {
  __typename?: 'FetchReport';
  duplicates: Scalars['Int']['output'];
  /** The error that stopped the run, in plain words. */
  error?: Maybe<Scalars['String']['output']>;
  failed: Scalars['Int']['output'];
  imported: Scalars['Int']['output'];
  /** Unread messages left on the server for the next run (emailsLimit was reached). */
  remaining: Scalars['Int']['output'];
};

export type FetchRun = Node & {
  __typename?: 'FetchRun';
  duplicates: Scalars['Int']['output'];
  error?: Maybe<Scalars['String']['output']>;
  failed: Scalars['Int']['output'];
  failures?: Maybe<Array<FetchFailure>>;
  finishedAt?: Maybe<Scalars['Time']['output']>;
  folder: EmailFolder;
  id: Scalars['ID']['output'];
  imported: Scalars['Int']['output'];
  /** The entries this run produced: what it imported, found duplicate, or could not import. */
  ledger: LedgerEntryConnection;
  remaining: Scalars['Int']['output'];
  startedAt: Scalars['Time']['output'];
  trigger: FetchTrigger;
};


export type FetchRunLedgerArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  outcome?: InputMaybe<LedgerOutcome>;
};

/** A connection to a list of items. */
export type FetchRunConnection = {
  __typename?: 'FetchRunConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<FetchRunEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type FetchRunEdge = {
  __typename?: 'FetchRunEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<FetchRun>;
};

/** Ordering options for FetchRun connections */
export type FetchRunOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order FetchRuns. */
  field: FetchRunOrderField;
};

/** Properties by which FetchRun connections can be ordered. */
export type FetchRunOrderField =
  | 'STARTED_AT';

/**
 * FetchRunWhereInput is used for filtering FetchRun objects.
 * Input was generated by ent.
 */
export type FetchRunWhereInput = {
  and?: InputMaybe<Array<FetchRunWhereInput>>;
  /** duplicates field predicates */
  duplicates?: InputMaybe<Scalars['Int']['input']>;
  duplicatesGT?: InputMaybe<Scalars['Int']['input']>;
  duplicatesGTE?: InputMaybe<Scalars['Int']['input']>;
  duplicatesIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  duplicatesLT?: InputMaybe<Scalars['Int']['input']>;
  duplicatesLTE?: InputMaybe<Scalars['Int']['input']>;
  duplicatesNEQ?: InputMaybe<Scalars['Int']['input']>;
  duplicatesNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** error field predicates */
  error?: InputMaybe<Scalars['String']['input']>;
  errorContains?: InputMaybe<Scalars['String']['input']>;
  errorContainsFold?: InputMaybe<Scalars['String']['input']>;
  errorEqualFold?: InputMaybe<Scalars['String']['input']>;
  errorGT?: InputMaybe<Scalars['String']['input']>;
  errorGTE?: InputMaybe<Scalars['String']['input']>;
  errorHasPrefix?: InputMaybe<Scalars['String']['input']>;
  errorHasSuffix?: InputMaybe<Scalars['String']['input']>;
  errorIn?: InputMaybe<Array<Scalars['String']['input']>>;
  errorIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  errorLT?: InputMaybe<Scalars['String']['input']>;
  errorLTE?: InputMaybe<Scalars['String']['input']>;
  errorNEQ?: InputMaybe<Scalars['String']['input']>;
  errorNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  errorNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** failed field predicates */
  failed?: InputMaybe<Scalars['Int']['input']>;
  failedGT?: InputMaybe<Scalars['Int']['input']>;
  failedGTE?: InputMaybe<Scalars['Int']['input']>;
  failedIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  failedLT?: InputMaybe<Scalars['Int']['input']>;
  failedLTE?: InputMaybe<Scalars['Int']['input']>;
  failedNEQ?: InputMaybe<Scalars['Int']['input']>;
  failedNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** finished_at field predicates */
  finishedAt?: InputMaybe<Scalars['Time']['input']>;
  finishedAtGT?: InputMaybe<Scalars['Time']['input']>;
  finishedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  finishedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  finishedAtIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  finishedAtLT?: InputMaybe<Scalars['Time']['input']>;
  finishedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  finishedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  finishedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  finishedAtNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** folder edge predicates */
  hasFolder?: InputMaybe<Scalars['Boolean']['input']>;
  hasFolderWith?: InputMaybe<Array<EmailFolderWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** imported field predicates */
  imported?: InputMaybe<Scalars['Int']['input']>;
  importedGT?: InputMaybe<Scalars['Int']['input']>;
  importedGTE?: InputMaybe<Scalars['Int']['input']>;
  importedIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  importedLT?: InputMaybe<Scalars['Int']['input']>;
  importedLTE?: InputMaybe<Scalars['Int']['input']>;
  importedNEQ?: InputMaybe<Scalars['Int']['input']>;
  importedNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  not?: InputMaybe<FetchRunWhereInput>;
  or?: InputMaybe<Array<FetchRunWhereInput>>;
  /** remaining field predicates */
  remaining?: InputMaybe<Scalars['Int']['input']>;
  remainingGT?: InputMaybe<Scalars['Int']['input']>;
  remainingGTE?: InputMaybe<Scalars['Int']['input']>;
  remainingIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  remainingLT?: InputMaybe<Scalars['Int']['input']>;
  remainingLTE?: InputMaybe<Scalars['Int']['input']>;
  remainingNEQ?: InputMaybe<Scalars['Int']['input']>;
  remainingNotIn?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** started_at field predicates */
  startedAt?: InputMaybe<Scalars['Time']['input']>;
  startedAtGT?: InputMaybe<Scalars['Time']['input']>;
  startedAtGTE?: InputMaybe<Scalars['Time']['input']>;
  startedAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  startedAtLT?: InputMaybe<Scalars['Time']['input']>;
  startedAtLTE?: InputMaybe<Scalars['Time']['input']>;
  startedAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  startedAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** trigger field predicates */
  trigger?: InputMaybe<FetchTrigger>;
  triggerIn?: InputMaybe<Array<FetchTrigger>>;
  triggerNEQ?: InputMaybe<FetchTrigger>;
  triggerNotIn?: InputMaybe<Array<FetchTrigger>>;
};

/** FetchTrigger is enum for the field trigger */
export type FetchTrigger =
  | 'IMPORT'
  | 'MANUAL'
  | 'PUSH'
  | 'SCHEDULE';

/** A folder's account of what the server offered. The ledger counts are current; onServer, unreadOnServer and newOnServer are what the server said when the last run searched it (checkedAt), before that run imported. imported + duplicates + failed + purged + remaining = offered. */
export type FolderReconciliation = {
  __typename?: 'FolderReconciliation';
  checkedAt?: Maybe<Scalars['Time']['output']>;
  duplicates: Scalars['Int']['output'];
  /** Not imported: retried by the next run unless the failure is final. */
  failed: Scalars['Int']['output'];
  imported: Scalars['Int']['output'];
  /** Messages the last check found new (unread and not yet in the ledger). */
  newOnServer?: Maybe<Scalars['Int']['output']>;
  /** Every message the server offered: the sum of the five counts above. */
  offered: Scalars['Int']['output'];
  /** Messages in the server mailbox at the last check. */
  onServer?: Maybe<Scalars['Int']['output']>;
  /** Imported, then deleted for good. */
  purged: Scalars['Int']['output'];
  /** New at the last check and not fetched yet (emailsLimit, an interruption): the next runs fetch them. */
  remaining: Scalars['Int']['output'];
  /** Unread messages at the last check (null for POP3, which has no flags). */
  unreadOnServer?: Maybe<Scalars['Int']['output']>;
};

export type Group = Node & {
  __typename?: 'Group';
  /** Null unless the viewer is an administrator. */
  createdAt?: Maybe<Scalars['Time']['output']>;
  id: Scalars['ID']['output'];
  /** Null unless the viewer is an administrator. */
  members?: Maybe<Array<User>>;
  name: Scalars['String']['output'];
};

/**
 * GroupWhereInput is used for filtering Group objects.
 * Input was generated by ent.
 */
export type GroupWhereInput = {
  and?: InputMaybe<Array<GroupWhereInput>>;
  /** members edge predicates */
  hasMembers?: InputMaybe<Scalars['Boolean']['input']>;
  hasMembersWith?: InputMaybe<Array<UserWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  nameGT?: InputMaybe<Scalars['String']['input']>;
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  nameLT?: InputMaybe<Scalars['String']['input']>;
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<GroupWhereInput>;
  or?: InputMaybe<Array<GroupWhereInput>>;
};

export type HistoryEntry = Node & {
  __typename?: 'HistoryEntry';
  /** Who did it; null for the server itself (a scheduled fetch). */
  actor?: Maybe<User>;
  at: Scalars['Time']['output'];
  /** The fetch run of an import. */
  fetchRun?: Maybe<FetchRun>;
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  /** What it happened to: an email, a folder or a workspace; null when the viewer may not open it. */
  target?: Maybe<Node>;
  text: Scalars['String']['output'];
};

/** A connection to a list of items. */
export type HistoryEntryConnection = {
  __typename?: 'HistoryEntryConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<HistoryEntryEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type HistoryEntryEdge = {
  __typename?: 'HistoryEntryEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<HistoryEntry>;
};

/** Ordering options for HistoryEntry connections */
export type HistoryEntryOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order HistoryEntries. */
  field: HistoryEntryOrderField;
};

/** Properties by which HistoryEntry connections can be ordered. */
export type HistoryEntryOrderField =
  | 'AT';

export type IntegrityProblem = {
  __typename?: 'IntegrityProblem';
  detail: Scalars['String']['output'];
  /** The emails whose raw message or attachment this blob is (empty for unreferenced blobs). */
  emailIDs: Array<Scalars['ID']['output']>;
  /** The size the database records; null when unknown. */
  expectedSize?: Maybe<Scalars['Int']['output']>;
  kind: IntegrityProblemKind;
  sha256: Scalars['String']['output'];
  /** Size on disk; null when the blob is missing. */
  size?: Maybe<Scalars['Int']['output']>;
};

export type IntegrityProblemKind =
  | 'CORRUPTED'
  | 'MISSING'
  | 'UNREFERENCED';

/** What `mailroom verify` reports: every blob (raw message, attachment) the database refers to read back and checked against its sha256. */
export type IntegrityReport = {
  __typename?: 'IntegrityReport';
  bytesChecked: Scalars['Int']['output'];
  checkedAt: Scalars['Time']['output'];
  corruptedBlobs: Scalars['Int']['output'];
  intactBlobs: Scalars['Int']['output'];
  missingBlobs: Scalars['Int']['output'];
  /** True when every blob the database refers to is present and intact (unreferenced blobs do not count against it). */
  ok: Scalars['Boolean']['output'];
  /** The first 100 problems, missing and corrupted first (the counts above are complete). */
  problems: Array<IntegrityProblem>;
  /** Distinct blobs the database refers to. */
  referencedBlobs: Scalars['Int']['output'];
  /** How long the check took, in milliseconds. */
  tookMs: Scalars['Int']['output'];
  /** Blobs on disk that nothing refers to (an import in progress writes its blobs before it commits). */
  unreferencedBlobs: Scalars['Int']['output'];
};

/** One message the server offered the folder. */
export type LedgerEntry = {
  __typename?: 'LedgerEntry';
  /** When the outcome was recorded. */
  at: Scalars['Time']['output'];
  duplicateBy?: Maybe<DuplicateBasis>;
  /** The email a DUPLICATE repeats; null when it was deleted for good or the viewer may not open it. */
  duplicateOf?: Maybe<Email>;
  /** The email the message became (IMPORTED); null when the viewer may not open it. */
  email?: Maybe<Email>;
  /** The fetch run that produced the entry (null for entries older than runs' links). */
  fetchRun?: Maybe<FetchRun>;
  messageID?: Maybe<Scalars['String']['output']>;
  outcome: LedgerOutcome;
  /** Why: the failure, the duplicate's basis, or the purge. */
  reason?: Maybe<Scalars['String']['output']>;
  /** IMAP UID in decimal, or the POP3 UIDL. */
  serverUID: Scalars['String']['output'];
  /** sha256 of the raw message (null when it was not read). */
  sha256?: Maybe<Scalars['String']['output']>;
  /** IMAP UIDVALIDITY of the UID (null for POP3). */
  uidValidity?: Maybe<Scalars['Int']['output']>;
  /** A FAILED message the next run tries again (false once the failure is final). */
  willRetry: Scalars['Boolean']['output'];
};

export type LedgerEntryConnection = {
  __typename?: 'LedgerEntryConnection';
  edges?: Maybe<Array<Maybe<LedgerEntryEdge>>>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LedgerEntryEdge = {
  __typename?: 'LedgerEntryEdge';
  cursor: Scalars['Cursor']['output'];
  node?: Maybe<LedgerEntry>;
};

/** What became of a message the server offered: imported as an email, a duplicate of one, not imported, or imported and since deleted for good. */
export type LedgerOutcome =
  | 'DUPLICATE'
  | 'FAILED'
  | 'IMPORTED'
  | 'PURGED';

/** MailProtocol is enum for the field protocol */
export type MailProtocol =
  | 'IMAP'
  | 'IMAPS'
  | 'POP3'
  | 'POP3S';

export type Mutation = {
  __typename?: 'Mutation';
  /** Comments on an email or an email folder, as a reply to parentID when given. @username mentions users who may read the target. */
  addComment: Comment;
  /** Annotates a quote of the email's plain text; BAD_USER_INPUT on exact when it does not occur. */
  annotate: Annotation;
  /** The provider's authorization URL for this folder (PKCE S256, state bound to the signed-in user and the folder). */
  authorizeEmailFolder: Scalars['String']['output'];
  /** Changes the signed-in user's password; their other sessions end. */
  changePassword: Scalars['Boolean']['output'];
  createEmailFolder: EmailFolder;
  createGroup: Group;
  /** Registers an OAuth app (administrators). */
  createOAuthProvider: OAuthProvider;
  /** Relates a document (WRITE needed) to another the viewer can read, or to an http(s) url: exactly one of targetID and url. */
  createRelation: Relation;
  createUser: User;
  createWorkspace: Workspace;
  /** Deletes an annotation (its author or a manager). */
  deleteAnnotation: Scalars['Boolean']['output'];
  /** Deletes a comment (its author or a manager): a placeholder stays for its replies. */
  deleteComment: Scalars['Boolean']['output'];
  /** Deletes an item in the trash for good, with what it holds (MANAGE). */
  deleteNodePermanently: Scalars['Boolean']['output'];
  /** Removes an OAuth app no folder uses (administrators). */
  deleteOAuthProvider: Scalars['Boolean']['output'];
  /** Deletes a relation (its creator or a manager of the source). */
  deleteRelation: Scalars['Boolean']['output'];
  /** Deletes for good every email in the folder's trash (MANAGE); returns how many. */
  emptyTrash: Scalars['Int']['output'];
  /** Runs a fetch of the folder and returns its report when the run ends. */
  fetchEmails: FetchReport;
  /** Imports uploaded .eml or .mbox files into the folder through the fetch pipeline (graphql-multipart-request-spec). Needs WRITE on the folder. */
  importEmails: FetchReport;
  login: AuthPayload;
  logout: Scalars['Boolean']['output'];
  /** Marks the viewer's alerts read (all of them when ids is omitted); the number marked. */
  markNotificationsRead: Scalars['Int']['output'];
  removePermission: Scalars['Boolean']['output'];
  /** Sets another user's password (administrators); their sessions end. */
  resetPassword: Scalars['Boolean']['output'];
  restoreNode: Node;
  /** Sets how the signed-in user's alerts are emailed. */
  setAlertPreference: User;
  setInheritance: Node;
  setPermission: AccessEntry;
  /** Ends every session of the signed-in user, this one included. */
  signOutEverywhere: Scalars['Boolean']['output'];
  /** Follow a workspace, a folder or an email (READ needed); following an email follows its conversation. */
  subscribe: AlertSubscription;
  tagEmail: Email;
  testConnection: TestConnectionResult;
  /** Moves an email, email folder or workspace to the trash (WRITE). */
  trashNode: Node;
  /** Stop following; true when the viewer was following. */
  unsubscribe: Scalars['Boolean']['output'];
  untagEmail: Email;
  /** Replaces a comment's text (its author only); the previous text is kept in history. */
  updateComment: Comment;
  updateEmailFolder: EmailFolder;
  updateGroup: Group;
  /** Changes an OAuth app (administrators). */
  updateOAuthProvider: OAuthProvider;
  updateUser: User;
};


export type MutationAddCommentArgs = {
  parentID?: InputMaybe<Scalars['ID']['input']>;
  targetID: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationAnnotateArgs = {
  emailID: Scalars['ID']['input'];
  input: AnnotationInput;
};


export type MutationAuthorizeEmailFolderArgs = {
  folderID: Scalars['ID']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreateEmailFolderArgs = {
  input: CreateEmailFolderInput;
};


export type MutationCreateGroupArgs = {
  input: CreateGroupInput;
};


export type MutationCreateOAuthProviderArgs = {
  input: CreateOAuthProviderInput;
};


export type MutationCreateRelationArgs = {
  predicate: RelationPredicate;
  sourceID: Scalars['ID']['input'];
  targetID?: InputMaybe<Scalars['ID']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
};


export type MutationCreateUserArgs = {
  input: CreateUserInput;
};


export type MutationCreateWorkspaceArgs = {
  input: CreateWorkspaceInput;
};


export type MutationDeleteAnnotationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteCommentArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteNodePermanentlyArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteOAuthProviderArgs = {
  id: Scalars['ID']['input'];
};


export type MutationDeleteRelationArgs = {
  id: Scalars['ID']['input'];
};


export type MutationEmptyTrashArgs = {
  folderID: Scalars['ID']['input'];
};


export type MutationFetchEmailsArgs = {
  folderID: Scalars['ID']['input'];
};


export type MutationImportEmailsArgs = {
  files: Array<Scalars['Upload']['input']>;
  folderID: Scalars['ID']['input'];
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationMarkNotificationsReadArgs = {
  ids?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type MutationRemovePermissionArgs = {
  principalID: Scalars['ID']['input'];
  targetID: Scalars['ID']['input'];
};


export type MutationResetPasswordArgs = {
  password: Scalars['String']['input'];
  userID: Scalars['ID']['input'];
};


export type MutationRestoreNodeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationSetAlertPreferenceArgs = {
  preference: AlertPreference;
};


export type MutationSetInheritanceArgs = {
  blocked: Scalars['Boolean']['input'];
  targetID: Scalars['ID']['input'];
};


export type MutationSetPermissionArgs = {
  permission: Permission;
  principalID: Scalars['ID']['input'];
  targetID: Scalars['ID']['input'];
};


export type MutationSubscribeArgs = {
  targetID: Scalars['ID']['input'];
};


export type MutationTagEmailArgs = {
  emailID: Scalars['ID']['input'];
  tag: Scalars['String']['input'];
};


export type MutationTestConnectionArgs = {
  input: TestConnectionInput;
};


export type MutationTrashNodeArgs = {
  id: Scalars['ID']['input'];
};


export type MutationUnsubscribeArgs = {
  targetID: Scalars['ID']['input'];
};


export type MutationUntagEmailArgs = {
  emailID: Scalars['ID']['input'];
  tag: Scalars['String']['input'];
};


export type MutationUpdateCommentArgs = {
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
};


export type MutationUpdateEmailFolderArgs = {
  id: Scalars['ID']['input'];
  input: UpdateEmailFolderInput;
};


export type MutationUpdateGroupArgs = {
  id: Scalars['ID']['input'];
  input: UpdateGroupInput;
};


export type MutationUpdateOAuthProviderArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOAuthProviderInput;
};


export type MutationUpdateUserArgs = {
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
};

/**
 * An object with an ID.
 * Follows the [Relay Global Object Identification Specification](https://relay.dev/graphql/objectidentification.htm)
 */
export type Node = {
  /** The id of the object. */
  id: Scalars['ID']['output'];
};

export type Notification = Node & {
  __typename?: 'Notification';
  /** Who did it; null for the server itself (a scheduled fetch). */
  actor?: Maybe<User>;
  createdAt: Scalars['Time']['output'];
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  read: Scalars['Boolean']['output'];
  /** The email, folder or workspace the alert is about; null when the viewer may no longer open it. */
  target?: Maybe<Node>;
  text: Scalars['String']['output'];
};

/** A connection to a list of items. */
export type NotificationConnection = {
  __typename?: 'NotificationConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<NotificationEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type NotificationEdge = {
  __typename?: 'NotificationEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Notification>;
};

/** Ordering options for Notification connections */
export type NotificationOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Notifications. */
  field: NotificationOrderField;
};

/** Properties by which Notification connections can be ordered. */
export type NotificationOrderField =
  | 'CREATED_AT';

export type OAuthProvider = Node & {
  __typename?: 'OAuthProvider';
  authURL: Scalars['String']['output'];
  clientID: Scalars['String']['output'];
  /** Whether a client secret is stored; the secret itself is never returned. */
  hasClientSecret: Scalars['Boolean']['output'];
  id: Scalars['ID']['output'];
  kind: OAuthProviderKind;
  name: Scalars['String']['output'];
  scopes: Array<Scalars['String']['output']>;
  tenant: Scalars['String']['output'];
  tokenURL: Scalars['String']['output'];
};

/** OAuthProviderKind is enum for the field kind */
export type OAuthProviderKind =
  | 'GENERIC'
  | 'GOOGLE'
  | 'MICROSOFT';

/**
 * OAuthProviderWhereInput is used for filtering OAuthProvider objects.
 * Input was generated by ent.
 */
export type OAuthProviderWhereInput = {
  and?: InputMaybe<Array<OAuthProviderWhereInput>>;
  /** auth_url field predicates */
  authURL?: InputMaybe<Scalars['String']['input']>;
  authURLContains?: InputMaybe<Scalars['String']['input']>;
  authURLContainsFold?: InputMaybe<Scalars['String']['input']>;
  authURLEqualFold?: InputMaybe<Scalars['String']['input']>;
  authURLGT?: InputMaybe<Scalars['String']['input']>;
  authURLGTE?: InputMaybe<Scalars['String']['input']>;
  authURLHasPrefix?: InputMaybe<Scalars['String']['input']>;
  authURLHasSuffix?: InputMaybe<Scalars['String']['input']>;
  authURLIn?: InputMaybe<Array<Scalars['String']['input']>>;
  authURLLT?: InputMaybe<Scalars['String']['input']>;
  authURLLTE?: InputMaybe<Scalars['String']['input']>;
  authURLNEQ?: InputMaybe<Scalars['String']['input']>;
  authURLNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** client_id field predicates */
  clientID?: InputMaybe<Scalars['String']['input']>;
  clientIDContains?: InputMaybe<Scalars['String']['input']>;
  clientIDContainsFold?: InputMaybe<Scalars['String']['input']>;
  clientIDEqualFold?: InputMaybe<Scalars['String']['input']>;
  clientIDGT?: InputMaybe<Scalars['String']['input']>;
  clientIDGTE?: InputMaybe<Scalars['String']['input']>;
  clientIDHasPrefix?: InputMaybe<Scalars['String']['input']>;
  clientIDHasSuffix?: InputMaybe<Scalars['String']['input']>;
  clientIDIn?: InputMaybe<Array<Scalars['String']['input']>>;
  clientIDLT?: InputMaybe<Scalars['String']['input']>;
  clientIDLTE?: InputMaybe<Scalars['String']['input']>;
  clientIDNEQ?: InputMaybe<Scalars['String']['input']>;
  clientIDNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** kind field predicates */
  kind?: InputMaybe<OAuthProviderKind>;
  kindIn?: InputMaybe<Array<OAuthProviderKind>>;
  kindNEQ?: InputMaybe<OAuthProviderKind>;
  kindNotIn?: InputMaybe<Array<OAuthProviderKind>>;
  /** name field predicates */
  name?: InputMaybe<Scalars['String']['input']>;
  nameContains?: InputMaybe<Scalars['String']['input']>;
  nameContainsFold?: InputMaybe<Scalars['String']['input']>;
  nameEqualFold?: InputMaybe<Scalars['String']['input']>;
  nameGT?: InputMaybe<Scalars['String']['input']>;
  nameGTE?: InputMaybe<Scalars['String']['input']>;
  nameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  nameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  nameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  nameLT?: InputMaybe<Scalars['String']['input']>;
  nameLTE?: InputMaybe<Scalars['String']['input']>;
  nameNEQ?: InputMaybe<Scalars['String']['input']>;
  nameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  not?: InputMaybe<OAuthProviderWhereInput>;
  or?: InputMaybe<Array<OAuthProviderWhereInput>>;
  /** tenant field predicates */
  tenant?: InputMaybe<Scalars['String']['input']>;
  tenantContains?: InputMaybe<Scalars['String']['input']>;
  tenantContainsFold?: InputMaybe<Scalars['String']['input']>;
  tenantEqualFold?: InputMaybe<Scalars['String']['input']>;
  tenantGT?: InputMaybe<Scalars['String']['input']>;
  tenantGTE?: InputMaybe<Scalars['String']['input']>;
  tenantHasPrefix?: InputMaybe<Scalars['String']['input']>;
  tenantHasSuffix?: InputMaybe<Scalars['String']['input']>;
  tenantIn?: InputMaybe<Array<Scalars['String']['input']>>;
  tenantLT?: InputMaybe<Scalars['String']['input']>;
  tenantLTE?: InputMaybe<Scalars['String']['input']>;
  tenantNEQ?: InputMaybe<Scalars['String']['input']>;
  tenantNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** token_url field predicates */
  tokenURL?: InputMaybe<Scalars['String']['input']>;
  tokenURLContains?: InputMaybe<Scalars['String']['input']>;
  tokenURLContainsFold?: InputMaybe<Scalars['String']['input']>;
  tokenURLEqualFold?: InputMaybe<Scalars['String']['input']>;
  tokenURLGT?: InputMaybe<Scalars['String']['input']>;
  tokenURLGTE?: InputMaybe<Scalars['String']['input']>;
  tokenURLHasPrefix?: InputMaybe<Scalars['String']['input']>;
  tokenURLHasSuffix?: InputMaybe<Scalars['String']['input']>;
  tokenURLIn?: InputMaybe<Array<Scalars['String']['input']>>;
  tokenURLLT?: InputMaybe<Scalars['String']['input']>;
  tokenURLLTE?: InputMaybe<Scalars['String']['input']>;
  tokenURLNEQ?: InputMaybe<Scalars['String']['input']>;
  tokenURLNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Possible directions in which to order a list of items when provided an `orderBy` argument. */
export type OrderDirection =
  /** Specifies an ascending order for a given `orderBy` argument. */
  | 'ASC'
  /** Specifies a descending order for a given `orderBy` argument. */
  | 'DESC';

/**
 * Information about pagination in a connection.
 * https://relay.dev/graphql/connections.htm#sec-undefined.PageInfo
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** When paginating forwards, the cursor to continue. */
  endCursor?: Maybe<Scalars['Cursor']['output']>;
  /** When paginating forwards, are there more items? */
  hasNextPage: Scalars['Boolean']['output'];
  /** When paginating backwards, are there more items? */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** When paginating backwards, the cursor to continue. */
  startCursor?: Maybe<Scalars['Cursor']['output']>;
};

export type Permission =
  | 'MANAGE'
  | 'READ'
  | 'WRITE';

/** State of a folder's IMAP IDLE watcher. */
export type PushStatus = {
  __typename?: 'PushStatus';
  error?: Maybe<Scalars['String']['output']>;
  /** OFF, CONNECTING, WATCHING, RECONNECTING, UNSUPPORTED, FAILED, or ELSEWHERE (another instance of the cluster watches the folder). */
  state: Scalars['String']['output'];
};

export type Query = {
  __typename?: 'Query';
  /** Alert emails in the outbox, newest first (administrators); failedOnly lists those not sent after an attempt. */
  alertDeliveries: AlertDeliveryConnection;
  /** Whether alert emails are configured (--smtp-url) and links in them possible (--public-url). */
  alertEmailSettings: AlertEmailSettings;
  /** What the signed-in user follows, newest first: only workspaces, folders and emails they may read now (a subscription to something they lost READ on is left out). */
  alertSubscriptions: AlertSubscriptionConnection;
  groups: Array<Group>;
  /** Checks the blob store against the database (administrators only; one check runs at a time, later callers share its result). */
  integrityReport: IntegrityReport;
  me: User;
  /** Fetches an object given its ID. */
  node?: Maybe<Node>;
  /** Lookup nodes by a list of IDs. */
  nodes: Array<Maybe<Node>>;
  /** The signed-in user's alerts, newest first (only their own, only about what they can still read). */
  notifications: NotificationConnection;
  /** The OAuth apps folders may sign in with. */
  oauthProviders: Array<OAuthProvider>;
  /** The redirect URI to register with each provider (--public-url + /oauth/callback); null when --public-url is not set. */
  oauthRedirectURI?: Maybe<Scalars['String']['output']>;
  /**
   * Documents the viewer may read and relate to, outside the trash: workspaces and folders whose title
   * contains query, then emails whose subject holds its words (as prefixes); at most first of each kind
   * (10 unless asked, 1 to 25). query is at most 100 characters; a blank one finds nothing.
   */
  relationCandidates: Array<Node>;
  /**
   * Full-text search of subjects, people, texts and attachments (names, and the text of text attachments) in the
   * folders the viewer may read (or in one folder), best match first. The query takes words, "phrases", prefixes
   * (inv*), -word, from: to: subject: has:attachment before:YYYY-MM-DD after:YYYY-MM-DD and in:FOLDER (a title);
   * a malformed query is a BAD_USER_INPUT error on the field query. totalCount is exact.
   */
  search: EmailConnection;
  /** Workspaces in the trash. */
  trashedWorkspaces: Array<Workspace>;
  /** How many of the signed-in user's alerts are unread. */
  unreadNotificationCount: Scalars['Int']['output'];
  /** Every user (for sharing); administrators see disabled ones too. */
  users: Array<User>;
  workspaces: WorkspaceConnection;
};


export type QueryAlertDeliveriesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  failedOnly?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryAlertSubscriptionsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


export type QueryNotificationsArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryRelationCandidatesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  query: Scalars['String']['input'];
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  folderID?: InputMaybe<Scalars['ID']['input']>;
  query: Scalars['String']['input'];
};


export type QueryWorkspacesArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  orderBy?: InputMaybe<WorkspaceOrder>;
  where?: InputMaybe<WorkspaceWhereInput>;
};

export type Relation = Node & {
  __typename?: 'Relation';
  createdAt: Scalars['Time']['output'];
  createdBy: User;
  id: Scalars['ID']['output'];
  predicate: RelationPredicate;
  source: Node;
  /** Null for an external link (url set). */
  target?: Maybe<Node>;
  url?: Maybe<Scalars['String']['output']>;
};

/** RelationPredicate is enum for the field predicate */
export type RelationPredicate =
  | 'CONFORMS_TO'
  | 'IS_BASED_ON'
  | 'REFERENCES'
  | 'REPLIES_TO'
  | 'REQUIRES';

export type Subscription = {
  __typename?: 'Subscription';
  emailAdded: Email;
  folderActivity: ActivityEvent;
  /** The signed-in user's alerts as they are created. */
  notificationAdded: Notification;
};


export type SubscriptionEmailAddedArgs = {
  folderID: Scalars['ID']['input'];
};


export type SubscriptionFolderActivityArgs = {
  folderID: Scalars['ID']['input'];
};

/** Server parameters to try without saving (the Test connection button). */
export type TestConnectionInput = {
  allowInsecureAuth?: InputMaybe<Scalars['Boolean']['input']>;
  authMethod?: InputMaybe<AuthMethod>;
  email: Scalars['String']['input'];
  /** An existing folder whose stored password is used when password is omitted. */
  folderID?: InputMaybe<Scalars['ID']['input']>;
  host: Scalars['String']['input'];
  mailbox?: InputMaybe<Scalars['String']['input']>;
  oauthProviderID?: InputMaybe<Scalars['ID']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  port?: InputMaybe<Scalars['Int']['input']>;
  protocol?: InputMaybe<MailProtocol>;
  socketFactoryFallback?: InputMaybe<Scalars['Boolean']['input']>;
  socketFactoryPort?: InputMaybe<Scalars['Int']['input']>;
  sslProtocols?: InputMaybe<Scalars['String']['input']>;
  startTLS?: InputMaybe<Scalars['Boolean']['input']>;
  trustedCertificate?: InputMaybe<Scalars['String']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
};

export type TestConnectionResult = {
  __typename?: 'TestConnectionResult';
  error?: Maybe<Scalars['String']['output']>;
  ok: Scalars['Boolean']['output'];
};

/** Omitted fields are unchanged; an omitted or empty password keeps the stored one. */
export type UpdateEmailFolderInput = {
  afterImport?: InputMaybe<AfterImport>;
  allowInsecureAuth?: InputMaybe<Scalars['Boolean']['input']>;
  authMethod?: InputMaybe<AuthMethod>;
  email?: InputMaybe<Scalars['String']['input']>;
  emailsLimit?: InputMaybe<Scalars['Int']['input']>;
  fetchIntervalMinutes?: InputMaybe<Scalars['Int']['input']>;
  host?: InputMaybe<Scalars['String']['input']>;
  mailbox?: InputMaybe<Scalars['String']['input']>;
  moveTo?: InputMaybe<Scalars['String']['input']>;
  oauthProviderID?: InputMaybe<Scalars['ID']['input']>;
  password?: InputMaybe<Scalars['String']['input']>;
  port?: InputMaybe<Scalars['Int']['input']>;
  protocol?: InputMaybe<MailProtocol>;
  push?: InputMaybe<Scalars['Boolean']['input']>;
  socketFactoryFallback?: InputMaybe<Scalars['Boolean']['input']>;
  socketFactoryPort?: InputMaybe<Scalars['Int']['input']>;
  sslProtocols?: InputMaybe<Scalars['String']['input']>;
  startTLS?: InputMaybe<Scalars['Boolean']['input']>;
  title?: InputMaybe<Scalars['String']['input']>;
  trustedCertificate?: InputMaybe<Scalars['String']['input']>;
  username?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateGroupInput = {
  /** Replaces the members when given. */
  memberIDs?: InputMaybe<Array<Scalars['ID']['input']>>;
  name?: InputMaybe<Scalars['String']['input']>;
};

/** Omitted fields are unchanged; an omitted or empty clientSecret keeps the stored one. */
export type UpdateOAuthProviderInput = {
  authURL?: InputMaybe<Scalars['String']['input']>;
  clientID?: InputMaybe<Scalars['String']['input']>;
  clientSecret?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<OAuthProviderKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  scopes?: InputMaybe<Array<Scalars['String']['input']>>;
  tenant?: InputMaybe<Scalars['String']['input']>;
  tokenURL?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateUserInput = {
  /** A disabled user cannot sign in; their sessions end. */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  displayName?: InputMaybe<Scalars['String']['input']>;
  email?: InputMaybe<Scalars['String']['input']>;
  isAdmin?: InputMaybe<Scalars['Boolean']['input']>;
};

export type User = Node & {
  __typename?: 'User';
  /** How alerts are emailed; null unless it is the viewer's own account (or the viewer is an administrator). */
  alertPreference?: Maybe<AlertPreference>;
  /** Null unless the viewer is an administrator or this user. */
  createdAt?: Maybe<Scalars['Time']['output']>;
  /** Null unless the viewer is an administrator or this user. */
  disabled?: Maybe<Scalars['Boolean']['output']>;
  displayName: Scalars['String']['output'];
  /** Null unless the viewer is an administrator or this user. */
  email?: Maybe<Scalars['String']['output']>;
  /** Null unless the viewer is an administrator or this user. */
  groups?: Maybe<Array<Group>>;
  id: Scalars['ID']['output'];
  /** Null unless the viewer is an administrator or this user. */
  isAdmin?: Maybe<Scalars['Boolean']['output']>;
  username: Scalars['String']['output'];
};

/**
 * UserWhereInput is used for filtering User objects.
 * Input was generated by ent.
 */
export type UserWhereInput = {
  and?: InputMaybe<Array<UserWhereInput>>;
  /** disabled field predicates */
  disabled?: InputMaybe<Scalars['Boolean']['input']>;
  disabledNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  /** display_name field predicates */
  displayName?: InputMaybe<Scalars['String']['input']>;
  displayNameContains?: InputMaybe<Scalars['String']['input']>;
  displayNameContainsFold?: InputMaybe<Scalars['String']['input']>;
  displayNameEqualFold?: InputMaybe<Scalars['String']['input']>;
  displayNameGT?: InputMaybe<Scalars['String']['input']>;
  displayNameGTE?: InputMaybe<Scalars['String']['input']>;
  displayNameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  displayNameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  displayNameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  displayNameLT?: InputMaybe<Scalars['String']['input']>;
  displayNameLTE?: InputMaybe<Scalars['String']['input']>;
  displayNameNEQ?: InputMaybe<Scalars['String']['input']>;
  displayNameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** email field predicates */
  email?: InputMaybe<Scalars['String']['input']>;
  emailContains?: InputMaybe<Scalars['String']['input']>;
  emailContainsFold?: InputMaybe<Scalars['String']['input']>;
  emailEqualFold?: InputMaybe<Scalars['String']['input']>;
  emailGT?: InputMaybe<Scalars['String']['input']>;
  emailGTE?: InputMaybe<Scalars['String']['input']>;
  emailHasPrefix?: InputMaybe<Scalars['String']['input']>;
  emailHasSuffix?: InputMaybe<Scalars['String']['input']>;
  emailIn?: InputMaybe<Array<Scalars['String']['input']>>;
  emailLT?: InputMaybe<Scalars['String']['input']>;
  emailLTE?: InputMaybe<Scalars['String']['input']>;
  emailNEQ?: InputMaybe<Scalars['String']['input']>;
  emailNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  /** groups edge predicates */
  hasGroups?: InputMaybe<Scalars['Boolean']['input']>;
  hasGroupsWith?: InputMaybe<Array<GroupWhereInput>>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** is_admin field predicates */
  isAdmin?: InputMaybe<Scalars['Boolean']['input']>;
  isAdminNEQ?: InputMaybe<Scalars['Boolean']['input']>;
  not?: InputMaybe<UserWhereInput>;
  or?: InputMaybe<Array<UserWhereInput>>;
  /** username field predicates */
  username?: InputMaybe<Scalars['String']['input']>;
  usernameContains?: InputMaybe<Scalars['String']['input']>;
  usernameContainsFold?: InputMaybe<Scalars['String']['input']>;
  usernameEqualFold?: InputMaybe<Scalars['String']['input']>;
  usernameGT?: InputMaybe<Scalars['String']['input']>;
  usernameGTE?: InputMaybe<Scalars['String']['input']>;
  usernameHasPrefix?: InputMaybe<Scalars['String']['input']>;
  usernameHasSuffix?: InputMaybe<Scalars['String']['input']>;
  usernameIn?: InputMaybe<Array<Scalars['String']['input']>>;
  usernameLT?: InputMaybe<Scalars['String']['input']>;
  usernameLTE?: InputMaybe<Scalars['String']['input']>;
  usernameNEQ?: InputMaybe<Scalars['String']['input']>;
  usernameNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type Workspace = Node & {
  __typename?: 'Workspace';
  /** Who has what on the workspace (MANAGE needed to see it). */
  access: Array<AccessEntry>;
  createdAt: Scalars['Time']['output'];
  description?: Maybe<Scalars['String']['output']>;
  emailFolders: Array<EmailFolder>;
  followed: Scalars['Boolean']['output'];
  /** What happened to the workspace and to the folders in it the viewer can read, newest first. */
  history: HistoryEntryConnection;
  id: Scalars['ID']['output'];
  /** The viewer's own permission. */
  myPermission?: Maybe<Permission>;
  /** Relations from and to the workspace whose other end the viewer can read. */
  relations: Array<Relation>;
  /** Tags of the workspace's emails the viewer can read, for suggestions: starting with prefix, alphabetical, at most first (20, up to 100). */
  tags: Array<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  trashedAt?: Maybe<Scalars['Time']['output']>;
  /** Email folders of the workspace in the trash. */
  trashedEmailFolders: Array<EmailFolder>;
};


export type WorkspaceHistoryArgs = {
  after?: InputMaybe<Scalars['Cursor']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type WorkspaceTagsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  prefix?: InputMaybe<Scalars['String']['input']>;
};

/** A connection to a list of items. */
export type WorkspaceConnection = {
  __typename?: 'WorkspaceConnection';
  /** A list of edges. */
  edges?: Maybe<Array<Maybe<WorkspaceEdge>>>;
  /** Information to aid in pagination. */
  pageInfo: PageInfo;
  /** Identifies the total count of items in the connection. */
  totalCount: Scalars['Int']['output'];
};

/** An edge in a connection. */
export type WorkspaceEdge = {
  __typename?: 'WorkspaceEdge';
  /** A cursor for use in pagination. */
  cursor: Scalars['Cursor']['output'];
  /** The item at the end of the edge. */
  node?: Maybe<Workspace>;
};

/** Ordering options for Workspace connections */
export type WorkspaceOrder = {
  /** The ordering direction. */
  direction?: OrderDirection;
  /** The field by which to order Workspaces. */
  field: WorkspaceOrderField;
};

/** Properties by which Workspace connections can be ordered. */
export type WorkspaceOrderField =
  | 'CREATED_AT'
  | 'TITLE';

/**
 * WorkspaceWhereInput is used for filtering Workspace objects.
 * Input was generated by ent.
 */
export type WorkspaceWhereInput = {
  and?: InputMaybe<Array<WorkspaceWhereInput>>;
  /** created_at field predicates */
  createdAt?: InputMaybe<Scalars['Time']['input']>;
  createdAtGT?: InputMaybe<Scalars['Time']['input']>;
  createdAtGTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  createdAtLT?: InputMaybe<Scalars['Time']['input']>;
  createdAtLTE?: InputMaybe<Scalars['Time']['input']>;
  createdAtNEQ?: InputMaybe<Scalars['Time']['input']>;
  createdAtNotIn?: InputMaybe<Array<Scalars['Time']['input']>>;
  /** description field predicates */
  description?: InputMaybe<Scalars['String']['input']>;
  descriptionContains?: InputMaybe<Scalars['String']['input']>;
  descriptionContainsFold?: InputMaybe<Scalars['String']['input']>;
  descriptionEqualFold?: InputMaybe<Scalars['String']['input']>;
  descriptionGT?: InputMaybe<Scalars['String']['input']>;
  descriptionGTE?: InputMaybe<Scalars['String']['input']>;
  descriptionHasPrefix?: InputMaybe<Scalars['String']['input']>;
  descriptionHasSuffix?: InputMaybe<Scalars['String']['input']>;
  descriptionIn?: InputMaybe<Array<Scalars['String']['input']>>;
  descriptionIsNil?: InputMaybe<Scalars['Boolean']['input']>;
  descriptionLT?: InputMaybe<Scalars['String']['input']>;
  descriptionLTE?: InputMaybe<Scalars['String']['input']>;
  descriptionNEQ?: InputMaybe<Scalars['String']['input']>;
  descriptionNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
  descriptionNotNil?: InputMaybe<Scalars['Boolean']['input']>;
  /** id field predicates */
  id?: InputMaybe<Scalars['ID']['input']>;
  idGT?: InputMaybe<Scalars['ID']['input']>;
  idGTE?: InputMaybe<Scalars['ID']['input']>;
  idIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  idLT?: InputMaybe<Scalars['ID']['input']>;
  idLTE?: InputMaybe<Scalars['ID']['input']>;
  idNEQ?: InputMaybe<Scalars['ID']['input']>;
  idNotIn?: InputMaybe<Array<Scalars['ID']['input']>>;
  not?: InputMaybe<WorkspaceWhereInput>;
  or?: InputMaybe<Array<WorkspaceWhereInput>>;
  /** title field predicates */
  title?: InputMaybe<Scalars['String']['input']>;
  titleContains?: InputMaybe<Scalars['String']['input']>;
  titleContainsFold?: InputMaybe<Scalars['String']['input']>;
  titleEqualFold?: InputMaybe<Scalars['String']['input']>;
  titleGT?: InputMaybe<Scalars['String']['input']>;
  titleGTE?: InputMaybe<Scalars['String']['input']>;
  titleHasPrefix?: InputMaybe<Scalars['String']['input']>;
  titleHasSuffix?: InputMaybe<Scalars['String']['input']>;
  titleIn?: InputMaybe<Array<Scalars['String']['input']>>;
  titleLT?: InputMaybe<Scalars['String']['input']>;
  titleLTE?: InputMaybe<Scalars['String']['input']>;
  titleNEQ?: InputMaybe<Scalars['String']['input']>;
  titleNotIn?: InputMaybe<Array<Scalars['String']['input']>>;
};

export type OAuthAppsQueryVariables = Exact<{ [key: string]: never; }>;


export type OAuthAppsQuery = { __typename?: 'Query', oauthRedirectURI?: string | null, oauthProviders: Array<{ __typename?: 'OAuthProvider', id: string, name: string, kind: OAuthProviderKind, clientID: string, tenant: string, authURL: string, tokenURL: string, scopes: Array<string>, hasClientSecret: boolean }> };

export type AuthorizeEmailFolderMutationVariables = Exact<{
  folderID: Scalars['ID']['input'];
}>;


export type AuthorizeEmailFolderMutation = { __typename?: 'Mutation', authorizeEmailFolder: string };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, username: string, displayName: string, isAdmin?: boolean | null } };

export type ImportEmailsMutationVariables = Exact<{
  folderID: Scalars['ID']['input'];
  files: Array<Scalars['Upload']['input']> | Scalars['Upload']['input'];
}>;


export type ImportEmailsMutation = { __typename?: 'Mutation', importEmails: { __typename?: 'FetchReport', imported: number, duplicates: number, failed: number, remaining: number, error?: string | null } };

export type FolderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FolderQuery = { __typename?: 'Query', node?:
    | { __typename: 'AlertDelivery' }
    | { __typename: 'AlertSubscription' }
    | { __typename: 'Annotation' }
    | { __typename: 'Attachment' }
    | { __typename: 'Comment' }
    | { __typename: 'Email' }
    | { __typename: 'EmailFolder', createdAt: string, needsAttention: boolean, myPermission?: Permission | null, inheritanceBlocked: boolean, trashedAt?: string | null, id: string, title: string, email: string, username: string, protocol: MailProtocol, host: string, port: number, socketFactoryFallback: boolean, socketFactoryPort: number, startTLS: boolean, sslProtocols: string, emailsLimit: number, mailbox: string, fetchIntervalMinutes: number, push: boolean, afterImport: AfterImport, moveTo: string, trustedCertificate: string, allowInsecureAuth: boolean, hasPassword: boolean, authMethod: AuthMethod, oauthProviderID?: string | null, oauthConnected: boolean, oauthAccount: string, lastFetchAt?: string | null, lastFetchError?: string | null, pushStatus?: { __typename?: 'PushStatus', state: string, error?: string | null } | null, workspace: { __typename?: 'Workspace', id: string, title: string }, oauthProvider?: { __typename?: 'OAuthProvider', id: string, name: string, kind: OAuthProviderKind } | null }
    | { __typename: 'FetchRun' }
    | { __typename: 'Group' }
    | { __typename: 'HistoryEntry' }
    | { __typename: 'Notification' }
    | { __typename: 'OAuthProvider' }
    | { __typename: 'Relation' }
    | { __typename: 'User' }
    | { __typename: 'Workspace' }
   | null };

export type FolderActivitySubscriptionVariables = Exact<{
  folderID: Scalars['ID']['input'];
}>;


export type FolderActivitySubscription = { __typename?: 'Subscription', folderActivity: { __typename?: 'ActivityEvent', type: ActivityType, folderID: string, at: string, imported?: number | null, duplicates?: number | null, failed?: number | null, remaining?: number | null, error?: string | null, email?: { __typename?: 'Email', id: string, subject: string } | null } };

export type FetchEmailsMutationVariables = Exact<{
  folderID: Scalars['ID']['input'];
}>;


export type FetchEmailsMutation = { __typename?: 'Mutation', fetchEmails: { __typename?: 'FetchReport', imported: number, duplicates: number, failed: number, remaining: number, error?: string | null } };

export type AccessEntryFieldsFragment = { __typename?: 'AccessEntry', id: string, permission: Permission, inherited: boolean, user?: { __typename?: 'User', id: string, username: string, displayName: string } | null, group?: { __typename?: 'Group', id: string, name: string } | null };

export type AccessQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AccessQuery = { __typename?: 'Query', node?:
    | { __typename: 'AlertDelivery' }
    | { __typename: 'AlertSubscription' }
    | { __typename: 'Annotation' }
    | { __typename: 'Attachment' }
    | { __typename: 'Comment' }
    | { __typename: 'Email' }
    | { __typename: 'EmailFolder', id: string, inheritanceBlocked: boolean, access: Array<{ __typename?: 'AccessEntry', id: string, permission: Permission, inherited: boolean, user?: { __typename?: 'User', id: string, username: string, displayName: string } | null, group?: { __typename?: 'Group', id: string, name: string } | null }> }
    | { __typename: 'FetchRun' }
    | { __typename: 'Group' }
    | { __typename: 'HistoryEntry' }
    | { __typename: 'Notification' }
    | { __typename: 'OAuthProvider' }
    | { __typename: 'Relation' }
    | { __typename: 'User' }
    | { __typename: 'Workspace', id: string, access: Array<{ __typename?: 'AccessEntry', id: string, permission: Permission, inherited: boolean, user?: { __typename?: 'User', id: string, username: string, displayName: string } | null, group?: { __typename?: 'Group', id: string, name: string } | null }> }
   | null };

export type PrincipalsQueryVariables = Exact<{ [key: string]: never; }>;


export type PrincipalsQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', id: string, username: string, displayName: string, disabled?: boolean | null }>, groups: Array<{ __typename?: 'Group', id: string, name: string }> };

export type SetPermissionMutationVariables = Exact<{
  targetID: Scalars['ID']['input'];
  principalID: Scalars['ID']['input'];
  permission: Permission;
}>;


export type SetPermissionMutation = { __typename?: 'Mutation', setPermission: { __typename?: 'AccessEntry', id: string, permission: Permission, inherited: boolean, user?: { __typename?: 'User', id: string, username: string, displayName: string } | null, group?: { __typename?: 'Group', id: string, name: string } | null } };

export type RemovePermissionMutationVariables = Exact<{
  targetID: Scalars['ID']['input'];
  principalID: Scalars['ID']['input'];
}>;


export type RemovePermissionMutation = { __typename?: 'Mutation', removePermission: boolean };

export type SetInheritanceMutationVariables = Exact<{
  targetID: Scalars['ID']['input'];
  blocked: Scalars['Boolean']['input'];
}>;


export type SetInheritanceMutation = { __typename?: 'Mutation', setInheritance:
    | { __typename: 'AlertDelivery', id: string }
    | { __typename: 'AlertSubscription', id: string }
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Attachment', id: string }
    | { __typename: 'Comment', id: string }
    | { __typename: 'Email', id: string }
    | { __typename: 'EmailFolder', inheritanceBlocked: boolean, id: string }
    | { __typename: 'FetchRun', id: string }
    | { __typename: 'Group', id: string }
    | { __typename: 'HistoryEntry', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'OAuthProvider', id: string }
    | { __typename: 'Relation', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Workspace', id: string }
   };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
}>;


export type ChangePasswordMutation = { __typename?: 'Mutation', changePassword: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { __typename?: 'Mutation', signOutEverywhere: boolean };

export type PeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type PeopleQuery = { __typename?: 'Query', users: Array<{ __typename?: 'User', createdAt?: string | null, id: string, username: string, displayName: string, email?: string | null, isAdmin?: boolean | null, disabled?: boolean | null }>, groups: Array<{ __typename?: 'Group', id: string, name: string, members?: Array<{ __typename?: 'User', username: string, displayName: string, id: string }> | null }> };

export type SetUserDisabledMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  disabled: Scalars['Boolean']['input'];
}>;


export type SetUserDisabledMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', id: string, disabled?: boolean | null } };

export type AlertDeliveriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertDeliveriesQuery = { __typename?: 'Query', alertEmailSettings: { __typename?: 'AlertEmailSettings', enabled: boolean, links: boolean }, alertDeliveries: { __typename?: 'AlertDeliveryConnection', totalCount: number, edges?: Array<{ __typename?: 'AlertDeliveryEdge', node?: { __typename?: 'AlertDelivery', id: string, digest: boolean, createdAt: string, attempts: number, nextAttemptAt: string, lastError?: string | null, status: string, user?: { __typename?: 'User', id: string, username: string } | null } | null } | null> | null } };

export type AlertPreferenceQueryVariables = Exact<{ [key: string]: never; }>;


export type AlertPreferenceQuery = { __typename?: 'Query', me: { __typename?: 'User', id: string, email?: string | null, alertPreference?: AlertPreference | null }, alertEmailSettings: { __typename?: 'AlertEmailSettings', enabled: boolean, links: boolean } };

export type SetAlertPreferenceMutationVariables = Exact<{
  preference: AlertPreference;
}>;


export type SetAlertPreferenceMutation = { __typename?: 'Mutation', setAlertPreference: { __typename?: 'User', id: string, alertPreference?: AlertPreference | null } };

export type EmailAnnotationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EmailAnnotationsQuery = { __typename?: 'Query', node?:
    | { __typename: 'AlertDelivery' }
    | { __typename: 'AlertSubscription' }
    | { __typename: 'Annotation' }
    | { __typename: 'Attachment' }
    | { __typename: 'Comment' }
    | { __typename: 'Email', id: string, annotations: Array<{ __typename?: 'Annotation', id: string, exact: string, prefix?: string | null, suffix?: string | null, start?: number | null, body: string, createdAt: string, author: { __typename?: 'User', id: string, username: string, displayName: string } }> }
    | { __typename: 'EmailFolder' }
    | { __typename: 'FetchRun' }
    | { __typename: 'Group' }
    | { __typename: 'HistoryEntry' }
    | { __typename: 'Notification' }
    | { __typename: 'OAuthProvider' }
    | { __typename: 'Relation' }
    | { __typename: 'User' }
    | { __typename: 'Workspace' }
   | null };

export type AnnotateMutationVariables = Exact<{
  emailID: Scalars['ID']['input'];
  input: AnnotationInput;
}>;


export type AnnotateMutation = { __typename?: 'Mutation', annotate: { __typename?: 'Annotation', id: string } };

export type DeleteAnnotationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteAnnotationMutation = { __typename?: 'Mutation', deleteAnnotation: boolean };

export type EmailCollabQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EmailCollabQuery = { __typename?: 'Query', node?:
    | { __typename: 'AlertDelivery' }
    | { __typename: 'AlertSubscription' }
    | { __typename: 'Annotation' }
    | { __typename: 'Attachment' }
    | { __typename: 'Comment' }
    | { __typename: 'Email', id: string, tags: Array<string>, trashedAt?: string | null, folder: { __typename?: 'EmailFolder', id: string, myPermission?: Permission | null, workspace: { __typename?: 'Workspace', id: string } }, comments: Array<{ __typename?: 'Comment', id: string, text: string, createdAt: string, editedAt?: string | null, deletedAt?: string | null, author: { __typename?: 'User', id: string, username: string, displayName: string }, parent?: { __typename?: 'Comment', id: string } | null, history: Array<{ __typename?: 'CommentRevision', text: string, replacedAt: string }> }> }
    | { __typename: 'EmailFolder' }
    | { __typename: 'FetchRun' }
    | { __typename: 'Group' }
    | { __typename: 'HistoryEntry' }
    | { __typename: 'Notification' }
    | { __typename: 'OAuthProvider' }
    | { __typename: 'Relation' }
    | { __typename: 'User' }
    | { __typename: 'Workspace' }
   | null };

export type CommentFieldsFragment = { __typename?: 'Comment', id: string, text: string, createdAt: string, editedAt?: string | null, deletedAt?: string | null, author: { __typename?: 'User', id: string, username: string, displayName: string }, parent?: { __typename?: 'Comment', id: string } | null, history: Array<{ __typename?: 'CommentRevision', text: string, replacedAt: string }> };

export type FolderCommentsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FolderCommentsQuery = { __typename?: 'Query', node?:
    | { __typename: 'AlertDelivery' }
    | { __typename: 'AlertSubscription' }
    | { __typename: 'Annotation' }
    | { __typename: 'Attachment' }
    | { __typename: 'Comment' }
    | { __typename: 'Email' }
    | { __typename: 'EmailFolder', id: string, myPermission?: Permission | null, trashedAt?: string | null, comments: Array<{ __typename?: 'Comment', id: string, text: string, createdAt: string, editedAt?: string | null, deletedAt?: string | null, author: { __typename?: 'User', id: string, username: string, displayName: string }, parent?: { __typename?: 'Comment', id: string } | null, history: Array<{ __typename?: 'CommentRevision', text: string, replacedAt: string }> }> }
    | { __typename: 'FetchRun' }
    | { __typename: 'Group' }
    | { __typename: 'HistoryEntry' }
    | { __typename: 'Notification' }
    | { __typename: 'OAuthProvider' }
    | { __typename: 'Relation' }
    | { __typename: 'User' }
    | { __typename: 'Workspace' }
   | null };

export type TagEmailMutationVariables = Exact<{
  emailID: Scalars['ID']['input'];
  tag: Scalars['String']['input'];
}>;


export type TagEmailMutation = { __typename?: 'Mutation', tagEmail: { __typename?: 'Email', id: string, tags: Array<string> } };

export type UntagEmailMutationVariables = Exact<{
  emailID: Scalars['ID']['input'];
  tag: Scalars['String']['input'];
}>;


export type UntagEmailMutation = { __typename?: 'Mutation', untagEmail: { __typename?: 'Email', id: string, tags: Array<string> } };

export type TagSuggestionsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  prefix?: InputMaybe<Scalars['String']['input']>;
}>;


export type TagSuggestionsQuery = { __typename?: 'Query', node?:
    | { __typename: 'AlertDelivery' }
    | { __typename: 'AlertSubscription' }
    | { __typename: 'Annotation' }
    | { __typename: 'Attachment' }
    | { __typename: 'Comment' }
    | { __typename: 'Email' }
    | { __typename: 'EmailFolder' }
    | { __typename: 'FetchRun' }
    | { __typename: 'Group' }
    | { __typename: 'HistoryEntry' }
    | { __typename: 'Notification' }
    | { __typename: 'OAuthProvider' }
    | { __typename: 'Relation' }
    | { __typename: 'User' }
    | { __typename: 'Workspace', id: string, tags: Array<string> }
   | null };

export type AddCommentMutationVariables = Exact<{
  targetID: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  parentID?: InputMaybe<Scalars['ID']['input']>;
}>;


export type AddCommentMutation = { __typename?: 'Mutation', addComment: { __typename?: 'Comment', id: string } };

export type UpdateCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
}>;


export type UpdateCommentMutation = { __typename?: 'Mutation', updateComment: { __typename?: 'Comment', id: string, text: string, editedAt?: string | null, history: Array<{ __typename?: 'CommentRevision', text: string, replacedAt: string }> } };

export type DeleteCommentMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteCommentMutation = { __typename?: 'Mutation', deleteComment: boolean };

export type EmailQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type EmailQuery = { __typename?: 'Query', node?:
    | { __typename: 'AlertDelivery' }
    | { __typename: 'AlertSubscription' }
    | { __typename: 'Annotation' }
    | { __typename: 'Attachment' }
    | { __typename: 'Comment' }
    | { __typename: 'Email', id: string, messageID?: string | null, subject: string, sentAt?: string | null, importedAt: string, text: string, html?: string | null, size: number, parseError?: string | null, emlURL: string, trashedAt?: string | null, threadSize: number, from?: { __typename?: 'Address', name?: string | null, address: string } | null, replyTo: Array<{ __typename?: 'Address', name?: string | null, address: string }>, to: Array<{ __typename?: 'Address', name?: string | null, address: string }>, cc: Array<{ __typename?: 'Address', name?: string | null, address: string }>, attachments: Array<{ __typename?: 'Attachment', id: string, filename: string, contentType: string, size: number, url: string, contentID: string, inline: boolean }>, folder: { __typename?: 'EmailFolder', id: string, title: string, myPermission?: Permission | null, workspace: { __typename?: 'Workspace', id: string, title: string } }, thread: Array<{ __typename?: 'Email', id: string, subject: string, sentAt?: string | null, from?: { __typename?: 'Address', name?: string | null, address: string } | null, folder: { __typename?: 'EmailFolder', id: string, title: string } }> }
    | { __typename: 'EmailFolder' }
    | { __typename: 'FetchRun' }
    | { __typename: 'Group' }
    | { __typename: 'HistoryEntry' }
    | { __typename: 'Notification' }
    | { __typename: 'OAuthProvider' }
    | { __typename: 'Relation' }
    | { __typename: 'User' }
    | { __typename: 'Workspace' }
   | null };

export type EmailRowFieldsFragment = { __typename?: 'Email', id: string, subject: string, sentAt?: string | null, importedAt: string, attachmentCount: number, parseError?: string | null, tags: Array<string>, from?: { __typename?: 'Address', name?: string | null, address: string } | null };

export type EmailThreadFieldsFragment = { __typename?: 'Email', id: string, threadSize: number, thread: Array<{ __typename?: 'Email', id: string, subject: string, sentAt?: string | null, from?: { __typename?: 'Address', name?: string | null, address: string } | null, folder: { __typename?: 'EmailFolder', id: string, title: string } }> };

export type FolderRunsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type FolderRunsQuery = { __typename?: 'Query', node?:
    | { __typename: 'AlertDelivery' }
    | { __typename: 'AlertSubscription' }
    | { __typename: 'Annotation' }
    | { __typename: 'Attachment' }
    | { __typename: 'Comment' }
    | { __typename: 'Email' }
    | { __typename: 'EmailFolder', id: string, fetchRuns: { __typename?: 'FetchRunConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges?: Array<{ __typename?: 'FetchRunEdge', node?: { __typename?: 'FetchRun', id: string, trigger: FetchTrigger, startedAt: string, finishedAt?: string | null, imported: number, duplicates: number, failed: number, remaining: number, error?: string | null, failures?: Array<{ __typename?: 'FetchFailure', serverUID: string, reason: string }> | null } | null } | null> | null } }
    | { __typename: 'FetchRun' }
    | { __typename: 'Group' }
    | { __typename: 'HistoryEntry' }
    | { __typename: 'Notification' }
    | { __typename: 'OAuthProvider' }
    | { __typename: 'Relation' }
    | { __typename: 'User' }
    | { __typename: 'Workspace' }
   | null };

export type FetchRunRowFragment = { __typename?: 'FetchRun', id: string, trigger: FetchTrigger, startedAt: string, finishedAt?: string | null, imported: number, duplicates: number, failed: number, remaining: number, error?: string | null, failures?: Array<{ __typename?: 'FetchFailure', serverUID: string, reason: string }> | null };

export type FolderEmailsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
  orderBy?: InputMaybe<EmailOrder>;
  where?: InputMaybe<EmailWhereInput>;
}>;


export type FolderEmailsQuery = { __typename?: 'Query', node?:
    | { __typename: 'AlertDelivery' }
    | { __typename: 'AlertSubscription' }
    | { __typename: 'Annotation' }
    | { __typename: 'Attachment' }
    | { __typename: 'Comment' }
    | { __typename: 'Email' }
    | { __typename: 'EmailFolder', id: string, emails: { __typename?: 'EmailConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges?: Array<{ __typename?: 'EmailEdge', cursor: string, node?: { __typename?: 'Email', id: string, subject: string, sentAt?: string | null, importedAt: string, attachmentCount: number, parseError?: string | null, tags: Array<string>, from?: { __typename?: 'Address', name?: string | null, address: string } | null } | null } | null> | null } }
    | { __typename: 'FetchRun' }
    | { __typename: 'Group' }
    | { __typename: 'HistoryEntry' }
    | { __typename: 'Notification' }
    | { __typename: 'OAuthProvider' }
    | { __typename: 'Relation' }
    | { __typename: 'User' }
    | { __typename: 'Workspace' }
   | null };

export type FolderConversationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  before?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type FolderConversationsQuery = { __typename?: 'Query', node?:
    | { __typename: 'AlertDelivery' }
    | { __typename: 'AlertSubscription' }
    | { __typename: 'Annotation' }
    | { __typename: 'Attachment' }
    | { __typename: 'Comment' }
    | { __typename: 'Email' }
    | { __typename: 'EmailFolder', id: string, conversations: { __typename?: 'EmailConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor?: string | null, endCursor?: string | null }, edges?: Array<{ __typename?: 'EmailEdge', cursor: string, node?: { __typename?: 'Email', threadSize: number, id: string, subject: string, sentAt?: string | null, importedAt: string, attachmentCount: number, parseError?: string | null, tags: Array<string>, from?: { __typename?: 'Address', name?: string | null, address: string } | null } | null } | null> | null } }
    | { __typename: 'FetchRun' }
    | { __typename: 'Group' }
    | { __typename: 'HistoryEntry' }
    | { __typename: 'Notification' }
    | { __typename: 'OAuthProvider' }
    | { __typename: 'Relation' }
    | { __typename: 'User' }
    | { __typename: 'Workspace' }
   | null };

export type FolderSettingsFragment = { __typename?: 'EmailFolder', id: string, title: string, email: string, username: string, protocol: MailProtocol, host: string, port: number, socketFactoryFallback: boolean, socketFactoryPort: number, startTLS: boolean, sslProtocols: string, emailsLimit: number, mailbox: string, fetchIntervalMinutes: number, push: boolean, afterImport: AfterImport, moveTo: string, trustedCertificate: string, allowInsecureAuth: boolean, hasPassword: boolean, authMethod: AuthMethod, oauthProviderID?: string | null, oauthConnected: boolean, oauthAccount: string, lastFetchAt?: string | null, lastFetchError?: string | null, oauthProvider?: { __typename?: 'OAuthProvider', id: string, name: string, kind: OAuthProviderKind } | null };

export type CreateEmailFolderMutationVariables = Exact<{
  input: CreateEmailFolderInput;
}>;


export type CreateEmailFolderMutation = { __typename?: 'Mutation', createEmailFolder: { __typename?: 'EmailFolder', id: string, title: string, email: string, username: string, protocol: MailProtocol, host: string, port: number, socketFactoryFallback: boolean, socketFactoryPort: number, startTLS: boolean, sslProtocols: string, emailsLimit: number, mailbox: string, fetchIntervalMinutes: number, push: boolean, afterImport: AfterImport, moveTo: string, trustedCertificate: string, allowInsecureAuth: boolean, hasPassword: boolean, authMethod: AuthMethod, oauthProviderID?: string | null, oauthConnected: boolean, oauthAccount: string, lastFetchAt?: string | null, lastFetchError?: string | null, workspace: { __typename?: 'Workspace', id: string }, oauthProvider?: { __typename?: 'OAuthProvider', id: string, name: string, kind: OAuthProviderKind } | null } };

export type UpdateEmailFolderMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateEmailFolderInput;
}>;


export type UpdateEmailFolderMutation = { __typename?: 'Mutation', updateEmailFolder: { __typename?: 'EmailFolder', id: string, title: string, email: string, username: string, protocol: MailProtocol, host: string, port: number, socketFactoryFallback: boolean, socketFactoryPort: number, startTLS: boolean, sslProtocols: string, emailsLimit: number, mailbox: string, fetchIntervalMinutes: number, push: boolean, afterImport: AfterImport, moveTo: string, trustedCertificate: string, allowInsecureAuth: boolean, hasPassword: boolean, authMethod: AuthMethod, oauthProviderID?: string | null, oauthConnected: boolean, oauthAccount: string, lastFetchAt?: string | null, lastFetchError?: string | null, oauthProvider?: { __typename?: 'OAuthProvider', id: string, name: string, kind: OAuthProviderKind } | null } };

export type TestConnectionMutationVariables = Exact<{
  input: TestConnectionInput;
}>;


export type TestConnectionMutation = { __typename?: 'Mutation', testConnection: { __typename?: 'TestConnectionResult', ok: boolean, error?: string | null } };

export type LedgerEntryFieldsFragment = { __typename?: 'LedgerEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'LedgerEntryEdge', cursor: string, node?: { __typename?: 'LedgerEntry', serverUID: string, uidValidity?: number | null, messageID?: string | null, outcome: LedgerOutcome, duplicateBy?: DuplicateBasis | null, reason?: string | null, willRetry: boolean, at: string, email?: { __typename?: 'Email', id: string, subject: string } | null, duplicateOf?: { __typename?: 'Email', id: string, subject: string } | null } | null } | null> | null };

export type FolderReconciliationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  runID: Scalars['ID']['input'];
  byRun: Scalars['Boolean']['input'];
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['Cursor']['input']>;
  outcome?: InputMaybe<LedgerOutcome>;
}>;


export type FolderReconciliationQuery = { __typename?: 'Query', node?:
    | { __typename: 'AlertDelivery' }
    | { __typename: 'AlertSubscription' }
    | { __typename: 'Annotation' }
    | { __typename: 'Attachment' }
    | { __typename: 'Comment' }
    | { __typename: 'Email' }
    | { __typename: 'EmailFolder', id: string, ledgerCSVURL: string, reconciliation: { __typename?: 'FolderReconciliation', checkedAt?: string | null, onServer?: number | null, unreadOnServer?: number | null, newOnServer?: number | null, imported: number, duplicates: number, failed: number, purged: number, remaining: number, offered: number }, ledger?: { __typename?: 'LedgerEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'LedgerEntryEdge', cursor: string, node?: { __typename?: 'LedgerEntry', serverUID: string, uidValidity?: number | null, messageID?: string | null, outcome: LedgerOutcome, duplicateBy?: DuplicateBasis | null, reason?: string | null, willRetry: boolean, at: string, email?: { __typename?: 'Email', id: string, subject: string } | null, duplicateOf?: { __typename?: 'Email', id: string, subject: string } | null } | null } | null> | null } }
    | { __typename: 'FetchRun' }
    | { __typename: 'Group' }
    | { __typename: 'HistoryEntry' }
    | { __typename: 'Notification' }
    | { __typename: 'OAuthProvider' }
    | { __typename: 'Relation' }
    | { __typename: 'User' }
    | { __typename: 'Workspace' }
   | null, run?:
    | { __typename: 'AlertDelivery' }
    | { __typename: 'AlertSubscription' }
    | { __typename: 'Annotation' }
    | { __typename: 'Attachment' }
    | { __typename: 'Comment' }
    | { __typename: 'Email' }
    | { __typename: 'EmailFolder' }
    | { __typename: 'FetchRun', id: string, startedAt: string, ledger: { __typename?: 'LedgerEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'LedgerEntryEdge', cursor: string, node?: { __typename?: 'LedgerEntry', serverUID: string, uidValidity?: number | null, messageID?: string | null, outcome: LedgerOutcome, duplicateBy?: DuplicateBasis | null, reason?: string | null, willRetry: boolean, at: string, email?: { __typename?: 'Email', id: string, subject: string } | null, duplicateOf?: { __typename?: 'Email', id: string, subject: string } | null } | null } | null> | null } }
    | { __typename: 'Group' }
    | { __typename: 'HistoryEntry' }
    | { __typename: 'Notification' }
    | { __typename: 'OAuthProvider' }
    | { __typename: 'Relation' }
    | { __typename: 'User' }
    | { __typename: 'Workspace' }
   | null };

export type FolderTrashQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
}>;


export type FolderTrashQuery = { __typename?: 'Query', node?:
    | { __typename: 'AlertDelivery' }
    | { __typename: 'AlertSubscription' }
    | { __typename: 'Annotation' }
    | { __typename: 'Attachment' }
    | { __typename: 'Comment' }
    | { __typename: 'Email' }
    | { __typename: 'EmailFolder', id: string, trashedEmails: { __typename?: 'EmailConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean }, edges?: Array<{ __typename?: 'EmailEdge', node?: { __typename?: 'Email', id: string, subject: string, sentAt?: string | null, trashedAt?: string | null, from?: { __typename?: 'Address', name?: string | null, address: string } | null } | null } | null> | null } }
    | { __typename: 'FetchRun' }
    | { __typename: 'Group' }
    | { __typename: 'HistoryEntry' }
    | { __typename: 'Notification' }
    | { __typename: 'OAuthProvider' }
    | { __typename: 'Relation' }
    | { __typename: 'User' }
    | { __typename: 'Workspace' }
   | null };

export type EmptyTrashMutationVariables = Exact<{
  folderID: Scalars['ID']['input'];
}>;


export type EmptyTrashMutation = { __typename?: 'Mutation', emptyTrash: number };

export type FollowedQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type FollowedQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AlertDelivery', id: string }
    | { __typename?: 'AlertSubscription', id: string }
    | { __typename?: 'Annotation', id: string }
    | { __typename?: 'Attachment', id: string }
    | { __typename?: 'Comment', id: string }
    | { __typename?: 'Email', followed: boolean, id: string }
    | { __typename?: 'EmailFolder', followed: boolean, id: string }
    | { __typename?: 'FetchRun', id: string }
    | { __typename?: 'Group', id: string }
    | { __typename?: 'HistoryEntry', id: string }
    | { __typename?: 'Notification', id: string }
    | { __typename?: 'OAuthProvider', id: string }
    | { __typename?: 'Relation', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Workspace', followed: boolean, id: string }
   | null };

export type SubscribeMutationVariables = Exact<{
  targetID: Scalars['ID']['input'];
}>;


export type SubscribeMutation = { __typename?: 'Mutation', subscribe: { __typename?: 'AlertSubscription', id: string, target?:
      | { __typename?: 'AlertDelivery', id: string }
      | { __typename?: 'AlertSubscription', id: string }
      | { __typename?: 'Annotation', id: string }
      | { __typename?: 'Attachment', id: string }
      | { __typename?: 'Comment', id: string }
      | { __typename?: 'Email', followed: boolean, id: string }
      | { __typename?: 'EmailFolder', followed: boolean, id: string }
      | { __typename?: 'FetchRun', id: string }
      | { __typename?: 'Group', id: string }
      | { __typename?: 'HistoryEntry', id: string }
      | { __typename?: 'Notification', id: string }
      | { __typename?: 'OAuthProvider', id: string }
      | { __typename?: 'Relation', id: string }
      | { __typename?: 'User', id: string }
      | { __typename?: 'Workspace', followed: boolean, id: string }
     | null } };

export type UnsubscribeMutationVariables = Exact<{
  targetID: Scalars['ID']['input'];
}>;


export type UnsubscribeMutation = { __typename?: 'Mutation', unsubscribe: boolean };

type FollowedTarget_AlertDelivery_Fragment = { __typename: 'AlertDelivery', id: string };

type FollowedTarget_AlertSubscription_Fragment = { __typename: 'AlertSubscription', id: string };

type FollowedTarget_Annotation_Fragment = { __typename: 'Annotation', id: string };

type FollowedTarget_Attachment_Fragment = { __typename: 'Attachment', id: string };

type FollowedTarget_Comment_Fragment = { __typename: 'Comment', id: string };

type FollowedTarget_Email_Fragment = { __typename: 'Email', subject: string, id: string, folder: { __typename?: 'EmailFolder', id: string, title: string } };

type FollowedTarget_EmailFolder_Fragment = { __typename: 'EmailFolder', title: string, id: string, workspace: { __typename?: 'Workspace', id: string, title: string } };

type FollowedTarget_FetchRun_Fragment = { __typename: 'FetchRun', id: string };

type FollowedTarget_Group_Fragment = { __typename: 'Group', id: string };

type FollowedTarget_HistoryEntry_Fragment = { __typename: 'HistoryEntry', id: string };

type FollowedTarget_Notification_Fragment = { __typename: 'Notification', id: string };

type FollowedTarget_OAuthProvider_Fragment = { __typename: 'OAuthProvider', id: string };

type FollowedTarget_Relation_Fragment = { __typename: 'Relation', id: string };

type FollowedTarget_User_Fragment = { __typename: 'User', id: string };

type FollowedTarget_Workspace_Fragment = { __typename: 'Workspace', title: string, id: string };

export type FollowedTargetFragment =
  | FollowedTarget_AlertDelivery_Fragment
  | FollowedTarget_AlertSubscription_Fragment
  | FollowedTarget_Annotation_Fragment
  | FollowedTarget_Attachment_Fragment
  | FollowedTarget_Comment_Fragment
  | FollowedTarget_Email_Fragment
  | FollowedTarget_EmailFolder_Fragment
  | FollowedTarget_FetchRun_Fragment
  | FollowedTarget_Group_Fragment
  | FollowedTarget_HistoryEntry_Fragment
  | FollowedTarget_Notification_Fragment
  | FollowedTarget_OAuthProvider_Fragment
  | FollowedTarget_Relation_Fragment
  | FollowedTarget_User_Fragment
  | FollowedTarget_Workspace_Fragment
;

export type FollowingQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type FollowingQuery = { __typename?: 'Query', alertSubscriptions: { __typename?: 'AlertSubscriptionConnection', edges: Array<{ __typename?: 'AlertSubscriptionEdge', cursor: string, node: { __typename?: 'AlertSubscription', id: string, createdAt: string, target?:
          | { __typename: 'AlertDelivery', id: string }
          | { __typename: 'AlertSubscription', id: string }
          | { __typename: 'Annotation', id: string }
          | { __typename: 'Attachment', id: string }
          | { __typename: 'Comment', id: string }
          | { __typename: 'Email', subject: string, id: string, folder: { __typename?: 'EmailFolder', id: string, title: string } }
          | { __typename: 'EmailFolder', title: string, id: string, workspace: { __typename?: 'Workspace', id: string, title: string } }
          | { __typename: 'FetchRun', id: string }
          | { __typename: 'Group', id: string }
          | { __typename: 'HistoryEntry', id: string }
          | { __typename: 'Notification', id: string }
          | { __typename: 'OAuthProvider', id: string }
          | { __typename: 'Relation', id: string }
          | { __typename: 'User', id: string }
          | { __typename: 'Workspace', title: string, id: string }
         | null } }>, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null } } };

export type UnfollowMutationVariables = Exact<{
  targetID: Scalars['ID']['input'];
}>;


export type UnfollowMutation = { __typename?: 'Mutation', unsubscribe: boolean };

export type HistoryEntryRowFragment = { __typename?: 'HistoryEntry', id: string, kind: string, text: string, at: string, actor?: { __typename?: 'User', id: string, username: string, displayName: string } | null, fetchRun?: { __typename?: 'FetchRun', id: string, trigger: FetchTrigger } | null };

export type HistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type HistoryQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AlertDelivery', id: string }
    | { __typename?: 'AlertSubscription', id: string }
    | { __typename?: 'Annotation', id: string }
    | { __typename?: 'Attachment', id: string }
    | { __typename?: 'Comment', id: string }
    | { __typename?: 'Email', id: string, history: { __typename?: 'HistoryEntryConnection', totalCount: number, edges?: Array<{ __typename?: 'HistoryEntryEdge', node?: { __typename?: 'HistoryEntry', id: string, kind: string, text: string, at: string, actor?: { __typename?: 'User', id: string, username: string, displayName: string } | null, fetchRun?: { __typename?: 'FetchRun', id: string, trigger: FetchTrigger } | null } | null } | null> | null } }
    | { __typename?: 'EmailFolder', id: string, history: { __typename?: 'HistoryEntryConnection', totalCount: number, edges?: Array<{ __typename?: 'HistoryEntryEdge', node?: { __typename?: 'HistoryEntry', id: string, kind: string, text: string, at: string, actor?: { __typename?: 'User', id: string, username: string, displayName: string } | null, fetchRun?: { __typename?: 'FetchRun', id: string, trigger: FetchTrigger } | null } | null } | null> | null } }
    | { __typename?: 'FetchRun', id: string }
    | { __typename?: 'Group', id: string }
    | { __typename?: 'HistoryEntry', id: string }
    | { __typename?: 'Notification', id: string }
    | { __typename?: 'OAuthProvider', id: string }
    | { __typename?: 'Relation', id: string }
    | { __typename?: 'User', id: string }
    | { __typename?: 'Workspace', id: string, history: { __typename?: 'HistoryEntryConnection', totalCount: number, edges?: Array<{ __typename?: 'HistoryEntryEdge', node?: { __typename?: 'HistoryEntry', id: string, kind: string, text: string, at: string, actor?: { __typename?: 'User', id: string, username: string, displayName: string } | null, fetchRun?: { __typename?: 'FetchRun', id: string, trigger: FetchTrigger } | null } | null } | null> | null } }
   | null };

export type NotificationRowFragment = { __typename?: 'Notification', id: string, kind: string, text: string, createdAt: string, read: boolean, actor?: { __typename?: 'User', id: string, username: string } | null, target?:
    | { __typename: 'AlertDelivery', id: string }
    | { __typename: 'AlertSubscription', id: string }
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Attachment', id: string }
    | { __typename: 'Comment', id: string }
    | { __typename: 'Email', id: string }
    | { __typename: 'EmailFolder', id: string }
    | { __typename: 'FetchRun', id: string }
    | { __typename: 'Group', id: string }
    | { __typename: 'HistoryEntry', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'OAuthProvider', id: string }
    | { __typename: 'Relation', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Workspace', id: string }
   | null };

export type NotificationsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type NotificationsQuery = { __typename?: 'Query', unreadNotificationCount: number, notifications: { __typename?: 'NotificationConnection', totalCount: number, edges?: Array<{ __typename?: 'NotificationEdge', node?: { __typename?: 'Notification', id: string, kind: string, text: string, createdAt: string, read: boolean, actor?: { __typename?: 'User', id: string, username: string } | null, target?:
          | { __typename: 'AlertDelivery', id: string }
          | { __typename: 'AlertSubscription', id: string }
          | { __typename: 'Annotation', id: string }
          | { __typename: 'Attachment', id: string }
          | { __typename: 'Comment', id: string }
          | { __typename: 'Email', id: string }
          | { __typename: 'EmailFolder', id: string }
          | { __typename: 'FetchRun', id: string }
          | { __typename: 'Group', id: string }
          | { __typename: 'HistoryEntry', id: string }
          | { __typename: 'Notification', id: string }
          | { __typename: 'OAuthProvider', id: string }
          | { __typename: 'Relation', id: string }
          | { __typename: 'User', id: string }
          | { __typename: 'Workspace', id: string }
         | null } | null } | null> | null } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { __typename?: 'Subscription', notificationAdded: { __typename?: 'Notification', id: string, kind: string, text: string, createdAt: string, read: boolean, actor?: { __typename?: 'User', id: string, username: string } | null, target?:
      | { __typename: 'AlertDelivery', id: string }
      | { __typename: 'AlertSubscription', id: string }
      | { __typename: 'Annotation', id: string }
      | { __typename: 'Attachment', id: string }
      | { __typename: 'Comment', id: string }
      | { __typename: 'Email', id: string }
      | { __typename: 'EmailFolder', id: string }
      | { __typename: 'FetchRun', id: string }
      | { __typename: 'Group', id: string }
      | { __typename: 'HistoryEntry', id: string }
      | { __typename: 'Notification', id: string }
      | { __typename: 'OAuthProvider', id: string }
      | { __typename: 'Relation', id: string }
      | { __typename: 'User', id: string }
      | { __typename: 'Workspace', id: string }
     | null } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: InputMaybe<Array<Scalars['ID']['input']> | Scalars['ID']['input']>;
}>;


export type MarkNotificationsReadMutation = { __typename?: 'Mutation', markNotificationsRead: number };

export type CreateOAuthAppMutationVariables = Exact<{
  input: CreateOAuthProviderInput;
}>;


export type CreateOAuthAppMutation = { __typename?: 'Mutation', createOAuthProvider: { __typename?: 'OAuthProvider', id: string } };

export type DeleteOAuthAppMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteOAuthAppMutation = { __typename?: 'Mutation', deleteOAuthProvider: boolean };

export type UserRowFieldsFragment = { __typename?: 'User', id: string, username: string, displayName: string, email?: string | null, isAdmin?: boolean | null, disabled?: boolean | null };

export type AdminUserFieldsFragment = { __typename?: 'User', createdAt?: string | null, id: string, username: string, displayName: string, email?: string | null, isAdmin?: boolean | null, disabled?: boolean | null };

export type GroupRowFieldsFragment = { __typename?: 'Group', id: string, name: string, members?: Array<{ __typename?: 'User', id: string }> | null };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { __typename?: 'Mutation', createUser: { __typename?: 'User', createdAt?: string | null, id: string, username: string, displayName: string, email?: string | null, isAdmin?: boolean | null, disabled?: boolean | null } };

export type UpdateUserMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { __typename?: 'Mutation', updateUser: { __typename?: 'User', createdAt?: string | null, id: string, username: string, displayName: string, email?: string | null, isAdmin?: boolean | null, disabled?: boolean | null } };

export type ResetPasswordMutationVariables = Exact<{
  userID: Scalars['ID']['input'];
  password: Scalars['String']['input'];
}>;


export type ResetPasswordMutation = { __typename?: 'Mutation', resetPassword: boolean };

export type CreateGroupMutationVariables = Exact<{
  input: CreateGroupInput;
}>;


export type CreateGroupMutation = { __typename?: 'Mutation', createGroup: { __typename?: 'Group', id: string, name: string, members?: Array<{ __typename?: 'User', id: string }> | null } };

export type UpdateGroupMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  input: UpdateGroupInput;
}>;


export type UpdateGroupMutation = { __typename?: 'Mutation', updateGroup: { __typename?: 'Group', id: string, name: string, members?: Array<{ __typename?: 'User', id: string }> | null } };

type RelationEnd_AlertDelivery_Fragment = { __typename: 'AlertDelivery', id: string };

type RelationEnd_AlertSubscription_Fragment = { __typename: 'AlertSubscription', id: string };

type RelationEnd_Annotation_Fragment = { __typename: 'Annotation', id: string };

type RelationEnd_Attachment_Fragment = { __typename: 'Attachment', id: string };

type RelationEnd_Comment_Fragment = { __typename: 'Comment', id: string };

type RelationEnd_Email_Fragment = { __typename: 'Email', subject: string, id: string, folder: { __typename?: 'EmailFolder', id: string, title: string } };

type RelationEnd_EmailFolder_Fragment = { __typename: 'EmailFolder', title: string, id: string };

type RelationEnd_FetchRun_Fragment = { __typename: 'FetchRun', id: string };

type RelationEnd_Group_Fragment = { __typename: 'Group', id: string };

type RelationEnd_HistoryEntry_Fragment = { __typename: 'HistoryEntry', id: string };

type RelationEnd_Notification_Fragment = { __typename: 'Notification', id: string };

type RelationEnd_OAuthProvider_Fragment = { __typename: 'OAuthProvider', id: string };

type RelationEnd_Relation_Fragment = { __typename: 'Relation', id: string };

type RelationEnd_User_Fragment = { __typename: 'User', id: string };

type RelationEnd_Workspace_Fragment = { __typename: 'Workspace', title: string, id: string };

export type RelationEndFragment =
  | RelationEnd_AlertDelivery_Fragment
  | RelationEnd_AlertSubscription_Fragment
  | RelationEnd_Annotation_Fragment
  | RelationEnd_Attachment_Fragment
  | RelationEnd_Comment_Fragment
  | RelationEnd_Email_Fragment
  | RelationEnd_EmailFolder_Fragment
  | RelationEnd_FetchRun_Fragment
  | RelationEnd_Group_Fragment
  | RelationEnd_HistoryEntry_Fragment
  | RelationEnd_Notification_Fragment
  | RelationEnd_OAuthProvider_Fragment
  | RelationEnd_Relation_Fragment
  | RelationEnd_User_Fragment
  | RelationEnd_Workspace_Fragment
;

type RelationSourceLevel_AlertDelivery_Fragment = { __typename?: 'AlertDelivery' };

type RelationSourceLevel_AlertSubscription_Fragment = { __typename?: 'AlertSubscription' };

type RelationSourceLevel_Annotation_Fragment = { __typename?: 'Annotation' };

type RelationSourceLevel_Attachment_Fragment = { __typename?: 'Attachment' };

type RelationSourceLevel_Comment_Fragment = { __typename?: 'Comment' };

type RelationSourceLevel_Email_Fragment = { __typename?: 'Email', folder: { __typename?: 'EmailFolder', id: string, myPermission?: Permission | null } };

type RelationSourceLevel_EmailFolder_Fragment = { __typename?: 'EmailFolder', myPermission?: Permission | null };

type RelationSourceLevel_FetchRun_Fragment = { __typename?: 'FetchRun' };

type RelationSourceLevel_Group_Fragment = { __typename?: 'Group' };

type RelationSourceLevel_HistoryEntry_Fragment = { __typename?: 'HistoryEntry' };

type RelationSourceLevel_Notification_Fragment = { __typename?: 'Notification' };

type RelationSourceLevel_OAuthProvider_Fragment = { __typename?: 'OAuthProvider' };

type RelationSourceLevel_Relation_Fragment = { __typename?: 'Relation' };

type RelationSourceLevel_User_Fragment = { __typename?: 'User' };

type RelationSourceLevel_Workspace_Fragment = { __typename?: 'Workspace', myPermission?: Permission | null };

export type RelationSourceLevelFragment =
  | RelationSourceLevel_AlertDelivery_Fragment
  | RelationSourceLevel_AlertSubscription_Fragment
  | RelationSourceLevel_Annotation_Fragment
  | RelationSourceLevel_Attachment_Fragment
  | RelationSourceLevel_Comment_Fragment
  | RelationSourceLevel_Email_Fragment
  | RelationSourceLevel_EmailFolder_Fragment
  | RelationSourceLevel_FetchRun_Fragment
  | RelationSourceLevel_Group_Fragment
  | RelationSourceLevel_HistoryEntry_Fragment
  | RelationSourceLevel_Notification_Fragment
  | RelationSourceLevel_OAuthProvider_Fragment
  | RelationSourceLevel_Relation_Fragment
  | RelationSourceLevel_User_Fragment
  | RelationSourceLevel_Workspace_Fragment
;

export type RelationRowFragment = { __typename?: 'Relation', id: string, predicate: RelationPredicate, url?: string | null, createdAt: string, createdBy: { __typename?: 'User', id: string, username: string }, source:
    | { __typename: 'AlertDelivery', id: string }
    | { __typename: 'AlertSubscription', id: string }
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Attachment', id: string }
    | { __typename: 'Comment', id: string }
    | { __typename: 'Email', id: string, subject: string, folder: { __typename?: 'EmailFolder', id: string, title: string, myPermission?: Permission | null } }
    | { __typename: 'EmailFolder', id: string, title: string, myPermission?: Permission | null }
    | { __typename: 'FetchRun', id: string }
    | { __typename: 'Group', id: string }
    | { __typename: 'HistoryEntry', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'OAuthProvider', id: string }
    | { __typename: 'Relation', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Workspace', id: string, title: string, myPermission?: Permission | null }
  , target?:
    | { __typename: 'AlertDelivery', id: string }
    | { __typename: 'AlertSubscription', id: string }
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Attachment', id: string }
    | { __typename: 'Comment', id: string }
    | { __typename: 'Email', id: string, subject: string, folder: { __typename?: 'EmailFolder', id: string, title: string } }
    | { __typename: 'EmailFolder', id: string, title: string }
    | { __typename: 'FetchRun', id: string }
    | { __typename: 'Group', id: string }
    | { __typename: 'HistoryEntry', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'OAuthProvider', id: string }
    | { __typename: 'Relation', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Workspace', id: string, title: string }
   | null };

export type NodeRelationsQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type NodeRelationsQuery = { __typename?: 'Query', node?:
    | { __typename: 'AlertDelivery', id: string }
    | { __typename: 'AlertSubscription', id: string }
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Attachment', id: string }
    | { __typename: 'Comment', id: string }
    | { __typename: 'Email', id: string, relations: Array<{ __typename?: 'Relation', id: string, predicate: RelationPredicate, url?: string | null, createdAt: string, createdBy: { __typename?: 'User', id: string, username: string }, source:
          | { __typename: 'AlertDelivery', id: string }
          | { __typename: 'AlertSubscription', id: string }
          | { __typename: 'Annotation', id: string }
          | { __typename: 'Attachment', id: string }
          | { __typename: 'Comment', id: string }
          | { __typename: 'Email', id: string, subject: string, folder: { __typename?: 'EmailFolder', id: string, title: string, myPermission?: Permission | null } }
          | { __typename: 'EmailFolder', id: string, title: string, myPermission?: Permission | null }
          | { __typename: 'FetchRun', id: string }
          | { __typename: 'Group', id: string }
          | { __typename: 'HistoryEntry', id: string }
          | { __typename: 'Notification', id: string }
          | { __typename: 'OAuthProvider', id: string }
          | { __typename: 'Relation', id: string }
          | { __typename: 'User', id: string }
          | { __typename: 'Workspace', id: string, title: string, myPermission?: Permission | null }
        , target?:
          | { __typename: 'AlertDelivery', id: string }
          | { __typename: 'AlertSubscription', id: string }
          | { __typename: 'Annotation', id: string }
          | { __typename: 'Attachment', id: string }
          | { __typename: 'Comment', id: string }
          | { __typename: 'Email', id: string, subject: string, folder: { __typename?: 'EmailFolder', id: string, title: string } }
          | { __typename: 'EmailFolder', id: string, title: string }
          | { __typename: 'FetchRun', id: string }
          | { __typename: 'Group', id: string }
          | { __typename: 'HistoryEntry', id: string }
          | { __typename: 'Notification', id: string }
          | { __typename: 'OAuthProvider', id: string }
          | { __typename: 'Relation', id: string }
          | { __typename: 'User', id: string }
          | { __typename: 'Workspace', id: string, title: string }
         | null }> }
    | { __typename: 'EmailFolder', id: string, relations: Array<{ __typename?: 'Relation', id: string, predicate: RelationPredicate, url?: string | null, createdAt: string, createdBy: { __typename?: 'User', id: string, username: string }, source:
          | { __typename: 'AlertDelivery', id: string }
          | { __typename: 'AlertSubscription', id: string }
          | { __typename: 'Annotation', id: string }
          | { __typename: 'Attachment', id: string }
          | { __typename: 'Comment', id: string }
          | { __typename: 'Email', id: string, subject: string, folder: { __typename?: 'EmailFolder', id: string, title: string, myPermission?: Permission | null } }
          | { __typename: 'EmailFolder', id: string, title: string, myPermission?: Permission | null }
          | { __typename: 'FetchRun', id: string }
          | { __typename: 'Group', id: string }
          | { __typename: 'HistoryEntry', id: string }
          | { __typename: 'Notification', id: string }
          | { __typename: 'OAuthProvider', id: string }
          | { __typename: 'Relation', id: string }
          | { __typename: 'User', id: string }
          | { __typename: 'Workspace', id: string, title: string, myPermission?: Permission | null }
        , target?:
          | { __typename: 'AlertDelivery', id: string }
          | { __typename: 'AlertSubscription', id: string }
          | { __typename: 'Annotation', id: string }
          | { __typename: 'Attachment', id: string }
          | { __typename: 'Comment', id: string }
          | { __typename: 'Email', id: string, subject: string, folder: { __typename?: 'EmailFolder', id: string, title: string } }
          | { __typename: 'EmailFolder', id: string, title: string }
          | { __typename: 'FetchRun', id: string }
          | { __typename: 'Group', id: string }
          | { __typename: 'HistoryEntry', id: string }
          | { __typename: 'Notification', id: string }
          | { __typename: 'OAuthProvider', id: string }
          | { __typename: 'Relation', id: string }
          | { __typename: 'User', id: string }
          | { __typename: 'Workspace', id: string, title: string }
         | null }> }
    | { __typename: 'FetchRun', id: string }
    | { __typename: 'Group', id: string }
    | { __typename: 'HistoryEntry', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'OAuthProvider', id: string }
    | { __typename: 'Relation', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Workspace', id: string, relations: Array<{ __typename?: 'Relation', id: string, predicate: RelationPredicate, url?: string | null, createdAt: string, createdBy: { __typename?: 'User', id: string, username: string }, source:
          | { __typename: 'AlertDelivery', id: string }
          | { __typename: 'AlertSubscription', id: string }
          | { __typename: 'Annotation', id: string }
          | { __typename: 'Attachment', id: string }
          | { __typename: 'Comment', id: string }
          | { __typename: 'Email', id: string, subject: string, folder: { __typename?: 'EmailFolder', id: string, title: string, myPermission?: Permission | null } }
          | { __typename: 'EmailFolder', id: string, title: string, myPermission?: Permission | null }
          | { __typename: 'FetchRun', id: string }
          | { __typename: 'Group', id: string }
          | { __typename: 'HistoryEntry', id: string }
          | { __typename: 'Notification', id: string }
          | { __typename: 'OAuthProvider', id: string }
          | { __typename: 'Relation', id: string }
          | { __typename: 'User', id: string }
          | { __typename: 'Workspace', id: string, title: string, myPermission?: Permission | null }
        , target?:
          | { __typename: 'AlertDelivery', id: string }
          | { __typename: 'AlertSubscription', id: string }
          | { __typename: 'Annotation', id: string }
          | { __typename: 'Attachment', id: string }
          | { __typename: 'Comment', id: string }
          | { __typename: 'Email', id: string, subject: string, folder: { __typename?: 'EmailFolder', id: string, title: string } }
          | { __typename: 'EmailFolder', id: string, title: string }
          | { __typename: 'FetchRun', id: string }
          | { __typename: 'Group', id: string }
          | { __typename: 'HistoryEntry', id: string }
          | { __typename: 'Notification', id: string }
          | { __typename: 'OAuthProvider', id: string }
          | { __typename: 'Relation', id: string }
          | { __typename: 'User', id: string }
          | { __typename: 'Workspace', id: string, title: string }
         | null }> }
   | null };

export type RelationCandidatesQueryVariables = Exact<{
  query: Scalars['String']['input'];
}>;


export type RelationCandidatesQuery = { __typename?: 'Query', relationCandidates: Array<
    | { __typename: 'AlertDelivery', id: string }
    | { __typename: 'AlertSubscription', id: string }
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Attachment', id: string }
    | { __typename: 'Comment', id: string }
    | { __typename: 'Email', id: string, subject: string, folder: { __typename?: 'EmailFolder', id: string, title: string } }
    | { __typename: 'EmailFolder', id: string, title: string }
    | { __typename: 'FetchRun', id: string }
    | { __typename: 'Group', id: string }
    | { __typename: 'HistoryEntry', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'OAuthProvider', id: string }
    | { __typename: 'Relation', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Workspace', id: string, title: string }
  > };

export type CreateRelationMutationVariables = Exact<{
  sourceID: Scalars['ID']['input'];
  targetID?: InputMaybe<Scalars['ID']['input']>;
  url?: InputMaybe<Scalars['String']['input']>;
  predicate: RelationPredicate;
}>;


export type CreateRelationMutation = { __typename?: 'Mutation', createRelation: { __typename?: 'Relation', id: string } };

export type DeleteRelationMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteRelationMutation = { __typename?: 'Mutation', deleteRelation: boolean };

export type SearchQueryVariables = Exact<{
  query: Scalars['String']['input'];
  folderID?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type SearchQuery = { __typename?: 'Query', search: { __typename?: 'EmailConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'EmailEdge', node?: { __typename?: 'Email', id: string, subject: string, sentAt?: string | null, searchSnippet?: string | null, from?: { __typename?: 'Address', name?: string | null, address: string } | null, folder: { __typename?: 'EmailFolder', id: string, title: string } } | null } | null> | null } };

export type SearchFolderQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SearchFolderQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AlertDelivery' }
    | { __typename?: 'AlertSubscription' }
    | { __typename?: 'Annotation' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'Comment' }
    | { __typename?: 'Email' }
    | { __typename?: 'EmailFolder', id: string, title: string }
    | { __typename?: 'FetchRun' }
    | { __typename?: 'Group' }
    | { __typename?: 'HistoryEntry' }
    | { __typename?: 'Notification' }
    | { __typename?: 'OAuthProvider' }
    | { __typename?: 'Relation' }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

export type SearchIndexHealthQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type SearchIndexHealthQuery = { __typename?: 'Query', node?:
    | { __typename?: 'AlertDelivery' }
    | { __typename?: 'AlertSubscription' }
    | { __typename?: 'Annotation' }
    | { __typename?: 'Attachment' }
    | { __typename?: 'Comment' }
    | { __typename?: 'Email' }
    | { __typename?: 'EmailFolder', id: string, searchIndexed: number, searchIndexTotal: number }
    | { __typename?: 'FetchRun' }
    | { __typename?: 'Group' }
    | { __typename?: 'HistoryEntry' }
    | { __typename?: 'Notification' }
    | { __typename?: 'OAuthProvider' }
    | { __typename?: 'Relation' }
    | { __typename?: 'User' }
    | { __typename?: 'Workspace' }
   | null };

type TrashStateFields_AlertDelivery_Fragment = { __typename: 'AlertDelivery', id: string };

type TrashStateFields_AlertSubscription_Fragment = { __typename: 'AlertSubscription', id: string };

type TrashStateFields_Annotation_Fragment = { __typename: 'Annotation', id: string };

type TrashStateFields_Attachment_Fragment = { __typename: 'Attachment', id: string };

type TrashStateFields_Comment_Fragment = { __typename: 'Comment', id: string };

type TrashStateFields_Email_Fragment = { __typename: 'Email', trashedAt?: string | null, id: string };

type TrashStateFields_EmailFolder_Fragment = { __typename: 'EmailFolder', trashedAt?: string | null, id: string };

type TrashStateFields_FetchRun_Fragment = { __typename: 'FetchRun', id: string };

type TrashStateFields_Group_Fragment = { __typename: 'Group', id: string };

type TrashStateFields_HistoryEntry_Fragment = { __typename: 'HistoryEntry', id: string };

type TrashStateFields_Notification_Fragment = { __typename: 'Notification', id: string };

type TrashStateFields_OAuthProvider_Fragment = { __typename: 'OAuthProvider', id: string };

type TrashStateFields_Relation_Fragment = { __typename: 'Relation', id: string };

type TrashStateFields_User_Fragment = { __typename: 'User', id: string };

type TrashStateFields_Workspace_Fragment = { __typename: 'Workspace', trashedAt?: string | null, id: string };

export type TrashStateFieldsFragment =
  | TrashStateFields_AlertDelivery_Fragment
  | TrashStateFields_AlertSubscription_Fragment
  | TrashStateFields_Annotation_Fragment
  | TrashStateFields_Attachment_Fragment
  | TrashStateFields_Comment_Fragment
  | TrashStateFields_Email_Fragment
  | TrashStateFields_EmailFolder_Fragment
  | TrashStateFields_FetchRun_Fragment
  | TrashStateFields_Group_Fragment
  | TrashStateFields_HistoryEntry_Fragment
  | TrashStateFields_Notification_Fragment
  | TrashStateFields_OAuthProvider_Fragment
  | TrashStateFields_Relation_Fragment
  | TrashStateFields_User_Fragment
  | TrashStateFields_Workspace_Fragment
;

export type TrashNodeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrashNodeMutation = { __typename?: 'Mutation', trashNode:
    | { __typename: 'AlertDelivery', id: string }
    | { __typename: 'AlertSubscription', id: string }
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Attachment', id: string }
    | { __typename: 'Comment', id: string }
    | { __typename: 'Email', trashedAt?: string | null, id: string }
    | { __typename: 'EmailFolder', trashedAt?: string | null, id: string }
    | { __typename: 'FetchRun', id: string }
    | { __typename: 'Group', id: string }
    | { __typename: 'HistoryEntry', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'OAuthProvider', id: string }
    | { __typename: 'Relation', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Workspace', trashedAt?: string | null, id: string }
   };

export type RestoreNodeMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RestoreNodeMutation = { __typename?: 'Mutation', restoreNode:
    | { __typename: 'AlertDelivery', id: string }
    | { __typename: 'AlertSubscription', id: string }
    | { __typename: 'Annotation', id: string }
    | { __typename: 'Attachment', id: string }
    | { __typename: 'Comment', id: string }
    | { __typename: 'Email', trashedAt?: string | null, id: string }
    | { __typename: 'EmailFolder', trashedAt?: string | null, id: string }
    | { __typename: 'FetchRun', id: string }
    | { __typename: 'Group', id: string }
    | { __typename: 'HistoryEntry', id: string }
    | { __typename: 'Notification', id: string }
    | { __typename: 'OAuthProvider', id: string }
    | { __typename: 'Relation', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Workspace', trashedAt?: string | null, id: string }
   };

export type DeleteNodePermanentlyMutationVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type DeleteNodePermanentlyMutation = { __typename?: 'Mutation', deleteNodePermanently: boolean };

export type TrashedWorkspacesQueryVariables = Exact<{ [key: string]: never; }>;


export type TrashedWorkspacesQuery = { __typename?: 'Query', trashedWorkspaces: Array<{ __typename?: 'Workspace', id: string, title: string, description?: string | null, trashedAt?: string | null, myPermission?: Permission | null }> };

export type WorkspaceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WorkspaceQuery = { __typename?: 'Query', node?:
    | { __typename: 'AlertDelivery' }
    | { __typename: 'AlertSubscription' }
    | { __typename: 'Annotation' }
    | { __typename: 'Attachment' }
    | { __typename: 'Comment' }
    | { __typename: 'Email' }
    | { __typename: 'EmailFolder' }
    | { __typename: 'FetchRun' }
    | { __typename: 'Group' }
    | { __typename: 'HistoryEntry' }
    | { __typename: 'Notification' }
    | { __typename: 'OAuthProvider' }
    | { __typename: 'Relation' }
    | { __typename: 'User' }
    | { __typename: 'Workspace', id: string, title: string, description?: string | null, myPermission?: Permission | null, trashedAt?: string | null, emailFolders: Array<{ __typename?: 'EmailFolder', id: string, title: string, email: string, protocol: MailProtocol, host: string, port: number, lastFetchAt?: string | null, lastFetchError?: string | null, needsAttention: boolean, push: boolean, pushStatus?: { __typename?: 'PushStatus', state: string } | null }> }
   | null };

export type WorkspaceTrashQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type WorkspaceTrashQuery = { __typename?: 'Query', node?:
    | { __typename: 'AlertDelivery' }
    | { __typename: 'AlertSubscription' }
    | { __typename: 'Annotation' }
    | { __typename: 'Attachment' }
    | { __typename: 'Comment' }
    | { __typename: 'Email' }
    | { __typename: 'EmailFolder' }
    | { __typename: 'FetchRun' }
    | { __typename: 'Group' }
    | { __typename: 'HistoryEntry' }
    | { __typename: 'Notification' }
    | { __typename: 'OAuthProvider' }
    | { __typename: 'Relation' }
    | { __typename: 'User' }
    | { __typename: 'Workspace', id: string, trashedEmailFolders: Array<{ __typename?: 'EmailFolder', id: string, title: string, email: string, trashedAt?: string | null, myPermission?: Permission | null }> }
   | null };

export type WorkspacesQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  after?: InputMaybe<Scalars['Cursor']['input']>;
}>;


export type WorkspacesQuery = { __typename?: 'Query', workspaces: { __typename?: 'WorkspaceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges?: Array<{ __typename?: 'WorkspaceEdge', node?: { __typename?: 'Workspace', id: string, title: string, description?: string | null, createdAt: string } | null } | null> | null } };

export type CreateWorkspaceMutationVariables = Exact<{
  input: CreateWorkspaceInput;
}>;


export type CreateWorkspaceMutation = { __typename?: 'Mutation', createWorkspace: { __typename?: 'Workspace', id: string, title: string, description?: string | null, createdAt: string } };

export const AccessEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"permission"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccessEntryFieldsFragment, unknown>;
export const CommentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"replacedAt"}}]}}]}}]} as unknown as DocumentNode<CommentFieldsFragment, unknown>;
export const EmailRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmailRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"parseError"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<EmailRowFieldsFragment, unknown>;
export const EmailThreadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmailThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadSize"}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<EmailThreadFieldsFragment, unknown>;
export const FetchRunRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FetchRunRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FetchRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverUID"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<FetchRunRowFragment, unknown>;
export const FolderSettingsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FolderSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"socketFactoryFallback"}},{"kind":"Field","name":{"kind":"Name","value":"socketFactoryPort"}},{"kind":"Field","name":{"kind":"Name","value":"startTLS"}},{"kind":"Field","name":{"kind":"Name","value":"sslProtocols"}},{"kind":"Field","name":{"kind":"Name","value":"emailsLimit"}},{"kind":"Field","name":{"kind":"Name","value":"mailbox"}},{"kind":"Field","name":{"kind":"Name","value":"fetchIntervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"push"}},{"kind":"Field","name":{"kind":"Name","value":"afterImport"}},{"kind":"Field","name":{"kind":"Name","value":"moveTo"}},{"kind":"Field","name":{"kind":"Name","value":"trustedCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"allowInsecureAuth"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"authMethod"}},{"kind":"Field","name":{"kind":"Name","value":"oauthProviderID"}},{"kind":"Field","name":{"kind":"Name","value":"oauthConnected"}},{"kind":"Field","name":{"kind":"Name","value":"oauthAccount"}},{"kind":"Field","name":{"kind":"Name","value":"oauthProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastFetchAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFetchError"}}]}}]} as unknown as DocumentNode<FolderSettingsFragment, unknown>;
export const LedgerEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverUID"}},{"kind":"Field","name":{"kind":"Name","value":"uidValidity"}},{"kind":"Field","name":{"kind":"Name","value":"messageID"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"email"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicateBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"willRetry"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<LedgerEntryFieldsFragment, unknown>;
export const FollowedTargetFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowedTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<FollowedTargetFragment, unknown>;
export const HistoryEntryRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fetchRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}}]}}]}}]} as unknown as DocumentNode<HistoryEntryRowFragment, unknown>;
export const NotificationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NotificationRowFragment, unknown>;
export const UserRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]} as unknown as DocumentNode<UserRowFieldsFragment, unknown>;
export const AdminUserFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]} as unknown as DocumentNode<AdminUserFieldsFragment, unknown>;
export const GroupRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<GroupRowFieldsFragment, unknown>;
export const RelationEndFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationEnd"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RelationEndFragment, unknown>;
export const RelationSourceLevelFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationSourceLevel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myPermission"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPermission"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPermission"}}]}}]}}]} as unknown as DocumentNode<RelationSourceLevelFragment, unknown>;
export const RelationRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationEnd"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationSourceLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationEnd"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationEnd"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationSourceLevel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myPermission"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPermission"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPermission"}}]}}]}}]} as unknown as DocumentNode<RelationRowFragment, unknown>;
export const TrashStateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrashStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trashedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trashedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trashedAt"}}]}}]}}]} as unknown as DocumentNode<TrashStateFieldsFragment, unknown>;
export const OAuthAppsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OAuthApps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"oauthProviders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"clientID"}},{"kind":"Field","name":{"kind":"Name","value":"tenant"}},{"kind":"Field","name":{"kind":"Name","value":"authURL"}},{"kind":"Field","name":{"kind":"Name","value":"tokenURL"}},{"kind":"Field","name":{"kind":"Name","value":"scopes"}},{"kind":"Field","name":{"kind":"Name","value":"hasClientSecret"}}]}},{"kind":"Field","name":{"kind":"Name","value":"oauthRedirectURI"}}]}}]} as unknown as DocumentNode<OAuthAppsQuery, OAuthAppsQueryVariables>;
export const AuthorizeEmailFolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AuthorizeEmailFolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"folderID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorizeEmailFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"folderID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"folderID"}}}]}]}}]} as unknown as DocumentNode<AuthorizeEmailFolderMutation, AuthorizeEmailFolderMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const ImportEmailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportEmails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"folderID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"files"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Upload"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importEmails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"folderID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"folderID"}}},{"kind":"Argument","name":{"kind":"Name","value":"files"},"value":{"kind":"Variable","name":{"kind":"Name","value":"files"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<ImportEmailsMutation, ImportEmailsMutationVariables>;
export const FolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Folder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FolderSettings"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"needsAttention"}},{"kind":"Field","name":{"kind":"Name","value":"pushStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}},{"kind":"Field","name":{"kind":"Name","value":"myPermission"}},{"kind":"Field","name":{"kind":"Name","value":"inheritanceBlocked"}},{"kind":"Field","name":{"kind":"Name","value":"trashedAt"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FolderSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"socketFactoryFallback"}},{"kind":"Field","name":{"kind":"Name","value":"socketFactoryPort"}},{"kind":"Field","name":{"kind":"Name","value":"startTLS"}},{"kind":"Field","name":{"kind":"Name","value":"sslProtocols"}},{"kind":"Field","name":{"kind":"Name","value":"emailsLimit"}},{"kind":"Field","name":{"kind":"Name","value":"mailbox"}},{"kind":"Field","name":{"kind":"Name","value":"fetchIntervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"push"}},{"kind":"Field","name":{"kind":"Name","value":"afterImport"}},{"kind":"Field","name":{"kind":"Name","value":"moveTo"}},{"kind":"Field","name":{"kind":"Name","value":"trustedCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"allowInsecureAuth"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"authMethod"}},{"kind":"Field","name":{"kind":"Name","value":"oauthProviderID"}},{"kind":"Field","name":{"kind":"Name","value":"oauthConnected"}},{"kind":"Field","name":{"kind":"Name","value":"oauthAccount"}},{"kind":"Field","name":{"kind":"Name","value":"oauthProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastFetchAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFetchError"}}]}}]} as unknown as DocumentNode<FolderQuery, FolderQueryVariables>;
export const FolderActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FolderActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"folderID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"folderActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"folderID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"folderID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"folderID"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"email"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]}}]} as unknown as DocumentNode<FolderActivitySubscription, FolderActivitySubscriptionVariables>;
export const FetchEmailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FetchEmails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"folderID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fetchEmails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"folderID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"folderID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<FetchEmailsMutation, FetchEmailsMutationVariables>;
export const AccessDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Access"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessEntryFields"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"inheritanceBlocked"}},{"kind":"Field","name":{"kind":"Name","value":"access"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessEntryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"permission"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AccessQuery, AccessQueryVariables>;
export const PrincipalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Principals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<PrincipalsQuery, PrincipalsQueryVariables>;
export const SetPermissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetPermission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"principalID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"permission"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Permission"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setPermission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetID"}}},{"kind":"Argument","name":{"kind":"Name","value":"principalID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"principalID"}}},{"kind":"Argument","name":{"kind":"Name","value":"permission"},"value":{"kind":"Variable","name":{"kind":"Name","value":"permission"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AccessEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AccessEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AccessEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"permission"}},{"kind":"Field","name":{"kind":"Name","value":"inherited"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"group"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<SetPermissionMutation, SetPermissionMutationVariables>;
export const RemovePermissionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemovePermission"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"principalID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removePermission"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetID"}}},{"kind":"Argument","name":{"kind":"Name","value":"principalID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"principalID"}}}]}]}}]} as unknown as DocumentNode<RemovePermissionMutation, RemovePermissionMutationVariables>;
export const SetInheritanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetInheritance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"blocked"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setInheritance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetID"}}},{"kind":"Argument","name":{"kind":"Name","value":"blocked"},"value":{"kind":"Variable","name":{"kind":"Name","value":"blocked"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inheritanceBlocked"}}]}}]}}]}}]} as unknown as DocumentNode<SetInheritanceMutation, SetInheritanceMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const SignOutEverywhereDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOutEverywhere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOutEverywhere"}}]}}]} as unknown as DocumentNode<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const PeopleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"People"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GroupRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GroupRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Group"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<PeopleQuery, PeopleQueryVariables>;
export const SetUserDisabledDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetUserDisabled"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"disabled"},"value":{"kind":"Variable","name":{"kind":"Name","value":"disabled"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}}]}}]} as unknown as DocumentNode<SetUserDisabledMutation, SetUserDisabledMutationVariables>;
export const AlertDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertDeliveries"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertEmailSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"links"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alertDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"failedOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"digest"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AlertDeliveriesQuery, AlertDeliveriesQueryVariables>;
export const AlertPreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AlertPreference"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"alertPreference"}}]}},{"kind":"Field","name":{"kind":"Name","value":"alertEmailSettings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"links"}}]}}]}}]} as unknown as DocumentNode<AlertPreferenceQuery, AlertPreferenceQueryVariables>;
export const SetAlertPreferenceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAlertPreference"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"preference"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AlertPreference"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAlertPreference"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"preference"},"value":{"kind":"Variable","name":{"kind":"Name","value":"preference"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"alertPreference"}}]}}]}}]} as unknown as DocumentNode<SetAlertPreferenceMutation, SetAlertPreferenceMutationVariables>;
export const EmailAnnotationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailAnnotations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"annotations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"exact"}},{"kind":"Field","name":{"kind":"Name","value":"prefix"}},{"kind":"Field","name":{"kind":"Name","value":"suffix"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EmailAnnotationsQuery, EmailAnnotationsQueryVariables>;
export const AnnotateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Annotate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"emailID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnnotationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"annotate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"emailID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"emailID"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnnotateMutation, AnnotateMutationVariables>;
export const DeleteAnnotationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAnnotation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAnnotation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteAnnotationMutation, DeleteAnnotationMutationVariables>;
export const EmailCollabDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmailCollab"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}},{"kind":"Field","name":{"kind":"Name","value":"trashedAt"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myPermission"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"replacedAt"}}]}}]}}]} as unknown as DocumentNode<EmailCollabQuery, EmailCollabQueryVariables>;
export const FolderCommentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FolderComments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myPermission"}},{"kind":"Field","name":{"kind":"Name","value":"trashedAt"}},{"kind":"Field","name":{"kind":"Name","value":"comments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommentFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Comment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"deletedAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"replacedAt"}}]}}]}}]} as unknown as DocumentNode<FolderCommentsQuery, FolderCommentsQueryVariables>;
export const TagEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TagEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"emailID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tagEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"emailID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"emailID"}}},{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]} as unknown as DocumentNode<TagEmailMutation, TagEmailMutationVariables>;
export const UntagEmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UntagEmail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"emailID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"tag"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"untagEmail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"emailID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"emailID"}}},{"kind":"Argument","name":{"kind":"Name","value":"tag"},"value":{"kind":"Variable","name":{"kind":"Name","value":"tag"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]}}]} as unknown as DocumentNode<UntagEmailMutation, UntagEmailMutationVariables>;
export const TagSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TagSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tags"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"prefix"},"value":{"kind":"Variable","name":{"kind":"Name","value":"prefix"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}]}]}}]}}]}}]} as unknown as DocumentNode<TagSuggestionsQuery, TagSuggestionsQueryVariables>;
export const AddCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentID"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetID"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AddCommentMutation, AddCommentMutationVariables>;
export const UpdateCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"editedAt"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"replacedAt"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCommentMutation, UpdateCommentMutationVariables>;
export const DeleteCommentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteComment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteComment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteCommentMutation, DeleteCommentMutationVariables>;
export const EmailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Email"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"messageID"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"replyTo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"html"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"parseError"}},{"kind":"Field","name":{"kind":"Name","value":"emlURL"}},{"kind":"Field","name":{"kind":"Name","value":"trashedAt"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmailThreadFields"}},{"kind":"Field","name":{"kind":"Name","value":"attachments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filename"}},{"kind":"Field","name":{"kind":"Name","value":"contentType"}},{"kind":"Field","name":{"kind":"Name","value":"size"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"contentID"}},{"kind":"Field","name":{"kind":"Name","value":"inline"}}]}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"myPermission"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmailThreadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"threadSize"}},{"kind":"Field","name":{"kind":"Name","value":"thread"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<EmailQuery, EmailQueryVariables>;
export const FolderRunsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FolderRuns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fetchRuns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"DESC"}},{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"STARTED_AT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FetchRunRow"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FetchRunRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FetchRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"failures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverUID"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<FolderRunsQuery, FolderRunsQueryVariables>;
export const FolderEmailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FolderEmails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmailWhereInput"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"emails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmailRowFields"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmailRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"parseError"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<FolderEmailsQuery, FolderEmailsQueryVariables>;
export const FolderConversationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FolderConversations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"conversations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmailRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"threadSize"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmailRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"importedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attachmentCount"}},{"kind":"Field","name":{"kind":"Name","value":"parseError"}},{"kind":"Field","name":{"kind":"Name","value":"tags"}}]}}]} as unknown as DocumentNode<FolderConversationsQuery, FolderConversationsQueryVariables>;
export const CreateEmailFolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEmailFolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEmailFolderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEmailFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FolderSettings"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FolderSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"socketFactoryFallback"}},{"kind":"Field","name":{"kind":"Name","value":"socketFactoryPort"}},{"kind":"Field","name":{"kind":"Name","value":"startTLS"}},{"kind":"Field","name":{"kind":"Name","value":"sslProtocols"}},{"kind":"Field","name":{"kind":"Name","value":"emailsLimit"}},{"kind":"Field","name":{"kind":"Name","value":"mailbox"}},{"kind":"Field","name":{"kind":"Name","value":"fetchIntervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"push"}},{"kind":"Field","name":{"kind":"Name","value":"afterImport"}},{"kind":"Field","name":{"kind":"Name","value":"moveTo"}},{"kind":"Field","name":{"kind":"Name","value":"trustedCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"allowInsecureAuth"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"authMethod"}},{"kind":"Field","name":{"kind":"Name","value":"oauthProviderID"}},{"kind":"Field","name":{"kind":"Name","value":"oauthConnected"}},{"kind":"Field","name":{"kind":"Name","value":"oauthAccount"}},{"kind":"Field","name":{"kind":"Name","value":"oauthProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastFetchAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFetchError"}}]}}]} as unknown as DocumentNode<CreateEmailFolderMutation, CreateEmailFolderMutationVariables>;
export const UpdateEmailFolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEmailFolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEmailFolderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmailFolder"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FolderSettings"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FolderSettings"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"socketFactoryFallback"}},{"kind":"Field","name":{"kind":"Name","value":"socketFactoryPort"}},{"kind":"Field","name":{"kind":"Name","value":"startTLS"}},{"kind":"Field","name":{"kind":"Name","value":"sslProtocols"}},{"kind":"Field","name":{"kind":"Name","value":"emailsLimit"}},{"kind":"Field","name":{"kind":"Name","value":"mailbox"}},{"kind":"Field","name":{"kind":"Name","value":"fetchIntervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"push"}},{"kind":"Field","name":{"kind":"Name","value":"afterImport"}},{"kind":"Field","name":{"kind":"Name","value":"moveTo"}},{"kind":"Field","name":{"kind":"Name","value":"trustedCertificate"}},{"kind":"Field","name":{"kind":"Name","value":"allowInsecureAuth"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}},{"kind":"Field","name":{"kind":"Name","value":"authMethod"}},{"kind":"Field","name":{"kind":"Name","value":"oauthProviderID"}},{"kind":"Field","name":{"kind":"Name","value":"oauthConnected"}},{"kind":"Field","name":{"kind":"Name","value":"oauthAccount"}},{"kind":"Field","name":{"kind":"Name","value":"oauthProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lastFetchAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFetchError"}}]}}]} as unknown as DocumentNode<UpdateEmailFolderMutation, UpdateEmailFolderMutationVariables>;
export const TestConnectionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TestConnection"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TestConnectionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"testConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"error"}}]}}]}}]} as unknown as DocumentNode<TestConnectionMutation, TestConnectionMutationVariables>;
export const FolderReconciliationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FolderReconciliation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"runID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byRun"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerOutcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"ledgerCSVURL"}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"onServer"}},{"kind":"Field","name":{"kind":"Name","value":"unreadOnServer"}},{"kind":"Field","name":{"kind":"Name","value":"newOnServer"}},{"kind":"Field","name":{"kind":"Name","value":"imported"}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"}},{"kind":"Field","name":{"kind":"Name","value":"failed"}},{"kind":"Field","name":{"kind":"Name","value":"purged"}},{"kind":"Field","name":{"kind":"Name","value":"remaining"}},{"kind":"Field","name":{"kind":"Name","value":"offered"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byRun"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"run"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"runID"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byRun"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FetchRun"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startedAt"}},{"kind":"Field","name":{"kind":"Name","value":"ledger"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"outcome"},"value":{"kind":"Variable","name":{"kind":"Name","value":"outcome"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LedgerEntryFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LedgerEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LedgerEntryConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"serverUID"}},{"kind":"Field","name":{"kind":"Name","value":"uidValidity"}},{"kind":"Field","name":{"kind":"Name","value":"messageID"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"email"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicateBy"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"willRetry"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<FolderReconciliationQuery, FolderReconciliationQueryVariables>;
export const FolderTrashDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FolderTrash"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trashedEmails"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"trashedAt"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FolderTrashQuery, FolderTrashQueryVariables>;
export const EmptyTrashDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EmptyTrash"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"folderID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emptyTrash"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"folderID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"folderID"}}}]}]}}]} as unknown as DocumentNode<EmptyTrashMutation, EmptyTrashMutationVariables>;
export const FollowedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Followed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followed"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followed"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followed"}}]}}]}}]}}]} as unknown as DocumentNode<FollowedQuery, FollowedQueryVariables>;
export const SubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Subscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followed"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followed"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"followed"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SubscribeMutation, SubscribeMutationVariables>;
export const UnsubscribeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unsubscribe"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetID"}}}]}]}}]} as unknown as DocumentNode<UnsubscribeMutation, UnsubscribeMutationVariables>;
export const FollowingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Following"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alertSubscriptions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FollowedTarget"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FollowedTarget"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"workspace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<FollowingQuery, FollowingQueryVariables>;
export const UnfollowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Unfollow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unsubscribe"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"targetID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetID"}}}]}]}}]} as unknown as DocumentNode<UnfollowMutation, UnfollowMutationVariables>;
export const HistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"History"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntryRow"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntryRow"}}]}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HistoryEntryRow"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HistoryEntryRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HistoryEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fetchRun"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trigger"}}]}}]}}]} as unknown as DocumentNode<HistoryQuery, HistoryQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}},{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const CreateOAuthAppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOAuthApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOAuthProviderInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOAuthProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateOAuthAppMutation, CreateOAuthAppMutationVariables>;
export const DeleteOAuthAppDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOAuthApp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOAuthProvider"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteOAuthAppMutation, DeleteOAuthAppMutationVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminUserFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"isAdmin"}},{"kind":"Field","name":{"kind":"Name","value":"disabled"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminUserFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRowFields"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const ResetPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userID"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}]}]}}]} as unknown as DocumentNode<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const CreateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<CreateGroupMutation, CreateGroupMutationVariables>;
export const UpdateGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateGroupInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateGroupMutation, UpdateGroupMutationVariables>;
export const NodeRelationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationRow"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationRow"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationRow"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationEnd"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationSourceLevel"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"myPermission"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPermission"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myPermission"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"predicate"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}}]}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationEnd"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationSourceLevel"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationEnd"}}]}}]}}]} as unknown as DocumentNode<NodeRelationsQuery, NodeRelationsQueryVariables>;
export const RelationCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RelationCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"RelationEnd"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RelationEnd"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RelationCandidatesQuery, RelationCandidatesQueryVariables>;
export const CreateRelationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRelation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sourceID"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"targetID"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"url"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"predicate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationPredicate"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sourceID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sourceID"}}},{"kind":"Argument","name":{"kind":"Name","value":"targetID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"targetID"}}},{"kind":"Argument","name":{"kind":"Name","value":"url"},"value":{"kind":"Variable","name":{"kind":"Name","value":"url"}}},{"kind":"Argument","name":{"kind":"Name","value":"predicate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"predicate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CreateRelationMutation, CreateRelationMutationVariables>;
export const DeleteRelationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRelation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRelation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteRelationMutation, DeleteRelationMutationVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"query"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"folderID"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"query"},"value":{"kind":"Variable","name":{"kind":"Name","value":"query"}}},{"kind":"Argument","name":{"kind":"Name","value":"folderID"},"value":{"kind":"Variable","name":{"kind":"Name","value":"folderID"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}}]}},{"kind":"Field","name":{"kind":"Name","value":"folder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"searchSnippet"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const SearchFolderDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchFolder"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<SearchFolderQuery, SearchFolderQueryVariables>;
export const SearchIndexHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchIndexHealth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"searchIndexed"}},{"kind":"Field","name":{"kind":"Name","value":"searchIndexTotal"}}]}}]}}]}}]} as unknown as DocumentNode<SearchIndexHealthQuery, SearchIndexHealthQueryVariables>;
export const TrashNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TrashNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trashNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrashStateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrashStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trashedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trashedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trashedAt"}}]}}]}}]} as unknown as DocumentNode<TrashNodeMutation, TrashNodeMutationVariables>;
export const RestoreNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrashStateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrashStateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Node"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Email"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trashedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmailFolder"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trashedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trashedAt"}}]}}]}}]} as unknown as DocumentNode<RestoreNodeMutation, RestoreNodeMutationVariables>;
export const DeleteNodePermanentlyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteNodePermanently"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteNodePermanently"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteNodePermanentlyMutation, DeleteNodePermanentlyMutationVariables>;
export const TrashedWorkspacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrashedWorkspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trashedWorkspaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"trashedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myPermission"}}]}}]}}]} as unknown as DocumentNode<TrashedWorkspacesQuery, TrashedWorkspacesQueryVariables>;
export const WorkspaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Workspace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"myPermission"}},{"kind":"Field","name":{"kind":"Name","value":"trashedAt"}},{"kind":"Field","name":{"kind":"Name","value":"emailFolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"protocol"}},{"kind":"Field","name":{"kind":"Name","value":"host"}},{"kind":"Field","name":{"kind":"Name","value":"port"}},{"kind":"Field","name":{"kind":"Name","value":"lastFetchAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastFetchError"}},{"kind":"Field","name":{"kind":"Name","value":"needsAttention"}},{"kind":"Field","name":{"kind":"Name","value":"push"}},{"kind":"Field","name":{"kind":"Name","value":"pushStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceQuery, WorkspaceQueryVariables>;
export const WorkspaceTrashDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkspaceTrash"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workspace"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trashedEmailFolders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"trashedAt"}},{"kind":"Field","name":{"kind":"Name","value":"myPermission"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkspaceTrashQuery, WorkspaceTrashQueryVariables>;
export const WorkspacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Workspaces"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Cursor"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workspaces"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"field"},"value":{"kind":"EnumValue","value":"TITLE"}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"ASC"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkspacesQuery, WorkspacesQueryVariables>;
export const CreateWorkspaceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorkspace"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkspaceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkspace"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<CreateWorkspaceMutation, CreateWorkspaceMutationVariables>;
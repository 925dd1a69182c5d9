/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      isAdmin\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Email($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Email {\n        id\n        messageID\n        subject\n        from {\n          name\n          address\n        }\n        replyTo {\n          name\n          address\n        }\n        to {\n          name\n          address\n        }\n        cc {\n          name\n          address\n        }\n        sentAt\n        importedAt\n        text\n        html\n        size\n        parseError\n        emlURL\n        attachments {\n          id\n          filename\n          contentType\n          size\n          url\n          contentID\n          inline\n        }\n        folder {\n          id\n          title\n          workspace {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.EmailDocument,
    "\n  fragment FolderSettings on EmailFolder {\n    id\n    title\n    email\n    username\n    protocol\n    host\n    port\n    socketFactoryFallback\n    socketFactoryPort\n    startTLS\n    sslProtocols\n    emailsLimit\n    mailbox\n    fetchIntervalMinutes\n    push\n    afterImport\n    moveTo\n    trustedCertificate\n    allowInsecureAuth\n    hasPassword\n    lastFetchAt\n    lastFetchError\n  }\n": typeof types.FolderSettingsFragmentDoc,
    "\n  mutation CreateEmailFolder($input: CreateEmailFolderInput!) {\n    createEmailFolder(input: $input) {\n      ...FolderSettings\n      workspace {\n        id\n      }\n    }\n  }\n": typeof types.CreateEmailFolderDocument,
    "\n  mutation UpdateEmailFolder($id: ID!, $input: UpdateEmailFolderInput!) {\n    updateEmailFolder(id: $id, input: $input) {\n      ...FolderSettings\n    }\n  }\n": typeof types.UpdateEmailFolderDocument,
    "\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      ok\n      error\n    }\n  }\n": typeof types.TestConnectionDocument,
    "\n  query Folder($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        ...FolderSettings\n        createdAt\n        workspace {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.FolderDocument,
    "\n  query FolderEmails($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: EmailOrder) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        emails(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              subject\n              from {\n                name\n                address\n              }\n              sentAt\n              attachmentCount\n              parseError\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FolderEmailsDocument,
    "\n  mutation FetchEmails($folderID: ID!) {\n    fetchEmails(folderID: $folderID) {\n      imported\n      duplicates\n      failed\n      remaining\n      error\n    }\n  }\n": typeof types.FetchEmailsDocument,
    "\n  subscription EmailAdded($folderID: ID!) {\n    emailAdded(folderID: $folderID) {\n      id\n      subject\n    }\n  }\n": typeof types.EmailAddedDocument,
    "\n  query Workspace($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Workspace {\n        id\n        title\n        description\n        emailFolders {\n          id\n          title\n          email\n          protocol\n          host\n          port\n          lastFetchAt\n          lastFetchError\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceDocument,
    "\n  query Workspaces($first: Int!, $after: Cursor) {\n    workspaces(first: $first, after: $after, orderBy: { field: TITLE, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.WorkspacesDocument,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      title\n      description\n      createdAt\n    }\n  }\n": typeof types.CreateWorkspaceDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      isAdmin\n    }\n  }\n": types.MeDocument,
    "\n  query Email($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Email {\n        id\n        messageID\n        subject\n        from {\n          name\n          address\n        }\n        replyTo {\n          name\n          address\n        }\n        to {\n          name\n          address\n        }\n        cc {\n          name\n          address\n        }\n        sentAt\n        importedAt\n        text\n        html\n        size\n        parseError\n        emlURL\n        attachments {\n          id\n          filename\n          contentType\n          size\n          url\n          contentID\n          inline\n        }\n        folder {\n          id\n          title\n          workspace {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.EmailDocument,
    "\n  fragment FolderSettings on EmailFolder {\n    id\n    title\n    email\n    username\n    protocol\n    host\n    port\n    socketFactoryFallback\n    socketFactoryPort\n    startTLS\n    sslProtocols\n    emailsLimit\n    mailbox\n    fetchIntervalMinutes\n    push\n    afterImport\n    moveTo\n    trustedCertificate\n    allowInsecureAuth\n    hasPassword\n    lastFetchAt\n    lastFetchError\n  }\n": types.FolderSettingsFragmentDoc,
    "\n  mutation CreateEmailFolder($input: CreateEmailFolderInput!) {\n    createEmailFolder(input: $input) {\n      ...FolderSettings\n      workspace {\n        id\n      }\n    }\n  }\n": types.CreateEmailFolderDocument,
    "\n  mutation UpdateEmailFolder($id: ID!, $input: UpdateEmailFolderInput!) {\n    updateEmailFolder(id: $id, input: $input) {\n      ...FolderSettings\n    }\n  }\n": types.UpdateEmailFolderDocument,
    "\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      ok\n      error\n    }\n  }\n": types.TestConnectionDocument,
    "\n  query Folder($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        ...FolderSettings\n        createdAt\n        workspace {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.FolderDocument,
    "\n  query FolderEmails($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: EmailOrder) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        emails(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              subject\n              from {\n                name\n                address\n              }\n              sentAt\n              attachmentCount\n              parseError\n            }\n          }\n        }\n      }\n    }\n  }\n": types.FolderEmailsDocument,
    "\n  mutation FetchEmails($folderID: ID!) {\n    fetchEmails(folderID: $folderID) {\n      imported\n      duplicates\n      failed\n      remaining\n      error\n    }\n  }\n": types.FetchEmailsDocument,
    "\n  subscription EmailAdded($folderID: ID!) {\n    emailAdded(folderID: $folderID) {\n      id\n      subject\n    }\n  }\n": types.EmailAddedDocument,
    "\n  query Workspace($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Workspace {\n        id\n        title\n        description\n        emailFolders {\n          id\n          title\n          email\n          protocol\n          host\n          port\n          lastFetchAt\n          lastFetchError\n        }\n      }\n    }\n  }\n": types.WorkspaceDocument,
    "\n  query Workspaces($first: Int!, $after: Cursor) {\n    workspaces(first: $first, after: $after, orderBy: { field: TITLE, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          createdAt\n        }\n      }\n    }\n  }\n": types.WorkspacesDocument,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      title\n      description\n      createdAt\n    }\n  }\n": types.CreateWorkspaceDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      isAdmin\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      isAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Email($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Email {\n        id\n        messageID\n        subject\n        from {\n          name\n          address\n        }\n        replyTo {\n          name\n          address\n        }\n        to {\n          name\n          address\n        }\n        cc {\n          name\n          address\n        }\n        sentAt\n        importedAt\n        text\n        html\n        size\n        parseError\n        emlURL\n        attachments {\n          id\n          filename\n          contentType\n          size\n          url\n          contentID\n          inline\n        }\n        folder {\n          id\n          title\n          workspace {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Email($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Email {\n        id\n        messageID\n        subject\n        from {\n          name\n          address\n        }\n        replyTo {\n          name\n          address\n        }\n        to {\n          name\n          address\n        }\n        cc {\n          name\n          address\n        }\n        sentAt\n        importedAt\n        text\n        html\n        size\n        parseError\n        emlURL\n        attachments {\n          id\n          filename\n          contentType\n          size\n          url\n          contentID\n          inline\n        }\n        folder {\n          id\n          title\n          workspace {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FolderSettings on EmailFolder {\n    id\n    title\n    email\n    username\n    protocol\n    host\n    port\n    socketFactoryFallback\n    socketFactoryPort\n    startTLS\n    sslProtocols\n    emailsLimit\n    mailbox\n    fetchIntervalMinutes\n    push\n    afterImport\n    moveTo\n    trustedCertificate\n    allowInsecureAuth\n    hasPassword\n    lastFetchAt\n    lastFetchError\n  }\n"): (typeof documents)["\n  fragment FolderSettings on EmailFolder {\n    id\n    title\n    email\n    username\n    protocol\n    host\n    port\n    socketFactoryFallback\n    socketFactoryPort\n    startTLS\n    sslProtocols\n    emailsLimit\n    mailbox\n    fetchIntervalMinutes\n    push\n    afterImport\n    moveTo\n    trustedCertificate\n    allowInsecureAuth\n    hasPassword\n    lastFetchAt\n    lastFetchError\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEmailFolder($input: CreateEmailFolderInput!) {\n    createEmailFolder(input: $input) {\n      ...FolderSettings\n      workspace {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEmailFolder($input: CreateEmailFolderInput!) {\n    createEmailFolder(input: $input) {\n      ...FolderSettings\n      workspace {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEmailFolder($id: ID!, $input: UpdateEmailFolderInput!) {\n    updateEmailFolder(id: $id, input: $input) {\n      ...FolderSettings\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEmailFolder($id: ID!, $input: UpdateEmailFolderInput!) {\n    updateEmailFolder(id: $id, input: $input) {\n      ...FolderSettings\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      ok\n      error\n    }\n  }\n"): (typeof documents)["\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      ok\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Folder($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        ...FolderSettings\n        createdAt\n        workspace {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Folder($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        ...FolderSettings\n        createdAt\n        workspace {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FolderEmails($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: EmailOrder) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        emails(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              subject\n              from {\n                name\n                address\n              }\n              sentAt\n              attachmentCount\n              parseError\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FolderEmails($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: EmailOrder) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        emails(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              id\n              subject\n              from {\n                name\n                address\n              }\n              sentAt\n              attachmentCount\n              parseError\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FetchEmails($folderID: ID!) {\n    fetchEmails(folderID: $folderID) {\n      imported\n      duplicates\n      failed\n      remaining\n      error\n    }\n  }\n"): (typeof documents)["\n  mutation FetchEmails($folderID: ID!) {\n    fetchEmails(folderID: $folderID) {\n      imported\n      duplicates\n      failed\n      remaining\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EmailAdded($folderID: ID!) {\n    emailAdded(folderID: $folderID) {\n      id\n      subject\n    }\n  }\n"): (typeof documents)["\n  subscription EmailAdded($folderID: ID!) {\n    emailAdded(folderID: $folderID) {\n      id\n      subject\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workspace($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Workspace {\n        id\n        title\n        description\n        emailFolders {\n          id\n          title\n          email\n          protocol\n          host\n          port\n          lastFetchAt\n          lastFetchError\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Workspace($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Workspace {\n        id\n        title\n        description\n        emailFolders {\n          id\n          title\n          email\n          protocol\n          host\n          port\n          lastFetchAt\n          lastFetchError\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workspaces($first: Int!, $after: Cursor) {\n    workspaces(first: $first, after: $after, orderBy: { field: TITLE, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          createdAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Workspaces($first: Int!, $after: Cursor) {\n    workspaces(first: $first, after: $after, orderBy: { field: TITLE, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          createdAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      title\n      description\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      title\n      description\n      createdAt\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
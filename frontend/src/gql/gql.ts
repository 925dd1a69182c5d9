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
    "\n  query OAuthApps {\n    oauthProviders {\n      id\n      name\n      kind\n      clientID\n      tenant\n      authURL\n      tokenURL\n      scopes\n      hasClientSecret\n    }\n    oauthRedirectURI\n  }\n": typeof types.OAuthAppsDocument,
    "\n  mutation AuthorizeEmailFolder($folderID: ID!) {\n    authorizeEmailFolder(folderID: $folderID)\n  }\n": typeof types.AuthorizeEmailFolderDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      isAdmin\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation ImportEmails($folderID: ID!, $files: [Upload!]!) {\n    importEmails(folderID: $folderID, files: $files) {\n      imported\n      duplicates\n      failed\n      remaining\n      error\n    }\n  }\n": typeof types.ImportEmailsDocument,
    "\n  query Folder($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        ...FolderSettings\n        createdAt\n        needsAttention\n        pushStatus {\n          state\n          error\n        }\n        myPermission\n        inheritanceBlocked\n        trashedAt\n        workspace {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.FolderDocument,
    "\n  subscription FolderActivity($folderID: ID!) {\n    folderActivity(folderID: $folderID) {\n      type\n      folderID\n      at\n      imported\n      duplicates\n      failed\n      remaining\n      error\n      email {\n        id\n        subject\n      }\n    }\n  }\n": typeof types.FolderActivityDocument,
    "\n  mutation FetchEmails($folderID: ID!) {\n    fetchEmails(folderID: $folderID) {\n      imported\n      duplicates\n      failed\n      remaining\n      error\n    }\n  }\n": typeof types.FetchEmailsDocument,
    "\n  fragment AccessEntryFields on AccessEntry {\n    id\n    permission\n    inherited\n    user {\n      id\n      username\n      displayName\n    }\n    group {\n      id\n      name\n    }\n  }\n": typeof types.AccessEntryFieldsFragmentDoc,
    "\n  query Access($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Workspace {\n        id\n        access {\n          ...AccessEntryFields\n        }\n      }\n      ... on EmailFolder {\n        id\n        inheritanceBlocked\n        access {\n          ...AccessEntryFields\n        }\n      }\n    }\n  }\n": typeof types.AccessDocument,
    "\n  query Principals {\n    users {\n      id\n      username\n      displayName\n      disabled\n    }\n    groups {\n      id\n      name\n    }\n  }\n": typeof types.PrincipalsDocument,
    "\n  mutation SetPermission($targetID: ID!, $principalID: ID!, $permission: Permission!) {\n    setPermission(targetID: $targetID, principalID: $principalID, permission: $permission) {\n      ...AccessEntryFields\n    }\n  }\n": typeof types.SetPermissionDocument,
    "\n  mutation RemovePermission($targetID: ID!, $principalID: ID!) {\n    removePermission(targetID: $targetID, principalID: $principalID)\n  }\n": typeof types.RemovePermissionDocument,
    "\n  mutation SetInheritance($targetID: ID!, $blocked: Boolean!) {\n    setInheritance(targetID: $targetID, blocked: $blocked) {\n      __typename\n      id\n      ... on EmailFolder {\n        inheritanceBlocked\n      }\n    }\n  }\n": typeof types.SetInheritanceDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query People {\n    users {\n      ...AdminUserFields\n    }\n    groups {\n      ...GroupRowFields\n      members {\n        username\n        displayName\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    updateUser(id: $id, input: { disabled: $disabled }) {\n      id\n      disabled\n    }\n  }\n": typeof types.SetUserDisabledDocument,
    "\n  query AlertDeliveries {\n    alertEmailSettings {\n      enabled\n      links\n    }\n    alertDeliveries(first: 50, failedOnly: true) {\n      totalCount\n      edges {\n        node {\n          id\n          digest\n          createdAt\n          attempts\n          nextAttemptAt\n          lastError\n          status\n          user {\n            id\n            username\n          }\n        }\n      }\n    }\n  }\n": typeof types.AlertDeliveriesDocument,
    "\n  query AlertPreference {\n    me {\n      id\n      email\n      alertPreference\n    }\n    alertEmailSettings {\n      enabled\n      links\n    }\n  }\n": typeof types.AlertPreferenceDocument,
    "\n  mutation SetAlertPreference($preference: AlertPreference!) {\n    setAlertPreference(preference: $preference) {\n      id\n      alertPreference\n    }\n  }\n": typeof types.SetAlertPreferenceDocument,
    "\n  query EmailAnnotations($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Email {\n        id\n        annotations {\n          id\n          exact\n          prefix\n          suffix\n          start\n          body\n          createdAt\n          author {\n            id\n            username\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.EmailAnnotationsDocument,
    "\n  mutation Annotate($emailID: ID!, $input: AnnotationInput!) {\n    annotate(emailID: $emailID, input: $input) {\n      id\n    }\n  }\n": typeof types.AnnotateDocument,
    "\n  mutation DeleteAnnotation($id: ID!) {\n    deleteAnnotation(id: $id)\n  }\n": typeof types.DeleteAnnotationDocument,
    "\n  query EmailCollab($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Email {\n        id\n        tags\n        trashedAt\n        folder {\n          id\n          myPermission\n          workspace {\n            id\n          }\n        }\n        comments {\n          ...CommentFields\n        }\n      }\n    }\n  }\n": typeof types.EmailCollabDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    text\n    createdAt\n    editedAt\n    deletedAt\n    author {\n      id\n      username\n      displayName\n    }\n    parent {\n      id\n    }\n    history {\n      text\n      replacedAt\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  query FolderComments($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        myPermission\n        trashedAt\n        comments {\n          ...CommentFields\n        }\n      }\n    }\n  }\n": typeof types.FolderCommentsDocument,
    "\n  mutation TagEmail($emailID: ID!, $tag: String!) {\n    tagEmail(emailID: $emailID, tag: $tag) {\n      id\n      tags\n    }\n  }\n": typeof types.TagEmailDocument,
    "\n  mutation UntagEmail($emailID: ID!, $tag: String!) {\n    untagEmail(emailID: $emailID, tag: $tag) {\n      id\n      tags\n    }\n  }\n": typeof types.UntagEmailDocument,
    "\n  query TagSuggestions($id: ID!, $prefix: String) {\n    node(id: $id) {\n      __typename\n      ... on Workspace {\n        id\n        tags(prefix: $prefix, first: 20)\n      }\n    }\n  }\n": typeof types.TagSuggestionsDocument,
    "\n  mutation AddComment($targetID: ID!, $text: String!, $parentID: ID) {\n    addComment(targetID: $targetID, text: $text, parentID: $parentID) {\n      id\n    }\n  }\n": typeof types.AddCommentDocument,
    "\n  mutation UpdateComment($id: ID!, $text: String!) {\n    updateComment(id: $id, text: $text) {\n      id\n      text\n      editedAt\n      history {\n        text\n        replacedAt\n      }\n    }\n  }\n": typeof types.UpdateCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": typeof types.DeleteCommentDocument,
    "\n  query Email($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Email {\n        id\n        messageID\n        subject\n        from {\n          name\n          address\n        }\n        replyTo {\n          name\n          address\n        }\n        to {\n          name\n          address\n        }\n        cc {\n          name\n          address\n        }\n        sentAt\n        importedAt\n        text\n        html\n        size\n        parseError\n        emlURL\n        trashedAt\n        ...EmailThreadFields\n        attachments {\n          id\n          filename\n          contentType\n          size\n          url\n          contentID\n          inline\n        }\n        folder {\n          id\n          title\n          myPermission\n          workspace {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.EmailDocument,
    "\n  fragment EmailRowFields on Email {\n    id\n    subject\n    from {\n      name\n      address\n    }\n    sentAt\n    importedAt\n    attachmentCount\n    parseError\n    tags\n  }\n": typeof types.EmailRowFieldsFragmentDoc,
    "\n  fragment EmailThreadFields on Email {\n    id\n    threadSize\n    thread {\n      id\n      subject\n      sentAt\n      from {\n        name\n        address\n      }\n      folder {\n        id\n        title\n      }\n    }\n  }\n": typeof types.EmailThreadFieldsFragmentDoc,
    "\n  query FolderRuns($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        fetchRuns(first: $first, orderBy: { direction: DESC, field: STARTED_AT }) {\n          totalCount\n          pageInfo {\n            hasNextPage\n          }\n          edges {\n            node {\n              ...FetchRunRow\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FolderRunsDocument,
    "\n  fragment FetchRunRow on FetchRun {\n    id\n    trigger\n    startedAt\n    finishedAt\n    imported\n    duplicates\n    failed\n    remaining\n    error\n    failures {\n      serverUID\n      reason\n    }\n  }\n": typeof types.FetchRunRowFragmentDoc,
    "\n  query FolderEmails($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: EmailOrder, $where: EmailWhereInput) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        emails(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              ...EmailRowFields\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FolderEmailsDocument,
    "\n  query FolderConversations($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        conversations(first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              ...EmailRowFields\n              threadSize\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FolderConversationsDocument,
    "\n  fragment FolderSettings on EmailFolder {\n    id\n    title\n    email\n    username\n    protocol\n    host\n    port\n    socketFactoryFallback\n    socketFactoryPort\n    startTLS\n    sslProtocols\n    emailsLimit\n    mailbox\n    fetchIntervalMinutes\n    push\n    afterImport\n    moveTo\n    trustedCertificate\n    allowInsecureAuth\n    hasPassword\n    authMethod\n    oauthProviderID\n    oauthConnected\n    oauthAccount\n    oauthProvider {\n      id\n      name\n      kind\n    }\n    lastFetchAt\n    lastFetchError\n  }\n": typeof types.FolderSettingsFragmentDoc,
    "\n  mutation CreateEmailFolder($input: CreateEmailFolderInput!) {\n    createEmailFolder(input: $input) {\n      ...FolderSettings\n      workspace {\n        id\n      }\n    }\n  }\n": typeof types.CreateEmailFolderDocument,
    "\n  mutation UpdateEmailFolder($id: ID!, $input: UpdateEmailFolderInput!) {\n    updateEmailFolder(id: $id, input: $input) {\n      ...FolderSettings\n    }\n  }\n": typeof types.UpdateEmailFolderDocument,
    "\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      ok\n      error\n    }\n  }\n": typeof types.TestConnectionDocument,
    "\n  fragment LedgerEntryFields on LedgerEntryConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        serverUID\n        uidValidity\n        messageID\n        outcome\n        email {\n          id\n          subject\n        }\n        duplicateOf {\n          id\n          subject\n        }\n        duplicateBy\n        reason\n        willRetry\n        at\n      }\n    }\n  }\n": typeof types.LedgerEntryFieldsFragmentDoc,
    "\n  query FolderReconciliation($id: ID!, $runID: ID!, $byRun: Boolean!, $first: Int!, $after: Cursor, $outcome: LedgerOutcome) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        ledgerCSVURL\n        reconciliation {\n          checkedAt\n          onServer\n          unreadOnServer\n          newOnServer\n          imported\n          duplicates\n          failed\n          purged\n          remaining\n          offered\n        }\n        ledger(first: $first, after: $after, outcome: $outcome) @skip(if: $byRun) {\n          ...LedgerEntryFields\n        }\n      }\n    }\n    run: node(id: $runID) @include(if: $byRun) {\n      __typename\n      ... on FetchRun {\n        id\n        startedAt\n        ledger(first: $first, after: $after, outcome: $outcome) {\n          ...LedgerEntryFields\n        }\n      }\n    }\n  }\n": typeof types.FolderReconciliationDocument,
    "\n  query FolderTrash($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        trashedEmails(first: $first) {\n          totalCount\n          pageInfo {\n            hasNextPage\n          }\n          edges {\n            node {\n              id\n              subject\n              from {\n                name\n                address\n              }\n              sentAt\n              trashedAt\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.FolderTrashDocument,
    "\n  mutation EmptyTrash($folderID: ID!) {\n    emptyTrash(folderID: $folderID)\n  }\n": typeof types.EmptyTrashDocument,
    "\n  query Followed($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Email {\n        followed\n      }\n      ... on EmailFolder {\n        followed\n      }\n      ... on Workspace {\n        followed\n      }\n    }\n  }\n": typeof types.FollowedDocument,
    "\n  mutation Subscribe($targetID: ID!) {\n    subscribe(targetID: $targetID) {\n      id\n      target {\n        id\n        ... on Email {\n          followed\n        }\n        ... on EmailFolder {\n          followed\n        }\n        ... on Workspace {\n          followed\n        }\n      }\n    }\n  }\n": typeof types.SubscribeDocument,
    "\n  mutation Unsubscribe($targetID: ID!) {\n    unsubscribe(targetID: $targetID)\n  }\n": typeof types.UnsubscribeDocument,
    "\n  fragment FollowedTarget on Node {\n    __typename\n    id\n    ... on Workspace {\n      title\n    }\n    ... on EmailFolder {\n      title\n      workspace {\n        id\n        title\n      }\n    }\n    ... on Email {\n      subject\n      folder {\n        id\n        title\n      }\n    }\n  }\n": typeof types.FollowedTargetFragmentDoc,
    "\n  query Following($first: Int!, $after: Cursor) {\n    alertSubscriptions(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          createdAt\n          target {\n            ...FollowedTarget\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.FollowingDocument,
    "\n  mutation Unfollow($targetID: ID!) {\n    unsubscribe(targetID: $targetID)\n  }\n": typeof types.UnfollowDocument,
    "\n  fragment HistoryEntryRow on HistoryEntry {\n    id\n    kind\n    text\n    at\n    actor {\n      id\n      username\n      displayName\n    }\n    fetchRun {\n      id\n      trigger\n    }\n  }\n": typeof types.HistoryEntryRowFragmentDoc,
    "\n  query History($id: ID!, $first: Int) {\n    node(id: $id) {\n      id\n      ... on Email {\n        history(first: $first) {\n          totalCount\n          edges {\n            node {\n              ...HistoryEntryRow\n            }\n          }\n        }\n      }\n      ... on EmailFolder {\n        history(first: $first) {\n          totalCount\n          edges {\n            node {\n              ...HistoryEntryRow\n            }\n          }\n        }\n      }\n      ... on Workspace {\n        history(first: $first) {\n          totalCount\n          edges {\n            node {\n              ...HistoryEntryRow\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.HistoryDocument,
    "\n  fragment NotificationRow on Notification {\n    id\n    kind\n    text\n    createdAt\n    read\n    actor {\n      id\n      username\n    }\n    target {\n      __typename\n      id\n    }\n  }\n": typeof types.NotificationRowFragmentDoc,
    "\n  query Notifications($first: Int) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...NotificationRow\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationRow\n    }\n  }\n": typeof types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation CreateOAuthApp($input: CreateOAuthProviderInput!) {\n    createOAuthProvider(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateOAuthAppDocument,
    "\n  mutation DeleteOAuthApp($id: ID!) {\n    deleteOAuthProvider(id: $id)\n  }\n": typeof types.DeleteOAuthAppDocument,
    "\n  fragment UserRowFields on User {\n    id\n    username\n    displayName\n    email\n    isAdmin\n    disabled\n  }\n": typeof types.UserRowFieldsFragmentDoc,
    "\n  fragment AdminUserFields on User {\n    ...UserRowFields\n    createdAt\n  }\n": typeof types.AdminUserFieldsFragmentDoc,
    "\n  fragment GroupRowFields on Group {\n    id\n    name\n    members {\n      id\n    }\n  }\n": typeof types.GroupRowFieldsFragmentDoc,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation ResetPassword($userID: ID!, $password: String!) {\n    resetPassword(userID: $userID, password: $password)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation UpdateGroup($id: ID!, $input: UpdateGroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  fragment RelationEnd on Node {\n    __typename\n    id\n    ... on Email {\n      subject\n      folder {\n        id\n        title\n      }\n    }\n    ... on EmailFolder {\n      title\n    }\n    ... on Workspace {\n      title\n    }\n  }\n": typeof types.RelationEndFragmentDoc,
    "\n  fragment RelationSourceLevel on Node {\n    ... on Email {\n      folder {\n        id\n        myPermission\n      }\n    }\n    ... on EmailFolder {\n      myPermission\n    }\n    ... on Workspace {\n      myPermission\n    }\n  }\n": typeof types.RelationSourceLevelFragmentDoc,
    "\n  fragment RelationRow on Relation {\n    id\n    predicate\n    url\n    createdAt\n    createdBy {\n      id\n      username\n    }\n    source {\n      id\n      ...RelationEnd\n      ...RelationSourceLevel\n    }\n    target {\n      id\n      ...RelationEnd\n    }\n  }\n": typeof types.RelationRowFragmentDoc,
    "\n  query NodeRelations($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Email {\n        relations {\n          ...RelationRow\n        }\n      }\n      ... on EmailFolder {\n        relations {\n          ...RelationRow\n        }\n      }\n      ... on Workspace {\n        relations {\n          ...RelationRow\n        }\n      }\n    }\n  }\n": typeof types.NodeRelationsDocument,
    "\n  query RelationCandidates($query: String!) {\n    relationCandidates(query: $query, first: 8) {\n      id\n      ...RelationEnd\n    }\n  }\n": typeof types.RelationCandidatesDocument,
    "\n  mutation CreateRelation($sourceID: ID!, $targetID: ID, $url: String, $predicate: RelationPredicate!) {\n    createRelation(sourceID: $sourceID, targetID: $targetID, url: $url, predicate: $predicate) {\n      id\n    }\n  }\n": typeof types.CreateRelationDocument,
    "\n  mutation DeleteRelation($id: ID!) {\n    deleteRelation(id: $id)\n  }\n": typeof types.DeleteRelationDocument,
    "\n  query Search($query: String!, $folderID: ID, $first: Int, $after: Cursor) {\n    search(query: $query, folderID: $folderID, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          subject\n          sentAt\n          from {\n            name\n            address\n          }\n          folder {\n            id\n            title\n          }\n          searchSnippet\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query SearchFolder($id: ID!) {\n    node(id: $id) {\n      ... on EmailFolder {\n        id\n        title\n      }\n    }\n  }\n": typeof types.SearchFolderDocument,
    "\n  query SearchIndexHealth($id: ID!) {\n    node(id: $id) {\n      ... on EmailFolder {\n        id\n        searchIndexed\n        searchIndexTotal\n      }\n    }\n  }\n": typeof types.SearchIndexHealthDocument,
    "\n  fragment TrashStateFields on Node {\n    __typename\n    id\n    ... on Email {\n      trashedAt\n    }\n    ... on EmailFolder {\n      trashedAt\n    }\n    ... on Workspace {\n      trashedAt\n    }\n  }\n": typeof types.TrashStateFieldsFragmentDoc,
    "\n  mutation TrashNode($id: ID!) {\n    trashNode(id: $id) {\n      ...TrashStateFields\n    }\n  }\n": typeof types.TrashNodeDocument,
    "\n  mutation RestoreNode($id: ID!) {\n    restoreNode(id: $id) {\n      ...TrashStateFields\n    }\n  }\n": typeof types.RestoreNodeDocument,
    "\n  mutation DeleteNodePermanently($id: ID!) {\n    deleteNodePermanently(id: $id)\n  }\n": typeof types.DeleteNodePermanentlyDocument,
    "\n  query TrashedWorkspaces {\n    trashedWorkspaces {\n      id\n      title\n      description\n      trashedAt\n      myPermission\n    }\n  }\n": typeof types.TrashedWorkspacesDocument,
    "\n  query Workspace($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Workspace {\n        id\n        title\n        description\n        myPermission\n        trashedAt\n        emailFolders {\n          id\n          title\n          email\n          protocol\n          host\n          port\n          lastFetchAt\n          lastFetchError\n          needsAttention\n          push\n          pushStatus {\n            state\n          }\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceDocument,
    "\n  query WorkspaceTrash($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Workspace {\n        id\n        trashedEmailFolders {\n          id\n          title\n          email\n          trashedAt\n          myPermission\n        }\n      }\n    }\n  }\n": typeof types.WorkspaceTrashDocument,
    "\n  query Workspaces($first: Int!, $after: Cursor) {\n    workspaces(first: $first, after: $after, orderBy: { field: TITLE, direction: ASC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          description\n          createdAt\n        }\n      }\n    }\n  }\n": typeof types.WorkspacesDocument,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      title\n      description\n      createdAt\n    }\n  }\n": typeof types.CreateWorkspaceDocument,
};
const documents: Documents = {
    "\n  query OAuthApps {\n    oauthProviders {\n      id\n      name\n      kind\n      clientID\n      tenant\n      authURL\n      tokenURL\n      scopes\n      hasClientSecret\n    }\n    oauthRedirectURI\n  }\n": types.OAuthAppsDocument,
    "\n  mutation AuthorizeEmailFolder($folderID: ID!) {\n    authorizeEmailFolder(folderID: $folderID)\n  }\n": types.AuthorizeEmailFolderDocument,
    "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      isAdmin\n    }\n  }\n": types.MeDocument,
    "\n  mutation ImportEmails($folderID: ID!, $files: [Upload!]!) {\n    importEmails(folderID: $folderID, files: $files) {\n      imported\n      duplicates\n      failed\n      remaining\n      error\n    }\n  }\n": types.ImportEmailsDocument,
    "\n  query Folder($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        ...FolderSettings\n        createdAt\n        needsAttention\n        pushStatus {\n          state\n          error\n        }\n        myPermission\n        inheritanceBlocked\n        trashedAt\n        workspace {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.FolderDocument,
    "\n  subscription FolderActivity($folderID: ID!) {\n    folderActivity(folderID: $folderID) {\n      type\n      folderID\n      at\n      imported\n      duplicates\n      failed\n      remaining\n      error\n      email {\n        id\n        subject\n      }\n    }\n  }\n": types.FolderActivityDocument,
    "\n  mutation FetchEmails($folderID: ID!) {\n    fetchEmails(folderID: $folderID) {\n      imported\n      duplicates\n      failed\n      remaining\n      error\n    }\n  }\n": types.FetchEmailsDocument,
    "\n  fragment AccessEntryFields on AccessEntry {\n    id\n    permission\n    inherited\n    user {\n      id\n      username\n      displayName\n    }\n    group {\n      id\n      name\n    }\n  }\n": types.AccessEntryFieldsFragmentDoc,
    "\n  query Access($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Workspace {\n        id\n        access {\n          ...AccessEntryFields\n        }\n      }\n      ... on EmailFolder {\n        id\n        inheritanceBlocked\n        access {\n          ...AccessEntryFields\n        }\n      }\n    }\n  }\n": types.AccessDocument,
    "\n  query Principals {\n    users {\n      id\n      username\n      displayName\n      disabled\n    }\n    groups {\n      id\n      name\n    }\n  }\n": types.PrincipalsDocument,
    "\n  mutation SetPermission($targetID: ID!, $principalID: ID!, $permission: Permission!) {\n    setPermission(targetID: $targetID, principalID: $principalID, permission: $permission) {\n      ...AccessEntryFields\n    }\n  }\n": types.SetPermissionDocument,
    "\n  mutation RemovePermission($targetID: ID!, $principalID: ID!) {\n    removePermission(targetID: $targetID, principalID: $principalID)\n  }\n": types.RemovePermissionDocument,
    "\n  mutation SetInheritance($targetID: ID!, $blocked: Boolean!) {\n    setInheritance(targetID: $targetID, blocked: $blocked) {\n      __typename\n      id\n      ... on EmailFolder {\n        inheritanceBlocked\n      }\n    }\n  }\n": types.SetInheritanceDocument,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  query People {\n    users {\n      ...AdminUserFields\n    }\n    groups {\n      ...GroupRowFields\n      members {\n        username\n        displayName\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    updateUser(id: $id, input: { disabled: $disabled }) {\n      id\n      disabled\n    }\n  }\n": types.SetUserDisabledDocument,
    "\n  query AlertDeliveries {\n    alertEmailSettings {\n      enabled\n      links\n    }\n    alertDeliveries(first: 50, failedOnly: true) {\n      totalCount\n      edges {\n        node {\n          id\n          digest\n          createdAt\n          attempts\n          nextAttemptAt\n          lastError\n          status\n          user {\n            id\n            username\n          }\n        }\n      }\n    }\n  }\n": types.AlertDeliveriesDocument,
    "\n  query AlertPreference {\n    me {\n      id\n      email\n      alertPreference\n    }\n    alertEmailSettings {\n      enabled\n      links\n    }\n  }\n": types.AlertPreferenceDocument,
    "\n  mutation SetAlertPreference($preference: AlertPreference!) {\n    setAlertPreference(preference: $preference) {\n      id\n      alertPreference\n    }\n  }\n": types.SetAlertPreferenceDocument,
    "\n  query EmailAnnotations($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Email {\n        id\n        annotations {\n          id\n          exact\n          prefix\n          suffix\n          start\n          body\n          createdAt\n          author {\n            id\n            username\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.EmailAnnotationsDocument,
    "\n  mutation Annotate($emailID: ID!, $input: AnnotationInput!) {\n    annotate(emailID: $emailID, input: $input) {\n      id\n    }\n  }\n": types.AnnotateDocument,
    "\n  mutation DeleteAnnotation($id: ID!) {\n    deleteAnnotation(id: $id)\n  }\n": types.DeleteAnnotationDocument,
    "\n  query EmailCollab($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Email {\n        id\n        tags\n        trashedAt\n        folder {\n          id\n          myPermission\n          workspace {\n            id\n          }\n        }\n        comments {\n          ...CommentFields\n        }\n      }\n    }\n  }\n": types.EmailCollabDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    text\n    createdAt\n    editedAt\n    deletedAt\n    author {\n      id\n      username\n      displayName\n    }\n    parent {\n      id\n    }\n    history {\n      text\n      replacedAt\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  query FolderComments($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        myPermission\n        trashedAt\n        comments {\n          ...CommentFields\n        }\n      }\n    }\n  }\n": types.FolderCommentsDocument,
    "\n  mutation TagEmail($emailID: ID!, $tag: String!) {\n    tagEmail(emailID: $emailID, tag: $tag) {\n      id\n      tags\n    }\n  }\n": types.TagEmailDocument,
    "\n  mutation UntagEmail($emailID: ID!, $tag: String!) {\n    untagEmail(emailID: $emailID, tag: $tag) {\n      id\n      tags\n    }\n  }\n": types.UntagEmailDocument,
    "\n  query TagSuggestions($id: ID!, $prefix: String) {\n    node(id: $id) {\n      __typename\n      ... on Workspace {\n        id\n        tags(prefix: $prefix, first: 20)\n      }\n    }\n  }\n": types.TagSuggestionsDocument,
    "\n  mutation AddComment($targetID: ID!, $text: String!, $parentID: ID) {\n    addComment(targetID: $targetID, text: $text, parentID: $parentID) {\n      id\n    }\n  }\n": types.AddCommentDocument,
    "\n  mutation UpdateComment($id: ID!, $text: String!) {\n    updateComment(id: $id, text: $text) {\n      id\n      text\n      editedAt\n      history {\n        text\n        replacedAt\n      }\n    }\n  }\n": types.UpdateCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n": types.DeleteCommentDocument,
    "\n  query Email($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Email {\n        id\n        messageID\n        subject\n        from {\n          name\n          address\n        }\n        replyTo {\n          name\n          address\n        }\n        to {\n          name\n          address\n        }\n        cc {\n          name\n          address\n        }\n        sentAt\n        importedAt\n        text\n        html\n        size\n        parseError\n        emlURL\n        trashedAt\n        ...EmailThreadFields\n        attachments {\n          id\n          filename\n          contentType\n          size\n          url\n          contentID\n          inline\n        }\n        folder {\n          id\n          title\n          myPermission\n          workspace {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n": types.EmailDocument,
    "\n  fragment EmailRowFields on Email {\n    id\n    subject\n    from {\n      name\n      address\n    }\n    sentAt\n    importedAt\n    attachmentCount\n    parseError\n    tags\n  }\n": types.EmailRowFieldsFragmentDoc,
    "\n  fragment EmailThreadFields on Email {\n    id\n    threadSize\n    thread {\n      id\n      subject\n      sentAt\n      from {\n        name\n        address\n      }\n      folder {\n        id\n        title\n      }\n    }\n  }\n": types.EmailThreadFieldsFragmentDoc,
    "\n  query FolderRuns($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        fetchRuns(first: $first, orderBy: { direction: DESC, field: STARTED_AT }) {\n          totalCount\n          pageInfo {\n            hasNextPage\n          }\n          edges {\n            node {\n              ...FetchRunRow\n            }\n          }\n        }\n      }\n    }\n  }\n": types.FolderRunsDocument,
    "\n  fragment FetchRunRow on FetchRun {\n    id\n    trigger\n    startedAt\n    finishedAt\n    imported\n    duplicates\n    failed\n    remaining\n    error\n    failures {\n      serverUID\n      reason\n    }\n  }\n": types.FetchRunRowFragmentDoc,
    "\n  query FolderEmails($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: EmailOrder, $where: EmailWhereInput) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        emails(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              ...EmailRowFields\n            }\n          }\n        }\n      }\n    }\n  }\n": types.FolderEmailsDocument,
    "\n  query FolderConversations($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        conversations(first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              ...EmailRowFields\n              threadSize\n            }\n          }\n        }\n      }\n    }\n  }\n": types.FolderConversationsDocument,
    "\n  fragment FolderSettings on EmailFolder {\n    id\n    title\n    email\n    username\n    protocol\n    host\n    port\n    socketFactoryFallback\n    socketFactoryPort\n    startTLS\n    sslProtocols\n    emailsLimit\n    mailbox\n    fetchIntervalMinutes\n    push\n    afterImport\n    moveTo\n    trustedCertificate\n    allowInsecureAuth\n    hasPassword\n    authMethod\n    oauthProviderID\n    oauthConnected\n    oauthAccount\n    oauthProvider {\n      id\n      name\n      kind\n    }\n    lastFetchAt\n    lastFetchError\n  }\n": types.FolderSettingsFragmentDoc,
    "\n  mutation CreateEmailFolder($input: CreateEmailFolderInput!) {\n    createEmailFolder(input: $input) {\n      ...FolderSettings\n      workspace {\n        id\n      }\n    }\n  }\n": types.CreateEmailFolderDocument,
    "\n  mutation UpdateEmailFolder($id: ID!, $input: UpdateEmailFolderInput!) {\n    updateEmailFolder(id: $id, input: $input) {\n      ...FolderSettings\n    }\n  }\n": types.UpdateEmailFolderDocument,
    "\n  mutation TestConnection($input: TestConnectionInput!) {\n    testConnection(input: $input) {\n      ok\n      error\n    }\n  }\n": types.TestConnectionDocument,
    "\n  fragment LedgerEntryFields on LedgerEntryConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        serverUID\n        uidValidity\n        messageID\n        outcome\n        email {\n          id\n          subject\n        }\n        duplicateOf {\n          id\n          subject\n        }\n        duplicateBy\n        reason\n        willRetry\n        at\n      }\n    }\n  }\n": types.LedgerEntryFieldsFragmentDoc,
    "\n  query FolderReconciliation($id: ID!, $runID: ID!, $byRun: Boolean!, $first: Int!, $after: Cursor, $outcome: LedgerOutcome) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        ledgerCSVURL\n        reconciliation {\n          checkedAt\n          onServer\n          unreadOnServer\n          newOnServer\n          imported\n          duplicates\n          failed\n          purged\n          remaining\n          offered\n        }\n        ledger(first: $first, after: $after, outcome: $outcome) @skip(if: $byRun) {\n          ...LedgerEntryFields\n        }\n      }\n    }\n    run: node(id: $runID) @include(if: $byRun) {\n      __typename\n      ... on FetchRun {\n        id\n        startedAt\n        ledger(first: $first, after: $after, outcome: $outcome) {\n          ...LedgerEntryFields\n        }\n      }\n    }\n  }\n": types.FolderReconciliationDocument,
    "\n  query FolderTrash($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        trashedEmails(first: $first) {\n          totalCount\n          pageInfo {\n            hasNextPage\n          }\n          edges {\n            node {\n              id\n              subject\n              from {\n                name\n                address\n              }\n              sentAt\n              trashedAt\n            }\n          }\n        }\n      }\n    }\n  }\n": types.FolderTrashDocument,
    "\n  mutation EmptyTrash($folderID: ID!) {\n    emptyTrash(folderID: $folderID)\n  }\n": types.EmptyTrashDocument,
    "\n  query Followed($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Email {\n        followed\n      }\n      ... on EmailFolder {\n        followed\n      }\n      ... on Workspace {\n        followed\n      }\n    }\n  }\n": types.FollowedDocument,
    "\n  mutation Subscribe($targetID: ID!) {\n    subscribe(targetID: $targetID) {\n      id\n      target {\n        id\n        ... on Email {\n          followed\n        }\n        ... on EmailFolder {\n          followed\n        }\n        ... on Workspace {\n          followed\n        }\n      }\n    }\n  }\n": types.SubscribeDocument,
    "\n  mutation Unsubscribe($targetID: ID!) {\n    unsubscribe(targetID: $targetID)\n  }\n": types.UnsubscribeDocument,
    "\n  fragment FollowedTarget on Node {\n    __typename\n    id\n    ... on Workspace {\n      title\n    }\n    ... on EmailFolder {\n      title\n      workspace {\n        id\n        title\n      }\n    }\n    ... on Email {\n      subject\n      folder {\n        id\n        title\n      }\n    }\n  }\n": types.FollowedTargetFragmentDoc,
    "\n  query Following($first: Int!, $after: Cursor) {\n    alertSubscriptions(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          createdAt\n          target {\n            ...FollowedTarget\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.FollowingDocument,
    "\n  mutation Unfollow($targetID: ID!) {\n    unsubscribe(targetID: $targetID)\n  }\n": types.UnfollowDocument,
    "\n  fragment HistoryEntryRow on HistoryEntry {\n    id\n    kind\n    text\n    at\n    actor {\n      id\n      username\n      displayName\n    }\n    fetchRun {\n      id\n      trigger\n    }\n  }\n": types.HistoryEntryRowFragmentDoc,
    "\n  query History($id: ID!, $first: Int) {\n    node(id: $id) {\n      id\n      ... on Email {\n        history(first: $first) {\n          totalCount\n          edges {\n            node {\n              ...HistoryEntryRow\n            }\n          }\n        }\n      }\n      ... on EmailFolder {\n        history(first: $first) {\n          totalCount\n          edges {\n            node {\n              ...HistoryEntryRow\n            }\n          }\n        }\n      }\n      ... on Workspace {\n        history(first: $first) {\n          totalCount\n          edges {\n            node {\n              ...HistoryEntryRow\n            }\n          }\n        }\n      }\n    }\n  }\n": types.HistoryDocument,
    "\n  fragment NotificationRow on Notification {\n    id\n    kind\n    text\n    createdAt\n    read\n    actor {\n      id\n      username\n    }\n    target {\n      __typename\n      id\n    }\n  }\n": types.NotificationRowFragmentDoc,
    "\n  query Notifications($first: Int) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...NotificationRow\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationRow\n    }\n  }\n": types.NotificationAddedDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation CreateOAuthApp($input: CreateOAuthProviderInput!) {\n    createOAuthProvider(input: $input) {\n      id\n    }\n  }\n": types.CreateOAuthAppDocument,
    "\n  mutation DeleteOAuthApp($id: ID!) {\n    deleteOAuthProvider(id: $id)\n  }\n": types.DeleteOAuthAppDocument,
    "\n  fragment UserRowFields on User {\n    id\n    username\n    displayName\n    email\n    isAdmin\n    disabled\n  }\n": types.UserRowFieldsFragmentDoc,
    "\n  fragment AdminUserFields on User {\n    ...UserRowFields\n    createdAt\n  }\n": types.AdminUserFieldsFragmentDoc,
    "\n  fragment GroupRowFields on Group {\n    id\n    name\n    members {\n      id\n    }\n  }\n": types.GroupRowFieldsFragmentDoc,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation ResetPassword($userID: ID!, $password: String!) {\n    resetPassword(userID: $userID, password: $password)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation UpdateGroup($id: ID!, $input: UpdateGroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  fragment RelationEnd on Node {\n    __typename\n    id\n    ... on Email {\n      subject\n      folder {\n        id\n        title\n      }\n    }\n    ... on EmailFolder {\n      title\n    }\n    ... on Workspace {\n      title\n    }\n  }\n": types.RelationEndFragmentDoc,
    "\n  fragment RelationSourceLevel on Node {\n    ... on Email {\n      folder {\n        id\n        myPermission\n      }\n    }\n    ... on EmailFolder {\n      myPermission\n    }\n    ... on Workspace {\n      myPermission\n    }\n  }\n": types.RelationSourceLevelFragmentDoc,
    "\n  fragment RelationRow on Relation {\n    id\n    predicate\n    url\n    createdAt\n    createdBy {\n      id\n      username\n    }\n    source {\n      id\n      ...RelationEnd\n      ...RelationSourceLevel\n    }\n    target {\n      id\n      ...RelationEnd\n    }\n  }\n": types.RelationRowFragmentDoc,
    "\n  query NodeRelations($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Email {\n        relations {\n          ...RelationRow\n        }\n      }\n      ... on EmailFolder {\n        relations {\n          ...RelationRow\n        }\n      }\n      ... on Workspace {\n        relations {\n          ...RelationRow\n        }\n      }\n    }\n  }\n": types.NodeRelationsDocument,
    "\n  query RelationCandidates($query: String!) {\n    relationCandidates(query: $query, first: 8) {\n      id\n      ...RelationEnd\n    }\n  }\n": types.RelationCandidatesDocument,
    "\n  mutation CreateRelation($sourceID: ID!, $targetID: ID, $url: String, $predicate: RelationPredicate!) {\n    createRelation(sourceID: $sourceID, targetID: $targetID, url: $url, predicate: $predicate) {\n      id\n    }\n  }\n": types.CreateRelationDocument,
    "\n  mutation DeleteRelation($id: ID!) {\n    deleteRelation(id: $id)\n  }\n": types.DeleteRelationDocument,
    "\n  query Search($query: String!, $folderID: ID, $first: Int, $after: Cursor) {\n    search(query: $query, folderID: $folderID, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          subject\n          sentAt\n          from {\n            name\n            address\n          }\n          folder {\n            id\n            title\n          }\n          searchSnippet\n        }\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query SearchFolder($id: ID!) {\n    node(id: $id) {\n      ... on EmailFolder {\n        id\n        title\n      }\n    }\n  }\n": types.SearchFolderDocument,
    "\n  query SearchIndexHealth($id: ID!) {\n    node(id: $id) {\n      ... on EmailFolder {\n        id\n        searchIndexed\n        searchIndexTotal\n      }\n    }\n  }\n": types.SearchIndexHealthDocument,
    "\n  fragment TrashStateFields on Node {\n    __typename\n    id\n    ... on Email {\n      trashedAt\n    }\n    ... on EmailFolder {\n      trashedAt\n    }\n    ... on Workspace {\n      trashedAt\n    }\n  }\n": types.TrashStateFieldsFragmentDoc,
    "\n  mutation TrashNode($id: ID!) {\n    trashNode(id: $id) {\n      ...TrashStateFields\n    }\n  }\n": types.TrashNodeDocument,
    "\n  mutation RestoreNode($id: ID!) {\n    restoreNode(id: $id) {\n      ...TrashStateFields\n    }\n  }\n": types.RestoreNodeDocument,
    "\n  mutation DeleteNodePermanently($id: ID!) {\n    deleteNodePermanently(id: $id)\n  }\n": types.DeleteNodePermanentlyDocument,
    "\n  query TrashedWorkspaces {\n    trashedWorkspaces {\n      id\n      title\n      description\n      trashedAt\n      myPermission\n    }\n  }\n": types.TrashedWorkspacesDocument,
    "\n  query Workspace($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Workspace {\n        id\n        title\n        description\n        myPermission\n        trashedAt\n        emailFolders {\n          id\n          title\n          email\n          protocol\n          host\n          port\n          lastFetchAt\n          lastFetchError\n          needsAttention\n          push\n          pushStatus {\n            state\n          }\n        }\n      }\n    }\n  }\n": types.WorkspaceDocument,
    "\n  query WorkspaceTrash($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Workspace {\n        id\n        trashedEmailFolders {\n          id\n          title\n          email\n          trashedAt\n          myPermission\n        }\n      }\n    }\n  }\n": types.WorkspaceTrashDocument,
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
export function graphql(source: "\n  query OAuthApps {\n    oauthProviders {\n      id\n      name\n      kind\n      clientID\n      tenant\n      authURL\n      tokenURL\n      scopes\n      hasClientSecret\n    }\n    oauthRedirectURI\n  }\n"): (typeof documents)["\n  query OAuthApps {\n    oauthProviders {\n      id\n      name\n      kind\n      clientID\n      tenant\n      authURL\n      tokenURL\n      scopes\n      hasClientSecret\n    }\n    oauthRedirectURI\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizeEmailFolder($folderID: ID!) {\n    authorizeEmailFolder(folderID: $folderID)\n  }\n"): (typeof documents)["\n  mutation AuthorizeEmailFolder($folderID: ID!) {\n    authorizeEmailFolder(folderID: $folderID)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      username\n      displayName\n      isAdmin\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      username\n      displayName\n      isAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportEmails($folderID: ID!, $files: [Upload!]!) {\n    importEmails(folderID: $folderID, files: $files) {\n      imported\n      duplicates\n      failed\n      remaining\n      error\n    }\n  }\n"): (typeof documents)["\n  mutation ImportEmails($folderID: ID!, $files: [Upload!]!) {\n    importEmails(folderID: $folderID, files: $files) {\n      imported\n      duplicates\n      failed\n      remaining\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Folder($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        ...FolderSettings\n        createdAt\n        needsAttention\n        pushStatus {\n          state\n          error\n        }\n        myPermission\n        inheritanceBlocked\n        trashedAt\n        workspace {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Folder($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        ...FolderSettings\n        createdAt\n        needsAttention\n        pushStatus {\n          state\n          error\n        }\n        myPermission\n        inheritanceBlocked\n        trashedAt\n        workspace {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FolderActivity($folderID: ID!) {\n    folderActivity(folderID: $folderID) {\n      type\n      folderID\n      at\n      imported\n      duplicates\n      failed\n      remaining\n      error\n      email {\n        id\n        subject\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription FolderActivity($folderID: ID!) {\n    folderActivity(folderID: $folderID) {\n      type\n      folderID\n      at\n      imported\n      duplicates\n      failed\n      remaining\n      error\n      email {\n        id\n        subject\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FetchEmails($folderID: ID!) {\n    fetchEmails(folderID: $folderID) {\n      imported\n      duplicates\n      failed\n      remaining\n      error\n    }\n  }\n"): (typeof documents)["\n  mutation FetchEmails($folderID: ID!) {\n    fetchEmails(folderID: $folderID) {\n      imported\n      duplicates\n      failed\n      remaining\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccessEntryFields on AccessEntry {\n    id\n    permission\n    inherited\n    user {\n      id\n      username\n      displayName\n    }\n    group {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment AccessEntryFields on AccessEntry {\n    id\n    permission\n    inherited\n    user {\n      id\n      username\n      displayName\n    }\n    group {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Access($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Workspace {\n        id\n        access {\n          ...AccessEntryFields\n        }\n      }\n      ... on EmailFolder {\n        id\n        inheritanceBlocked\n        access {\n          ...AccessEntryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Access($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Workspace {\n        id\n        access {\n          ...AccessEntryFields\n        }\n      }\n      ... on EmailFolder {\n        id\n        inheritanceBlocked\n        access {\n          ...AccessEntryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Principals {\n    users {\n      id\n      username\n      displayName\n      disabled\n    }\n    groups {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query Principals {\n    users {\n      id\n      username\n      displayName\n      disabled\n    }\n    groups {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPermission($targetID: ID!, $principalID: ID!, $permission: Permission!) {\n    setPermission(targetID: $targetID, principalID: $principalID, permission: $permission) {\n      ...AccessEntryFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetPermission($targetID: ID!, $principalID: ID!, $permission: Permission!) {\n    setPermission(targetID: $targetID, principalID: $principalID, permission: $permission) {\n      ...AccessEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePermission($targetID: ID!, $principalID: ID!) {\n    removePermission(targetID: $targetID, principalID: $principalID)\n  }\n"): (typeof documents)["\n  mutation RemovePermission($targetID: ID!, $principalID: ID!) {\n    removePermission(targetID: $targetID, principalID: $principalID)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetInheritance($targetID: ID!, $blocked: Boolean!) {\n    setInheritance(targetID: $targetID, blocked: $blocked) {\n      __typename\n      id\n      ... on EmailFolder {\n        inheritanceBlocked\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetInheritance($targetID: ID!, $blocked: Boolean!) {\n    setInheritance(targetID: $targetID, blocked: $blocked) {\n      __typename\n      id\n      ... on EmailFolder {\n        inheritanceBlocked\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People {\n    users {\n      ...AdminUserFields\n    }\n    groups {\n      ...GroupRowFields\n      members {\n        username\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query People {\n    users {\n      ...AdminUserFields\n    }\n    groups {\n      ...GroupRowFields\n      members {\n        username\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    updateUser(id: $id, input: { disabled: $disabled }) {\n      id\n      disabled\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserDisabled($id: ID!, $disabled: Boolean!) {\n    updateUser(id: $id, input: { disabled: $disabled }) {\n      id\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertDeliveries {\n    alertEmailSettings {\n      enabled\n      links\n    }\n    alertDeliveries(first: 50, failedOnly: true) {\n      totalCount\n      edges {\n        node {\n          id\n          digest\n          createdAt\n          attempts\n          nextAttemptAt\n          lastError\n          status\n          user {\n            id\n            username\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AlertDeliveries {\n    alertEmailSettings {\n      enabled\n      links\n    }\n    alertDeliveries(first: 50, failedOnly: true) {\n      totalCount\n      edges {\n        node {\n          id\n          digest\n          createdAt\n          attempts\n          nextAttemptAt\n          lastError\n          status\n          user {\n            id\n            username\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AlertPreference {\n    me {\n      id\n      email\n      alertPreference\n    }\n    alertEmailSettings {\n      enabled\n      links\n    }\n  }\n"): (typeof documents)["\n  query AlertPreference {\n    me {\n      id\n      email\n      alertPreference\n    }\n    alertEmailSettings {\n      enabled\n      links\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAlertPreference($preference: AlertPreference!) {\n    setAlertPreference(preference: $preference) {\n      id\n      alertPreference\n    }\n  }\n"): (typeof documents)["\n  mutation SetAlertPreference($preference: AlertPreference!) {\n    setAlertPreference(preference: $preference) {\n      id\n      alertPreference\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailAnnotations($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Email {\n        id\n        annotations {\n          id\n          exact\n          prefix\n          suffix\n          start\n          body\n          createdAt\n          author {\n            id\n            username\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailAnnotations($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Email {\n        id\n        annotations {\n          id\n          exact\n          prefix\n          suffix\n          start\n          body\n          createdAt\n          author {\n            id\n            username\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Annotate($emailID: ID!, $input: AnnotationInput!) {\n    annotate(emailID: $emailID, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation Annotate($emailID: ID!, $input: AnnotationInput!) {\n    annotate(emailID: $emailID, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAnnotation($id: ID!) {\n    deleteAnnotation(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteAnnotation($id: ID!) {\n    deleteAnnotation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EmailCollab($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Email {\n        id\n        tags\n        trashedAt\n        folder {\n          id\n          myPermission\n          workspace {\n            id\n          }\n        }\n        comments {\n          ...CommentFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EmailCollab($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Email {\n        id\n        tags\n        trashedAt\n        folder {\n          id\n          myPermission\n          workspace {\n            id\n          }\n        }\n        comments {\n          ...CommentFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    text\n    createdAt\n    editedAt\n    deletedAt\n    author {\n      id\n      username\n      displayName\n    }\n    parent {\n      id\n    }\n    history {\n      text\n      replacedAt\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    text\n    createdAt\n    editedAt\n    deletedAt\n    author {\n      id\n      username\n      displayName\n    }\n    parent {\n      id\n    }\n    history {\n      text\n      replacedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FolderComments($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        myPermission\n        trashedAt\n        comments {\n          ...CommentFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FolderComments($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        myPermission\n        trashedAt\n        comments {\n          ...CommentFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TagEmail($emailID: ID!, $tag: String!) {\n    tagEmail(emailID: $emailID, tag: $tag) {\n      id\n      tags\n    }\n  }\n"): (typeof documents)["\n  mutation TagEmail($emailID: ID!, $tag: String!) {\n    tagEmail(emailID: $emailID, tag: $tag) {\n      id\n      tags\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UntagEmail($emailID: ID!, $tag: String!) {\n    untagEmail(emailID: $emailID, tag: $tag) {\n      id\n      tags\n    }\n  }\n"): (typeof documents)["\n  mutation UntagEmail($emailID: ID!, $tag: String!) {\n    untagEmail(emailID: $emailID, tag: $tag) {\n      id\n      tags\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TagSuggestions($id: ID!, $prefix: String) {\n    node(id: $id) {\n      __typename\n      ... on Workspace {\n        id\n        tags(prefix: $prefix, first: 20)\n      }\n    }\n  }\n"): (typeof documents)["\n  query TagSuggestions($id: ID!, $prefix: String) {\n    node(id: $id) {\n      __typename\n      ... on Workspace {\n        id\n        tags(prefix: $prefix, first: 20)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddComment($targetID: ID!, $text: String!, $parentID: ID) {\n    addComment(targetID: $targetID, text: $text, parentID: $parentID) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddComment($targetID: ID!, $text: String!, $parentID: ID) {\n    addComment(targetID: $targetID, text: $text, parentID: $parentID) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateComment($id: ID!, $text: String!) {\n    updateComment(id: $id, text: $text) {\n      id\n      text\n      editedAt\n      history {\n        text\n        replacedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateComment($id: ID!, $text: String!) {\n    updateComment(id: $id, text: $text) {\n      id\n      text\n      editedAt\n      history {\n        text\n        replacedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Email($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Email {\n        id\n        messageID\n        subject\n        from {\n          name\n          address\n        }\n        replyTo {\n          name\n          address\n        }\n        to {\n          name\n          address\n        }\n        cc {\n          name\n          address\n        }\n        sentAt\n        importedAt\n        text\n        html\n        size\n        parseError\n        emlURL\n        trashedAt\n        ...EmailThreadFields\n        attachments {\n          id\n          filename\n          contentType\n          size\n          url\n          contentID\n          inline\n        }\n        folder {\n          id\n          title\n          myPermission\n          workspace {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Email($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Email {\n        id\n        messageID\n        subject\n        from {\n          name\n          address\n        }\n        replyTo {\n          name\n          address\n        }\n        to {\n          name\n          address\n        }\n        cc {\n          name\n          address\n        }\n        sentAt\n        importedAt\n        text\n        html\n        size\n        parseError\n        emlURL\n        trashedAt\n        ...EmailThreadFields\n        attachments {\n          id\n          filename\n          contentType\n          size\n          url\n          contentID\n          inline\n        }\n        folder {\n          id\n          title\n          myPermission\n          workspace {\n            id\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmailRowFields on Email {\n    id\n    subject\n    from {\n      name\n      address\n    }\n    sentAt\n    importedAt\n    attachmentCount\n    parseError\n    tags\n  }\n"): (typeof documents)["\n  fragment EmailRowFields on Email {\n    id\n    subject\n    from {\n      name\n      address\n    }\n    sentAt\n    importedAt\n    attachmentCount\n    parseError\n    tags\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmailThreadFields on Email {\n    id\n    threadSize\n    thread {\n      id\n      subject\n      sentAt\n      from {\n        name\n        address\n      }\n      folder {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EmailThreadFields on Email {\n    id\n    threadSize\n    thread {\n      id\n      subject\n      sentAt\n      from {\n        name\n        address\n      }\n      folder {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FolderRuns($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        fetchRuns(first: $first, orderBy: { direction: DESC, field: STARTED_AT }) {\n          totalCount\n          pageInfo {\n            hasNextPage\n          }\n          edges {\n            node {\n              ...FetchRunRow\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FolderRuns($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        fetchRuns(first: $first, orderBy: { direction: DESC, field: STARTED_AT }) {\n          totalCount\n          pageInfo {\n            hasNextPage\n          }\n          edges {\n            node {\n              ...FetchRunRow\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FetchRunRow on FetchRun {\n    id\n    trigger\n    startedAt\n    finishedAt\n    imported\n    duplicates\n    failed\n    remaining\n    error\n    failures {\n      serverUID\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment FetchRunRow on FetchRun {\n    id\n    trigger\n    startedAt\n    finishedAt\n    imported\n    duplicates\n    failed\n    remaining\n    error\n    failures {\n      serverUID\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FolderEmails($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: EmailOrder, $where: EmailWhereInput) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        emails(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              ...EmailRowFields\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FolderEmails($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor, $orderBy: EmailOrder, $where: EmailWhereInput) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        emails(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, where: $where) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              ...EmailRowFields\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FolderConversations($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        conversations(first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              ...EmailRowFields\n              threadSize\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FolderConversations($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        conversations(first: $first, after: $after, last: $last, before: $before) {\n          totalCount\n          pageInfo {\n            hasNextPage\n            hasPreviousPage\n            startCursor\n            endCursor\n          }\n          edges {\n            cursor\n            node {\n              ...EmailRowFields\n              threadSize\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FolderSettings on EmailFolder {\n    id\n    title\n    email\n    username\n    protocol\n    host\n    port\n    socketFactoryFallback\n    socketFactoryPort\n    startTLS\n    sslProtocols\n    emailsLimit\n    mailbox\n    fetchIntervalMinutes\n    push\n    afterImport\n    moveTo\n    trustedCertificate\n    allowInsecureAuth\n    hasPassword\n    authMethod\n    oauthProviderID\n    oauthConnected\n    oauthAccount\n    oauthProvider {\n      id\n      name\n      kind\n    }\n    lastFetchAt\n    lastFetchError\n  }\n"): (typeof documents)["\n  fragment FolderSettings on EmailFolder {\n    id\n    title\n    email\n    username\n    protocol\n    host\n    port\n    socketFactoryFallback\n    socketFactoryPort\n    startTLS\n    sslProtocols\n    emailsLimit\n    mailbox\n    fetchIntervalMinutes\n    push\n    afterImport\n    moveTo\n    trustedCertificate\n    allowInsecureAuth\n    hasPassword\n    authMethod\n    oauthProviderID\n    oauthConnected\n    oauthAccount\n    oauthProvider {\n      id\n      name\n      kind\n    }\n    lastFetchAt\n    lastFetchError\n  }\n"];
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
export function graphql(source: "\n  fragment LedgerEntryFields on LedgerEntryConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        serverUID\n        uidValidity\n        messageID\n        outcome\n        email {\n          id\n          subject\n        }\n        duplicateOf {\n          id\n          subject\n        }\n        duplicateBy\n        reason\n        willRetry\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LedgerEntryFields on LedgerEntryConnection {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    edges {\n      cursor\n      node {\n        serverUID\n        uidValidity\n        messageID\n        outcome\n        email {\n          id\n          subject\n        }\n        duplicateOf {\n          id\n          subject\n        }\n        duplicateBy\n        reason\n        willRetry\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FolderReconciliation($id: ID!, $runID: ID!, $byRun: Boolean!, $first: Int!, $after: Cursor, $outcome: LedgerOutcome) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        ledgerCSVURL\n        reconciliation {\n          checkedAt\n          onServer\n          unreadOnServer\n          newOnServer\n          imported\n          duplicates\n          failed\n          purged\n          remaining\n          offered\n        }\n        ledger(first: $first, after: $after, outcome: $outcome) @skip(if: $byRun) {\n          ...LedgerEntryFields\n        }\n      }\n    }\n    run: node(id: $runID) @include(if: $byRun) {\n      __typename\n      ... on FetchRun {\n        id\n        startedAt\n        ledger(first: $first, after: $after, outcome: $outcome) {\n          ...LedgerEntryFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FolderReconciliation($id: ID!, $runID: ID!, $byRun: Boolean!, $first: Int!, $after: Cursor, $outcome: LedgerOutcome) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        ledgerCSVURL\n        reconciliation {\n          checkedAt\n          onServer\n          unreadOnServer\n          newOnServer\n          imported\n          duplicates\n          failed\n          purged\n          remaining\n          offered\n        }\n        ledger(first: $first, after: $after, outcome: $outcome) @skip(if: $byRun) {\n          ...LedgerEntryFields\n        }\n      }\n    }\n    run: node(id: $runID) @include(if: $byRun) {\n      __typename\n      ... on FetchRun {\n        id\n        startedAt\n        ledger(first: $first, after: $after, outcome: $outcome) {\n          ...LedgerEntryFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FolderTrash($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        trashedEmails(first: $first) {\n          totalCount\n          pageInfo {\n            hasNextPage\n          }\n          edges {\n            node {\n              id\n              subject\n              from {\n                name\n                address\n              }\n              sentAt\n              trashedAt\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FolderTrash($id: ID!, $first: Int!) {\n    node(id: $id) {\n      __typename\n      ... on EmailFolder {\n        id\n        trashedEmails(first: $first) {\n          totalCount\n          pageInfo {\n            hasNextPage\n          }\n          edges {\n            node {\n              id\n              subject\n              from {\n                name\n                address\n              }\n              sentAt\n              trashedAt\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EmptyTrash($folderID: ID!) {\n    emptyTrash(folderID: $folderID)\n  }\n"): (typeof documents)["\n  mutation EmptyTrash($folderID: ID!) {\n    emptyTrash(folderID: $folderID)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Followed($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Email {\n        followed\n      }\n      ... on EmailFolder {\n        followed\n      }\n      ... on Workspace {\n        followed\n      }\n    }\n  }\n"): (typeof documents)["\n  query Followed($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Email {\n        followed\n      }\n      ... on EmailFolder {\n        followed\n      }\n      ... on Workspace {\n        followed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Subscribe($targetID: ID!) {\n    subscribe(targetID: $targetID) {\n      id\n      target {\n        id\n        ... on Email {\n          followed\n        }\n        ... on EmailFolder {\n          followed\n        }\n        ... on Workspace {\n          followed\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Subscribe($targetID: ID!) {\n    subscribe(targetID: $targetID) {\n      id\n      target {\n        id\n        ... on Email {\n          followed\n        }\n        ... on EmailFolder {\n          followed\n        }\n        ... on Workspace {\n          followed\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unsubscribe($targetID: ID!) {\n    unsubscribe(targetID: $targetID)\n  }\n"): (typeof documents)["\n  mutation Unsubscribe($targetID: ID!) {\n    unsubscribe(targetID: $targetID)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FollowedTarget on Node {\n    __typename\n    id\n    ... on Workspace {\n      title\n    }\n    ... on EmailFolder {\n      title\n      workspace {\n        id\n        title\n      }\n    }\n    ... on Email {\n      subject\n      folder {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment FollowedTarget on Node {\n    __typename\n    id\n    ... on Workspace {\n      title\n    }\n    ... on EmailFolder {\n      title\n      workspace {\n        id\n        title\n      }\n    }\n    ... on Email {\n      subject\n      folder {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Following($first: Int!, $after: Cursor) {\n    alertSubscriptions(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          createdAt\n          target {\n            ...FollowedTarget\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Following($first: Int!, $after: Cursor) {\n    alertSubscriptions(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          createdAt\n          target {\n            ...FollowedTarget\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfollow($targetID: ID!) {\n    unsubscribe(targetID: $targetID)\n  }\n"): (typeof documents)["\n  mutation Unfollow($targetID: ID!) {\n    unsubscribe(targetID: $targetID)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment HistoryEntryRow on HistoryEntry {\n    id\n    kind\n    text\n    at\n    actor {\n      id\n      username\n      displayName\n    }\n    fetchRun {\n      id\n      trigger\n    }\n  }\n"): (typeof documents)["\n  fragment HistoryEntryRow on HistoryEntry {\n    id\n    kind\n    text\n    at\n    actor {\n      id\n      username\n      displayName\n    }\n    fetchRun {\n      id\n      trigger\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query History($id: ID!, $first: Int) {\n    node(id: $id) {\n      id\n      ... on Email {\n        history(first: $first) {\n          totalCount\n          edges {\n            node {\n              ...HistoryEntryRow\n            }\n          }\n        }\n      }\n      ... on EmailFolder {\n        history(first: $first) {\n          totalCount\n          edges {\n            node {\n              ...HistoryEntryRow\n            }\n          }\n        }\n      }\n      ... on Workspace {\n        history(first: $first) {\n          totalCount\n          edges {\n            node {\n              ...HistoryEntryRow\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query History($id: ID!, $first: Int) {\n    node(id: $id) {\n      id\n      ... on Email {\n        history(first: $first) {\n          totalCount\n          edges {\n            node {\n              ...HistoryEntryRow\n            }\n          }\n        }\n      }\n      ... on EmailFolder {\n        history(first: $first) {\n          totalCount\n          edges {\n            node {\n              ...HistoryEntryRow\n            }\n          }\n        }\n      }\n      ... on Workspace {\n        history(first: $first) {\n          totalCount\n          edges {\n            node {\n              ...HistoryEntryRow\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationRow on Notification {\n    id\n    kind\n    text\n    createdAt\n    read\n    actor {\n      id\n      username\n    }\n    target {\n      __typename\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment NotificationRow on Notification {\n    id\n    kind\n    text\n    createdAt\n    read\n    actor {\n      id\n      username\n    }\n    target {\n      __typename\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...NotificationRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int) {\n    unreadNotificationCount\n    notifications(first: $first) {\n      totalCount\n      edges {\n        node {\n          ...NotificationRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationRow\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationAdded {\n    notificationAdded {\n      ...NotificationRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]) {\n    markNotificationsRead(ids: $ids)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOAuthApp($input: CreateOAuthProviderInput!) {\n    createOAuthProvider(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOAuthApp($input: CreateOAuthProviderInput!) {\n    createOAuthProvider(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOAuthApp($id: ID!) {\n    deleteOAuthProvider(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteOAuthApp($id: ID!) {\n    deleteOAuthProvider(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserRowFields on User {\n    id\n    username\n    displayName\n    email\n    isAdmin\n    disabled\n  }\n"): (typeof documents)["\n  fragment UserRowFields on User {\n    id\n    username\n    displayName\n    email\n    isAdmin\n    disabled\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserFields on User {\n    ...UserRowFields\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AdminUserFields on User {\n    ...UserRowFields\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GroupRowFields on Group {\n    id\n    name\n    members {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment GroupRowFields on Group {\n    id\n    name\n    members {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($id: ID!, $input: UpdateUserInput!) {\n    updateUser(id: $id, input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($userID: ID!, $password: String!) {\n    resetPassword(userID: $userID, password: $password)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($userID: ID!, $password: String!) {\n    resetPassword(userID: $userID, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($id: ID!, $input: UpdateGroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($id: ID!, $input: UpdateGroupInput!) {\n    updateGroup(id: $id, input: $input) {\n      id\n      name\n      members {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelationEnd on Node {\n    __typename\n    id\n    ... on Email {\n      subject\n      folder {\n        id\n        title\n      }\n    }\n    ... on EmailFolder {\n      title\n    }\n    ... on Workspace {\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment RelationEnd on Node {\n    __typename\n    id\n    ... on Email {\n      subject\n      folder {\n        id\n        title\n      }\n    }\n    ... on EmailFolder {\n      title\n    }\n    ... on Workspace {\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelationSourceLevel on Node {\n    ... on Email {\n      folder {\n        id\n        myPermission\n      }\n    }\n    ... on EmailFolder {\n      myPermission\n    }\n    ... on Workspace {\n      myPermission\n    }\n  }\n"): (typeof documents)["\n  fragment RelationSourceLevel on Node {\n    ... on Email {\n      folder {\n        id\n        myPermission\n      }\n    }\n    ... on EmailFolder {\n      myPermission\n    }\n    ... on Workspace {\n      myPermission\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RelationRow on Relation {\n    id\n    predicate\n    url\n    createdAt\n    createdBy {\n      id\n      username\n    }\n    source {\n      id\n      ...RelationEnd\n      ...RelationSourceLevel\n    }\n    target {\n      id\n      ...RelationEnd\n    }\n  }\n"): (typeof documents)["\n  fragment RelationRow on Relation {\n    id\n    predicate\n    url\n    createdAt\n    createdBy {\n      id\n      username\n    }\n    source {\n      id\n      ...RelationEnd\n      ...RelationSourceLevel\n    }\n    target {\n      id\n      ...RelationEnd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeRelations($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Email {\n        relations {\n          ...RelationRow\n        }\n      }\n      ... on EmailFolder {\n        relations {\n          ...RelationRow\n        }\n      }\n      ... on Workspace {\n        relations {\n          ...RelationRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeRelations($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      ... on Email {\n        relations {\n          ...RelationRow\n        }\n      }\n      ... on EmailFolder {\n        relations {\n          ...RelationRow\n        }\n      }\n      ... on Workspace {\n        relations {\n          ...RelationRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelationCandidates($query: String!) {\n    relationCandidates(query: $query, first: 8) {\n      id\n      ...RelationEnd\n    }\n  }\n"): (typeof documents)["\n  query RelationCandidates($query: String!) {\n    relationCandidates(query: $query, first: 8) {\n      id\n      ...RelationEnd\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRelation($sourceID: ID!, $targetID: ID, $url: String, $predicate: RelationPredicate!) {\n    createRelation(sourceID: $sourceID, targetID: $targetID, url: $url, predicate: $predicate) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRelation($sourceID: ID!, $targetID: ID, $url: String, $predicate: RelationPredicate!) {\n    createRelation(sourceID: $sourceID, targetID: $targetID, url: $url, predicate: $predicate) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRelation($id: ID!) {\n    deleteRelation(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteRelation($id: ID!) {\n    deleteRelation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $folderID: ID, $first: Int, $after: Cursor) {\n    search(query: $query, folderID: $folderID, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          subject\n          sentAt\n          from {\n            name\n            address\n          }\n          folder {\n            id\n            title\n          }\n          searchSnippet\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $folderID: ID, $first: Int, $after: Cursor) {\n    search(query: $query, folderID: $folderID, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          subject\n          sentAt\n          from {\n            name\n            address\n          }\n          folder {\n            id\n            title\n          }\n          searchSnippet\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchFolder($id: ID!) {\n    node(id: $id) {\n      ... on EmailFolder {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchFolder($id: ID!) {\n    node(id: $id) {\n      ... on EmailFolder {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchIndexHealth($id: ID!) {\n    node(id: $id) {\n      ... on EmailFolder {\n        id\n        searchIndexed\n        searchIndexTotal\n      }\n    }\n  }\n"): (typeof documents)["\n  query SearchIndexHealth($id: ID!) {\n    node(id: $id) {\n      ... on EmailFolder {\n        id\n        searchIndexed\n        searchIndexTotal\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrashStateFields on Node {\n    __typename\n    id\n    ... on Email {\n      trashedAt\n    }\n    ... on EmailFolder {\n      trashedAt\n    }\n    ... on Workspace {\n      trashedAt\n    }\n  }\n"): (typeof documents)["\n  fragment TrashStateFields on Node {\n    __typename\n    id\n    ... on Email {\n      trashedAt\n    }\n    ... on EmailFolder {\n      trashedAt\n    }\n    ... on Workspace {\n      trashedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TrashNode($id: ID!) {\n    trashNode(id: $id) {\n      ...TrashStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation TrashNode($id: ID!) {\n    trashNode(id: $id) {\n      ...TrashStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreNode($id: ID!) {\n    restoreNode(id: $id) {\n      ...TrashStateFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreNode($id: ID!) {\n    restoreNode(id: $id) {\n      ...TrashStateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNodePermanently($id: ID!) {\n    deleteNodePermanently(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteNodePermanently($id: ID!) {\n    deleteNodePermanently(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrashedWorkspaces {\n    trashedWorkspaces {\n      id\n      title\n      description\n      trashedAt\n      myPermission\n    }\n  }\n"): (typeof documents)["\n  query TrashedWorkspaces {\n    trashedWorkspaces {\n      id\n      title\n      description\n      trashedAt\n      myPermission\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Workspace($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Workspace {\n        id\n        title\n        description\n        myPermission\n        trashedAt\n        emailFolders {\n          id\n          title\n          email\n          protocol\n          host\n          port\n          lastFetchAt\n          lastFetchError\n          needsAttention\n          push\n          pushStatus {\n            state\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Workspace($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Workspace {\n        id\n        title\n        description\n        myPermission\n        trashedAt\n        emailFolders {\n          id\n          title\n          email\n          protocol\n          host\n          port\n          lastFetchAt\n          lastFetchError\n          needsAttention\n          push\n          pushStatus {\n            state\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceTrash($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Workspace {\n        id\n        trashedEmailFolders {\n          id\n          title\n          email\n          trashedAt\n          myPermission\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceTrash($id: ID!) {\n    node(id: $id) {\n      __typename\n      ... on Workspace {\n        id\n        trashedEmailFolders {\n          id\n          title\n          email\n          trashedAt\n          myPermission\n        }\n      }\n    }\n  }\n"];
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
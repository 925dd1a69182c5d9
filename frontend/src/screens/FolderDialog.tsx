import { useMutation, useQuery } from 'urql';
import { Modal } from '../components/Modal';
import { graphql } from '../gql';
import type { FolderSettingsFragment } from '../gql/graphql';
import { apiErrors, type ApiErrors } from '../lib/errors';
import { defaultValues, folderFields, toCreateInput, toTestInput, toUpdateInput, valuesFromFolder, type FolderFormValues } from '../lib/folderForm';
import { OAuthAppsDocument } from '../lib/oauth';
import { FolderForm, type TestOutcome } from './FolderForm';

export const FolderSettings = graphql(`
  fragment FolderSettings on EmailFolder {
    id
    title
    email
    username
    protocol
    host
    port
    socketFactoryFallback
    socketFactoryPort
    startTLS
    sslProtocols
    emailsLimit
    mailbox
    fetchIntervalMinutes
    push
    afterImport
    moveTo
    trustedCertificate
    allowInsecureAuth
    hasPassword
    authMethod
    oauthProviderID
    oauthConnected
    oauthAccount
    oauthProvider {
      id
      name
      kind
    }
    lastFetchAt
    lastFetchError
  }
`);

const CreateEmailFolderDocument = graphql(`
  mutation CreateEmailFolder($input: CreateEmailFolderInput!) {
    createEmailFolder(input: $input) {
      ...FolderSettings
      workspace {
        id
      }
    }
  }
`);

const UpdateEmailFolderDocument = graphql(`
  mutation UpdateEmailFolder($id: ID!, $input: UpdateEmailFolderInput!) {
    updateEmailFolder(id: $id, input: $input) {
      ...FolderSettings
    }
  }
`);

const TestConnectionDocument = graphql(`
  mutation TestConnection($input: TestConnectionInput!) {
    testConnection(input: $input) {
      ok
      error
    }
  }
`);

type Props =
  | { mode: 'create'; workspaceID: string; onClose(): void; onSaved(folderID: string): void }
  | { mode: 'edit'; folder: FolderSettingsFragment; onClose(): void; onSaved(folderID: string): void };

/** The "Email folder" modal: create a folder in a workspace, or edit one. */
export function FolderDialog(props: Props) {
  const [, create] = useMutation(CreateEmailFolderDocument);
  const [, update] = useMutation(UpdateEmailFolderDocument);
  const [, testConnection] = useMutation(TestConnectionDocument);
  const [{ data: apps }] = useQuery({ query: OAuthAppsDocument });
  const folderID = props.mode === 'edit' ? props.folder.id : undefined;

  async function onSubmit(v: FolderFormValues): Promise<ApiErrors | undefined> {
    if (props.mode === 'create') {
      const res = await create({ input: toCreateInput(v, props.workspaceID) });
      if (res.error || !res.data) return apiErrors(res.error, folderFields);
      props.onSaved(res.data.createEmailFolder.id);
      return undefined;
    }
    const res = await update({ id: props.folder.id, input: toUpdateInput(v) });
    if (res.error || !res.data) return apiErrors(res.error, folderFields);
    props.onSaved(res.data.updateEmailFolder.id);
    return undefined;
  }

  async function onTest(v: FolderFormValues): Promise<TestOutcome> {
    const res = await testConnection({ input: toTestInput(v, folderID) });
    if (res.data?.testConnection.ok) return { ok: true };
    if (res.data) return { ok: false, message: res.data.testConnection.error ?? undefined };
    const e = apiErrors(res.error, folderFields);
    const first = Object.values(e.fields)[0];
    return { ok: false, message: e.message ?? first, fields: e.fields };
  }

  return (
    <Modal title={props.mode === 'create' ? 'New email folder' : `Edit ${props.folder.title}`} onClose={props.onClose} wide>
      <FolderForm
        mode={props.mode}
        initial={props.mode === 'create' ? defaultValues() : valuesFromFolder(props.folder)}
        hasPassword={props.mode === 'edit' ? props.folder.hasPassword : undefined}
        oauthApps={apps?.oauthProviders}
        onSubmit={onSubmit}
        onTest={onTest}
        onCancel={props.onClose}
      />
    </Modal>
  );
}

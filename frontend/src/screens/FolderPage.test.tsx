import { cleanup, render, screen } from '@testing-library/react';
import { MemoryRouter, Routes } from 'react-router';
import { Provider } from 'urql';
import { describe, expect, it } from 'vitest';
import type { Permission } from '../gql/graphql';
import { fakeClient } from '../test/fakeClient';
import { folderRoutes, folderURL, type FolderTab } from './FolderPage';

const folder = (myPermission: Permission, extra: Record<string, unknown> = {}) => ({
  __typename: 'EmailFolder',
  id: 'F1',
  title: 'Support inbox',
  email: 'alice@example.com',
  username: '',
  protocol: 'IMAPS',
  host: 'imap.example.com',
  port: 993,
  socketFactoryFallback: true,
  socketFactoryPort: 0,
  startTLS: true,
  sslProtocols: 'TLSv1.2 TLSv1.3',
  emailsLimit: 100,
  mailbox: 'INBOX',
  fetchIntervalMinutes: 30,
  push: true,
  afterImport: 'MARK_SEEN',
  moveTo: '',
  trustedCertificate: '',
  allowInsecureAuth: false,
  hasPassword: true,
  lastFetchAt: null,
  lastFetchError: null,
  createdAt: '2026-11-25T10:00:00Z',
  needsAttention: false,
  pushStatus: { __typename: 'PushStatus', state: 'WATCHING', error: null },
  myPermission,
  inheritanceBlocked: false,
  trashedAt: null,
  workspace: { __typename: 'Workspace', id: 'W1', title: 'Customer support' },
  ...extra,
});

function setup(f: ReturnType<typeof folder>, tab: FolderTab = 'parameters') {
  const fake = fakeClient({ Folder: () => ({ data: { node: f } }) });
  render(
    <Provider value={fake.client}>
      <MemoryRouter initialEntries={[folderURL('F1', tab)]}>
        <Routes>{folderRoutes}</Routes>
      </MemoryRouter>
    </Provider>,
  );
}

const button = (name: string) => screen.queryByRole('button', { name });
const tab = (name: string) => screen.queryByRole('link', { name });

describe('what the folder page offers, by permission', () => {
  it('READ: see only — no Check email, Edit, trash or Permissions', () => {
    setup(folder('READ'));
    expect(screen.getByRole('heading', { level: 1, name: 'Support inbox' })).toBeInTheDocument();
    expect(button('Check email')).toBeNull();
    expect(button('Edit')).toBeNull();
    expect(button('Move to trash')).toBeNull();
    expect(button('Edit parameters')).toBeNull();
    expect(tab('Permissions')).toBeNull();
    for (const t of ['Content', 'Activity', 'Trash', 'Parameters']) expect(tab(t)).toBeInTheDocument();
  });

  it('WRITE: check email and trash, but no settings or permissions', () => {
    setup(folder('WRITE'));
    expect(button('Check email')).toBeInTheDocument();
    expect(button('Move to trash')).toBeInTheDocument();
    expect(button('Edit')).toBeNull();
    expect(tab('Permissions')).toBeNull();
  });

  it('MANAGE: everything', () => {
    setup(folder('MANAGE'));
    for (const b of ['Check email', 'Edit', 'Move to trash', 'Edit parameters']) expect(button(b)).toBeInTheDocument();
    expect(tab('Permissions')).toBeInTheDocument();
  });

  it('shows the push state and the paused state that needs the user', () => {
    setup(folder('MANAGE', { needsAttention: true, lastFetchError: 'the server refused the password', pushStatus: { __typename: 'PushStatus', state: 'FAILED', error: 'the server refused the password' } }));
    expect(screen.getByText('Push unavailable: the server refused the password')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Automatic checks are paused until the settings are fixed. the server refused the password');
    expect(button('Fix the settings')).toBeInTheDocument();
  });

  it('tells a reader who can fix a paused folder', () => {
    setup(folder('READ', { needsAttention: true, lastFetchError: 'the certificate is not trusted' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Ask someone who manages this folder to fix its settings.');
    expect(button('Fix the settings')).toBeNull();
  });

  it('offers restore for a folder in the trash, and no check', () => {
    setup(folder('MANAGE', { trashedAt: '2026-11-25T10:00:00Z' }));
    expect(screen.getByRole('note')).toHaveTextContent('This folder is in the trash');
    expect(button('Restore')).toBeInTheDocument();
    expect(button('Delete permanently')).toBeInTheDocument();
    expect(button('Check email')).toBeNull();
  });
});

describe('the folder tabs are nested routes', () => {
  function at(url: string) {
    const fake = fakeClient({ Folder: () => ({ data: { node: folder('MANAGE') } }) });
    render(
      <Provider value={fake.client}>
        <MemoryRouter initialEntries={[url]}>
          <Routes>{folderRoutes}</Routes>
        </MemoryRouter>
      </Provider>,
    );
  }

  it('opens the tab its URL names, and marks it', () => {
    at('/folders/F1/parameters');
    expect(screen.getByRole('region', { name: 'Parameters' })).toHaveTextContent('Stored (encrypted)');
    expect(tab('Parameters')).toHaveAttribute('aria-current', 'page');
    expect(tab('Content')).not.toHaveAttribute('aria-current');
  });

  it('leads the older /settings and /content URLs to their tabs', () => {
    at('/folders/F1/settings');
    expect(screen.getByRole('region', { name: 'Parameters' })).toBeInTheDocument();
    cleanup();
    at('/folders/F1/content');
    expect(tab('Content')).toHaveAttribute('aria-current', 'page');
  });
});

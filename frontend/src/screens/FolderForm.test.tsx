import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { defaultValues, valuesFromFolder, type FolderFormValues } from '../lib/folderForm';
import { FolderForm, type FolderFormProps } from './FolderForm';

function setup(props: Partial<FolderFormProps> = {}) {
  const onSubmit = vi.fn<FolderFormProps['onSubmit']>().mockResolvedValue(undefined);
  const onTest = vi.fn<FolderFormProps['onTest']>().mockResolvedValue({ ok: true });
  const onCancel = vi.fn();
  render(<FolderForm mode="create" initial={defaultValues()} onSubmit={onSubmit} onTest={onTest} onCancel={onCancel} {...props} />);
  return { onSubmit: props.onSubmit ?? onSubmit, onTest: props.onTest ?? onTest, onCancel, user: userEvent.setup() };
}

const field = (label: string) => screen.getByLabelText(label, { exact: true }) as HTMLInputElement;

async function fillRequired(user: ReturnType<typeof userEvent.setup>) {
  await user.type(field('Title'), 'Support');
  await user.type(field('Email'), 'support@example.com');
  await user.type(field('Password'), 'secret');
  await user.type(field('Host'), 'imap.example.com');
}

describe('FolderForm', () => {
  it('has a label for every parameter, with the defaults filled in', () => {
    setup();
    expect(field('Protocol').value).toBe('IMAPS');
    expect(field('Port').value).toBe('993');
    expect(field('Start TLS').checked).toBe(true);
    expect(field('Socket factory fallback').checked).toBe(true);
    expect(field('Socket factory port').value).toBe('');
    expect(field('SSL protocols').value).toBe('TLSv1.2 TLSv1.3');
    expect(field('Limit of new fetched emails').value).toBe('100');
    expect(field('Mailbox').value).toBe('INBOX');
    expect(field('Fetch interval (minutes)').value).toBe('30');
    expect(field('After import').value).toBe('MARK_SEEN');
    expect(field('Push (IMAP IDLE)').checked).toBe(true);
    expect(field('Trusted certificate').value).toBe('');
    expect(field('Allow insecure authentication').checked).toBe(false);
    for (const l of ['Title', 'Email', 'Username', 'Password', 'Host']) expect(field(l).value).toBe('');
  });

  it('shows required fields inline and does not submit', async () => {
    const { onSubmit, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(field('Title')).toHaveAttribute('aria-invalid', 'true');
    expect(field('Title')).toHaveAccessibleDescription('A title is required');
    expect(field('Host')).toHaveAccessibleDescription('The server host name is required');
    expect(field('Password')).toHaveAccessibleDescription(expect.stringContaining('A password is required'));
    expect(screen.getByRole('alert')).toHaveTextContent('Some fields need attention.');
    await waitFor(() => expect(field('Title')).toHaveFocus());
  });

  it('shows the API’s BAD_USER_INPUT message next to the field it names', async () => {
    const onSubmit = vi.fn<FolderFormProps['onSubmit']>().mockResolvedValue({
      fields: { port: 'Port 70000 is out of range: use 1 to 65535' },
    });
    const { user } = setup({ onSubmit });
    await fillRequired(user);
    await user.clear(field('Port'));
    await user.type(field('Port'), '70000');
    await user.click(screen.getByRole('button', { name: 'Create' }));

    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining({ port: '70000', host: 'imap.example.com' }));
    const port = field('Port');
    await waitFor(() => expect(port).toHaveAttribute('aria-invalid', 'true'));
    expect(port).toHaveAccessibleDescription('Port 70000 is out of range: use 1 to 65535');
    expect(document.getElementById('folder-port-error')).toHaveTextContent('out of range');
    await waitFor(() => expect(port).toHaveFocus());
    expect(field('Host')).not.toHaveAttribute('aria-invalid');

    // Typing in the field clears its message.
    await user.type(port, '{Backspace}');
    expect(port).not.toHaveAttribute('aria-invalid');
  });

  it('checks whole numbers before asking the server', async () => {
    const { onSubmit, user } = setup();
    await fillRequired(user);
    await user.clear(field('Limit of new fetched emails'));
    await user.type(field('Limit of new fetched emails'), 'lots');
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(field('Limit of new fetched emails')).toHaveAccessibleDescription(expect.stringContaining('must be a whole number'));
  });

  it('fills a provider preset and explains app passwords', async () => {
    const { user } = setup();
    await user.selectOptions(field('Provider'), 'Gmail');
    expect(field('Host').value).toBe('imap.gmail.com');
    expect(field('Protocol').value).toBe('IMAPS');
    expect(field('Port').value).toBe('993');
    expect(field('Provider')).toHaveAccessibleDescription(expect.stringContaining('app password'));
    await user.selectOptions(field('Provider'), 'iCloud');
    expect(field('Host').value).toBe('imap.mail.me.com');
  });

  it('moves the port and after-import defaults with the protocol, but keeps a chosen port', async () => {
    const { user } = setup();
    await user.selectOptions(field('Protocol'), 'POP3S');
    expect(field('Port').value).toBe('995');
    expect(field('After import').value).toBe('LEAVE');
    expect(field('Mailbox')).toBeDisabled();
    await user.selectOptions(field('Protocol'), 'IMAP');
    expect(field('Port').value).toBe('143');
    expect(field('After import').value).toBe('MARK_SEEN');
    await user.clear(field('Port'));
    await user.type(field('Port'), '1143');
    await user.selectOptions(field('Protocol'), 'IMAPS');
    expect(field('Port').value).toBe('1143');
  });

  it('warns when credentials would travel in clear text', async () => {
    const { user } = setup();
    expect(screen.queryByText(/Not encrypted/)).toBeNull();
    await user.selectOptions(field('Protocol'), 'IMAP');
    await user.click(field('Start TLS'));
    expect(screen.getByText(/Not encrypted/)).toBeInTheDocument();
  });

  it('asks for Move to only when moving', async () => {
    const { user } = setup();
    expect(screen.queryByLabelText('Move to')).toBeNull();
    await user.selectOptions(field('After import'), 'MOVE');
    expect(field('Move to')).toBeInTheDocument();
  });

  it('tests the connection and says the outcome', async () => {
    const onTest = vi
      .fn<FolderFormProps['onTest']>()
      .mockResolvedValueOnce({ ok: false, message: 'the server refused the user name or password' })
      .mockResolvedValueOnce({ ok: true });
    const { user } = setup({ onTest });
    await fillRequired(user);
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText('Connection failed: the server refused the user name or password')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Test connection' }));
    expect(await screen.findByText(/Connection OK/)).toBeInTheDocument();
    expect(onTest).toHaveBeenCalledTimes(2);
  });

  it('in edit mode, a blank password means unchanged', async () => {
    const stored = {
      ...defaultValues(),
      title: 'Support',
      email: 'support@example.com',
      host: 'imap.example.com',
      port: 993,
      socketFactoryPort: 993,
      emailsLimit: 100,
      fetchIntervalMinutes: 30,
    };
    const onSubmit = vi.fn<FolderFormProps['onSubmit']>().mockResolvedValue(undefined);
    const { user } = setup({ mode: 'edit', hasPassword: true, initial: valuesFromFolder(stored), onSubmit });
    expect(field('Password')).toHaveAttribute('placeholder', 'Unchanged');
    expect(field('Password')).toHaveAccessibleDescription('Leave blank to keep the stored password.');
    expect(field('Socket factory port').value).toBe('');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(onSubmit).toHaveBeenCalledWith(expect.objectContaining<Partial<FolderFormValues>>({ password: '', title: 'Support' }));
  });
});

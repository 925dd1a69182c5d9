import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { EmailTable } from './EmailTable';

describe('EmailTable', () => {
  it('shows "no date" and the imported time for an email without a Date header', () => {
    render(
      <MemoryRouter>
        <EmailTable
          rows={[
            { id: '1', subject: 'Dated', sentAt: '2026-10-01T10:00:00Z', importedAt: '2026-10-02T08:00:00Z', attachmentCount: 0, tags: [] },
            { id: '2', subject: 'Bounce', sentAt: null, importedAt: '2026-10-03T09:30:00Z', attachmentCount: 0, tags: ['invoice'] },
          ]}
          sort="date"
          dir="desc"
          onSort={() => {}}
          caption="Emails"
        />
      </MemoryRouter>,
    );
    const [dated, undated] = screen.getAllByRole('row').slice(1);
    expect(within(dated).queryByText(/no date/)).toBeNull();
    expect(dated.querySelector('time')?.getAttribute('dateTime')).toBe('2026-10-01T10:00:00Z');
    const cell = within(undated).getByText(/no date/);
    expect(cell.textContent).toMatch(/^no date · imported /);
    expect(cell.querySelector('time')?.getAttribute('dateTime')).toBe('2026-10-03T09:30:00Z');
    // Tags are chips that filter the folder by that tag.
    const chip = within(undated).getByRole('link', { name: 'invoice' });
    expect(chip.getAttribute('href')).toBe('/?tag=invoice');
    expect(within(dated).queryByLabelText('Tags')).toBeNull();
  });
});

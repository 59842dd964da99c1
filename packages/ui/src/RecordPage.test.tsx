import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { RecordPage } from './RecordPage.js';
import { PartnerkitProvider } from './theme.js';

function renderPage(record: { name: string } | null, status: { loading: boolean; error?: unknown }) {
  const onBack = vi.fn();
  render(
    <PartnerkitProvider>
      <RecordPage record={record} status={status} noun="partner" backLabel="Back to partners" onBack={onBack}>
        {(partner) => <h2>{partner.name}</h2>}
      </RecordPage>
    </PartnerkitProvider>,
  );
  return onBack;
}

describe('RecordPage', () => {
  test('shows the page once the record is there', () => {
    renderPage({ name: 'Bob Reviews' }, { loading: false });
    expect(screen.getByRole('heading', { name: 'Bob Reviews' })).toBeTruthy();
  });

  test('shows a loader while the record loads', () => {
    renderPage(null, { loading: true });
    expect(screen.getByLabelText('Loading')).toBeTruthy();
    expect(screen.queryByRole('heading')).toBeNull();
  });

  test('says there is no such record and offers the way back', async () => {
    const onBack = renderPage(null, { loading: false });
    expect(screen.getByRole('heading', { name: 'Partner not found' })).toBeTruthy();
    expect(screen.getByText('There is no such partner.')).toBeTruthy();
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Back to partners' }));
    expect(onBack).toHaveBeenCalledOnce();
  });

  test("shows the API's message when loading failed", () => {
    renderPage(null, { loading: false, error: new Error('You are not signed in.') });
    expect(screen.getByText('You are not signed in.')).toBeTruthy();
  });
});

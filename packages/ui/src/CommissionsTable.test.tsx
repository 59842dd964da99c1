import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, test, vi } from 'vitest';
import { CommissionsTable, type CommissionValue } from './CommissionsTable.js';
import { PartnerkitProvider } from './theme.js';

const usd = (amountMinor: string, formatted: string) => ({ amountMinor, currency: 'USD', formatted });
const COMMISSION: CommissionValue & { partnerCode: string } = {
  id: 'c1',
  createdAt: '2026-11-20T10:00:00.000Z',
  availableAt: '2026-12-20T10:00:00.000Z',
  kind: 'LEAD',
  level: 2,
  status: 'PAYABLE',
  amount: usd('750', '$7.50'),
  reversed: usd('0', '$0.00'),
  partnerCode: 'bobby',
};

const headers = () =>
  within(screen.getByRole('table'))
    .getAllByRole('columnheader')
    .map((header) => header.textContent);

describe('CommissionsTable', () => {
  test('shows every standard column; nothing reversed reads as a dash', () => {
    render(
      <PartnerkitProvider>
        <CommissionsTable commissions={[COMMISSION]} />
      </PartnerkitProvider>,
    );
    expect(headers()).toEqual(['Earned', 'Kind', 'Level', 'Amount', 'Reversed', 'Status', 'Payable from']);
    const row = within(screen.getByRole('table', { name: 'Commissions' })).getAllByRole('row')[1]!;
    expect(within(row).getByText('Lead')).toBeTruthy();
    expect(within(row).getByText('$7.50')).toBeTruthy();
    expect(within(row).getByText('—')).toBeTruthy();
    expect(row.querySelector('[data-status="PAYABLE"]')?.textContent).toBe('Payable');
  });

  test("a page's own columns around the chosen standard ones, and words for the level", () => {
    render(
      <PartnerkitProvider>
        <CommissionsTable
          label="Commissions of this sale"
          commissions={[COMMISSION]}
          columns={['level', 'amount']}
          levelLabel={(level) => `Tier ${level}`}
          leadingColumns={[{ key: 'partner', header: 'Partner', render: (row) => row.partnerCode }]}
          trailingColumns={[{ key: 'note', header: 'Note', render: () => 'ok' }]}
        />
      </PartnerkitProvider>,
    );
    expect(headers()).toEqual(['Partner', 'Level', 'Amount', 'Note']);
    expect(screen.getByText('Tier 2').getAttribute('title')).toBe('Level 2');
    expect(screen.getByText('bobby')).toBeTruthy();
  });

  test('a paginated list says how many it shows and loads more', async () => {
    const onLoadMore = vi.fn();
    render(
      <PartnerkitProvider>
        <CommissionsTable
          commissions={[COMMISSION]}
          pagination={{ totalCount: 30, hasNextPage: true, onLoadMore }}
        />
      </PartnerkitProvider>,
    );
    expect(screen.getByTestId('list-count').textContent).toBe('Showing 1 of 30');
    await userEvent.setup({ delay: null }).click(screen.getByRole('button', { name: 'Load more' }));
    expect(onLoadMore).toHaveBeenCalledOnce();
  });
});

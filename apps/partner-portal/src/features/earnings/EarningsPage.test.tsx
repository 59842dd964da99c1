import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderWithProviders } from '../../test/renderWithProviders';
import { A_BALANCE, earningsMocks, usd } from './earningsMocks';
import { EarningsPage } from './EarningsPage';

describe('EarningsPage', () => {
  test('shows the balances, a commission with its status and the ledger', async () => {
    renderWithProviders(<EarningsPage />, earningsMocks());

    expect(screen.getByRole('heading', { level: 2, name: 'Earnings' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Balances' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Commissions' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Ledger' })).toBeTruthy();

    const balance = await screen.findByRole('article', { name: 'Balance in USD' });
    expect(within(balance).getByTestId('balance-total-USD').textContent).toBe('$12.50');
    expect(within(balance).getByTestId('balance-payable-USD').textContent).toBe('$5.00');
    expect(within(balance).getByTestId('balance-pending-USD').textContent).toBe('$7.50');
    expect(within(balance).getByText(/Inside the hold period/)).toBeTruthy();
    expect(within(balance).getByTestId('balance-paid-USD').textContent).toBe('$20.00');
    // Below the program's minimum: not "can be paid out".
    const status = within(balance).getByTestId('payout-status-USD');
    expect(status.textContent).toContain('Not payable yet');
    expect(status.textContent).toContain('Payouts start at $25.00');
    expect(within(balance).queryByText('Can be paid out')).toBeNull();
    expect(within(balance).getByText(/Next to become payable/)).toBeTruthy();

    const payments = screen.getByRole('table', { name: 'Payments' });
    const payment = (await within(payments).findByText('PP-2026-11')).closest('tr') as HTMLElement;
    expect(within(payment).getByText('PayPal')).toBeTruthy();
    expect(within(payment).getByText('$20.00')).toBeTruthy();
    expect(await screen.findByText('Course')).toBeTruthy();

    const commissions = screen.getByRole('table', { name: 'Commissions' });
    const row = (await within(commissions).findByText('$7.50')).closest('tr');
    expect(row).toBeTruthy();
    const cells = within(row as HTMLElement);
    expect(cells.getByText('Sale')).toBeTruthy();
    expect(cells.getByText('From your recruits (level 2)')).toBeTruthy();
    expect(cells.getByText('$2.50')).toBeTruthy();
    expect(row?.querySelector('[data-status="PENDING"]')?.textContent).toBe('Pending');

    const ledger = screen.getByRole('table', { name: 'Ledger' });
    expect(await within(ledger).findByText('-$2.50')).toBeTruthy();
    expect(within(ledger).getByText('Clawback')).toBeTruthy();
    expect(within(ledger).getByText('Refund of order 1001')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'No earnings yet' })).toBeNull();
  });

  test('says "can be paid out" only when payable reaches the minimum and payout details are there', async () => {
    renderWithProviders(
      <EarningsPage />,
      earningsMocks({
        balances: [{ ...A_BALANCE, payable: usd('3000', '$30.00'), readiness: 'READY', canBePaidOut: true }],
      }),
    );
    const status = await screen.findByTestId('payout-status-USD');
    expect(status.textContent).toContain('Can be paid out');
  });

  test('asks for payout details when they are missing', async () => {
    renderWithProviders(
      <EarningsPage />,
      earningsMocks({
        balances: [{ ...A_BALANCE, payable: usd('3000', '$30.00'), readiness: 'NO_PAYOUT_DETAILS' }],
      }),
    );
    expect((await screen.findByTestId('payout-status-USD')).textContent).toContain('payout method');
  });

  test('explains how to earn when there is nothing yet', async () => {
    renderWithProviders(
      <EarningsPage />,
      earningsMocks({ balances: [], commissions: [], entries: [], payments: [] }),
    );

    const empty = await screen.findByRole('region', { name: 'No earnings yet' });
    expect(within(empty).getByRole('link', { name: 'Links page' }).getAttribute('href')).toBe('/links');
    expect(screen.getByText('No commissions yet.')).toBeTruthy();
  });
});

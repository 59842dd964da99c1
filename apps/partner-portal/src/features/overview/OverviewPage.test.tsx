import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { Outlet, Route, Routes } from 'react-router';
import { type PortalPartner } from '../session/useCurrentPartner';
import { aPartner } from '../../test/aPartner';
import { renderWithProviders } from '../../test/renderWithProviders';
import { earningsMocks } from '../earnings/earningsMocks';
import { OverviewPage } from './OverviewPage';

function renderOverview(partner: PortalPartner) {
  return renderWithProviders(
    <Routes>
      <Route element={<Outlet context={partner} />}>
        <Route path="/" element={<OverviewPage />} />
      </Route>
    </Routes>,
    earningsMocks(),
  );
}

describe('OverviewPage', () => {
  test('welcomes the partner and shows each program with its terms', () => {
    renderOverview(aPartner());

    expect(screen.getByRole('heading', { name: 'Welcome, Alice Agency' })).toBeTruthy();
    expect(screen.getByText('alice')).toBeTruthy();
    expect(screen.getByTestId('partner-status').textContent).toBe('Active');
    expect(screen.queryByRole('status')).toBeNull();
    const program = screen.getByRole('article', { name: 'Standard partners' });
    expect(within(program).getByText('Earn on every sale you refer.')).toBeTruthy();
    expect(within(program).getByText('60 days')).toBeTruthy();
    expect(within(program).getByText('30 days')).toBeTruthy();
    expect(within(program).getByText('$50.00')).toBeTruthy();
  });

  test('summarises the balances and links to Earnings', async () => {
    renderOverview(aPartner());
    const summary = await screen.findByTestId('overview-balance-USD');
    expect(within(summary).getByText('$12.50')).toBeTruthy();
    expect(within(summary).getByText('$5.00')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'See your earnings' }).getAttribute('href')).toBe('/earnings');
  });

  test('the partner’s own cookie window overrides the program’s', () => {
    renderOverview(aPartner({ cookieWindowDays: 90 }));
    const program = screen.getByRole('article', { name: 'Standard partners' });
    expect(within(program).getByText('90 days')).toBeTruthy();
    expect(within(program).getByText('Your personal window')).toBeTruthy();
  });

  test.each([
    ['PENDING' as const, 'Your account awaits approval'],
    ['SUSPENDED' as const, 'Your account is suspended'],
  ])('explains the %s status', (status, title) => {
    renderOverview(aPartner({ status, approvedAt: null }));
    expect(within(screen.getByRole('status')).getByText(title)).toBeTruthy();
  });

  test('says so when the partner is in no program', () => {
    renderOverview(aPartner({ programs: [] }));
    expect(screen.getByText(/You are not in any program yet/)).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
  });
});

import { screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { Outlet, Route, Routes } from 'react-router';
import { aPartner } from '../../test/aPartner';
import { renderWithProviders } from '../../test/renderWithProviders';
import { earningsMocks } from '../earnings/earningsMocks';
import { DEFAULT_LINK, overviewMocks } from '../live/liveMocks';
import { OverviewPage } from './OverviewPage';

function renderOverview(mocks: Parameters<typeof overviewMocks>[0]) {
  return renderWithProviders(
    <Routes>
      <Route element={<Outlet context={aPartner()} />}>
        <Route path="/" element={<OverviewPage />} />
      </Route>
    </Routes>,
    [...overviewMocks(mocks), ...earningsMocks()],
  );
}

describe('the live Overview', () => {
  test('shows the default link to copy, the counters and the recruiting link', async () => {
    renderOverview({ clicks: 2 });
    expect((await screen.findByTestId('overview-default-link')).textContent).toBe(DEFAULT_LINK);
    expect(screen.getByRole('button', { name: 'Copy your link' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'QR code of your link' })).toBeTruthy();
    expect((await screen.findByTestId('today-clicks')).textContent).toBe('2');
    expect(screen.getByTestId('today-unique-clicks').textContent).toBe('1');
    expect(screen.getByTestId('today-sales').textContent).toBe('1');
    expect(screen.getByTestId('today-commissions').textContent).toBe('$10.00');
    expect(screen.getByTestId('today-payable').textContent).toBe('$5.00');
    expect(screen.getByTestId('period-clicks').textContent).toBe('12');
    expect((await screen.findByTestId('recruiting-link')).textContent).toBe(
      `${window.location.origin}/signup/program-1?parent=alice`,
    );
  });

  test('counters and the feed change when the server pushes an update', async () => {
    renderOverview({ clicks: 2, updatedClicks: 3 });
    expect((await screen.findByTestId('today-clicks')).textContent).toMatch(/^[23]$/);
    await screen.findByText('1 click (1 unique)');
    await expect.poll(() => screen.getByTestId('today-clicks').textContent).toBe('3');
  });

  test('no recruiting link when no program pays levels', async () => {
    renderOverview({ levels: 1 });
    await screen.findByTestId('today-clicks');
    await screen.findByTestId('overview-default-link');
    expect(screen.queryByTestId('recruiting-link')).toBeNull();
  });
});

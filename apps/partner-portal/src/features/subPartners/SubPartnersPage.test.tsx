import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { renderWithProviders } from '../../test/renderWithProviders';
import { overviewMocks, subPartnerMocks } from '../live/liveMocks';
import { SubPartnersPage } from './SubPartnersPage';

describe('SubPartnersPage', () => {
  test("lists the partner's recruits with their sales and the override earned", async () => {
    renderWithProviders(<SubPartnersPage />, [...subPartnerMocks(), ...overviewMocks()]);
    const table = await screen.findByRole('table', { name: 'Your sub-partners' });
    const row = (await within(table).findByText('bobby')).closest('tr')!;
    expect(within(row).getByText('Active')).toBeTruthy();
    expect(within(row).getByText('3')).toBeTruthy();
    expect(within(row).getByText('$6.00')).toBeTruthy();
    expect(await screen.findByTestId('recruiting-link')).toBeTruthy();
  });
});

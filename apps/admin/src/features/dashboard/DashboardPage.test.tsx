import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, test } from 'vitest';
import { renderWithApollo } from '../../test/renderWithApollo';
import { PROGRAM_OPTIONS } from '../programs/graphql/programOptions';
import { lastDays } from '../reports/reportPeriod';
import { DASHBOARD } from './graphql/dashboard';
import { DashboardPage } from './DashboardPage';

const money = (amountMinor: string, currency: string, formatted: string) => ({
  __typename: 'Money' as const,
  amountMinor,
  currency,
  formatted,
});
const period = lastDays(30);
const partner = (id: string, code: string) => ({
  __typename: 'ReportPartner' as const,
  id,
  code,
  name: `Name ${code}`,
});
const day = (d: string, clicks: number, sales: number) => ({
  __typename: 'DashboardDay' as const,
  day: d,
  clicks,
  uniqueClicks: clicks - 1,
  leads: 1,
  sales,
  revenue: sales ? [money('10000', 'USD', '$100.00')] : [],
  commissions: sales ? [money('1000', 'USD', '$10.00')] : [],
});

const programs: MockLink.MockedResponse = {
  request: { query: PROGRAM_OPTIONS },
  result: { data: { programs: { __typename: 'ProgramConnection', nodes: [] } } },
};

const dashboard: MockLink.MockedResponse = {
  request: { query: DASHBOARD, variables: { ...period, programId: null } },
  result: {
    data: {
      dashboard: {
        __typename: 'Dashboard',
        period: { __typename: 'ReportPeriodType', ...period, timeZone: 'Europe/Paris' },
        clicks: 1234,
        uniqueClicks: 800,
        leads: 12,
        sales: 20,
        conversionRate: 0.025,
        revenue: [money('5000', 'EUR', '€50.00'), money('250000', 'USD', '$2,500.00')],
        commissionsEarned: [money('25000', 'USD', '$250.00')],
        owed: [money('12000', 'USD', '$120.00')],
        paid: [],
        topPartners: [
          {
            __typename: 'DashboardTopPartner',
            partner: partner('p1', 'alice'),
            sales: 15,
            revenue: [money('200000', 'USD', '$2,000.00')],
            commissions: [money('20000', 'USD', '$200.00')],
          },
        ],
        days: [day(period.from, 10, 0), day(period.to, 20, 2)],
      },
    },
  },
};

describe('DashboardPage', () => {
  test('shows the figures of the period, per currency, and the top partners', async () => {
    renderWithApollo(
      <MemoryRouter>
        <DashboardPage />
      </MemoryRouter>,
      [programs, dashboard],
    );
    expect(await screen.findByText('1,234')).toBeTruthy();
    expect(screen.getByText('800 unique')).toBeTruthy();
    expect(screen.getAllByText('2.5 %').length).toBeGreaterThan(0);
    expect(screen.getByText('€50.00')).toBeTruthy();
    expect(screen.getByText('$2,500.00')).toBeTruthy();
    expect(screen.getByText('$120.00')).toBeTruthy();
    expect(screen.getByText(/days in Europe\/Paris/)).toBeTruthy();
    const top = screen.getByRole('table', { name: 'Top partners' });
    expect(within(top).getByRole('link', { name: 'alice' }).getAttribute('href')).toBe('/partners/p1');
    expect(within(top).getByText('$2,000.00')).toBeTruthy();
  });

  test('says what went wrong when the dashboard cannot load', async () => {
    renderWithApollo(
      <MemoryRouter>
        <DashboardPage />
      </MemoryRouter>,
      [
        programs,
        {
          request: dashboard.request,
          result: {
            errors: [
              {
                message: 'The period ends before it starts.',
                extensions: { code: 'BAD_USER_INPUT', reason: 'LEDGER_PERIOD_INVALID', field: 'to' },
              } as never,
            ],
          },
        },
      ],
    );
    expect(await screen.findByText('The period ends before it starts.')).toBeTruthy();
  });
});

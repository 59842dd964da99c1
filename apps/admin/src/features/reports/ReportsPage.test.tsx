import type { MockLink } from '@apollo/client/testing';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, test, vi } from 'vitest';
import { renderWithApollo } from '../../test/renderWithApollo';
import { PROGRAM_OPTIONS } from '../programs/graphql/programOptions';
import { ACTIVITY_REPORT } from './graphql/activityReport';
import { LEDGER_ENTRIES_REPORT } from './graphql/ledgerEntriesReport';
import { LEDGER_REPORT } from './graphql/ledgerReport';
import { lastDays } from './reportPeriod';
import { ReportsPage } from './ReportsPage';

const money = (amountMinor: string, currency = 'USD') => ({
  __typename: 'Money' as const,
  amountMinor,
  currency,
  formatted: `${currency} ${(Number(amountMinor) / 100).toFixed(2)}`,
});
const period = lastDays(30);
const base = {
  ...period,
  programId: null,
  search: null,
  status: null,
  first: 50,
  offset: 0,
  withCsv: false,
};
const pageInfo = (totalCount: number, hasNextPage = false, offset = 0) => ({
  __typename: 'ReportPageInfo' as const,
  offset,
  totalCount,
  hasNextPage,
});
const partner = { __typename: 'ReportPartner' as const, id: 'p1', code: 'alice', name: 'Alice Agency' };
const ledgerRow = (currency: string, ending: string) => ({
  __typename: 'LedgerReportRow' as const,
  partner,
  currency,
  beginning: money('0', currency),
  commissions: money(ending, currency),
  clawbacks: money('0', currency),
  payments: money('0', currency),
  adjustments: money('0', currency),
  ending: money(ending, currency),
});
const total = (currency: string, ending: string) => ({
  ...ledgerRow(currency, ending),
  __typename: 'LedgerReportTotal' as const,
  partner: undefined,
  partners: 1,
});
const { partner: _unused, ...usdTotal } = total('USD', '1500');
const { partner: _unused2, ...eurTotal } = total('EUR', '700');

const ledger = (variables: Record<string, unknown>, csv?: string): MockLink.MockedResponse => ({
  request: { query: LEDGER_REPORT, variables: { ...base, sortBy: null, descending: null, ...variables } },
  result: {
    data: {
      ledgerReport: {
        __typename: 'LedgerReport',
        period: { __typename: 'ReportPeriodType', timeZone: 'UTC' },
        rows: [ledgerRow('EUR', '700'), ledgerRow('USD', '1500')],
        totals: [eurTotal, usdTotal],
        pageInfo: pageInfo(2),
        ...(csv != null ? { csv } : {}),
      },
    },
  },
});
const programs: MockLink.MockedResponse = {
  request: { query: PROGRAM_OPTIONS },
  result: { data: { programs: { __typename: 'ProgramConnection', nodes: [] } } },
  maxUsageCount: 10,
};

function renderPage(mocks: MockLink.MockedResponse[], url = '/reports') {
  return renderWithApollo(
    <MemoryRouter initialEntries={[url]}>
      <ReportsPage />
    </MemoryRouter>,
    [programs, ...mocks],
  );
}

describe('ReportsPage', () => {
  test('the ledger report: rows, totals per currency, sort, CSV export and drill-down', async () => {
    const user = userEvent.setup({ delay: null });
    const saved: string[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      const reader = new FileReader();
      reader.onload = () => saved.push(String(reader.result));
      reader.readAsText(blob);
      return 'blob:report';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const entries: MockLink.MockedResponse = {
      request: {
        query: LEDGER_ENTRIES_REPORT,
        variables: { ...base, sortBy: null, descending: null, partnerId: 'p1', currency: 'USD', kinds: null },
      },
      result: {
        data: {
          ledgerEntriesReport: {
            __typename: 'LedgerEntriesReport',
            period: { __typename: 'ReportPeriodType', timeZone: 'UTC' },
            rows: [
              {
                __typename: 'ReportLedgerEntry',
                id: 'e1',
                kind: 'COMMISSION',
                effectiveAt: '2026-03-10T12:00:00.000Z',
                amount: money('1500'),
                partner,
                cause: {
                  __typename: 'LedgerEntryCause',
                  kind: 'SALE',
                  level: 1,
                  orderId: 'o1',
                  orderExternalId: 'order-1001',
                  leadExternalId: null,
                  customerEmail: 'buyer@example.test',
                  refundExternalId: null,
                  payoutBatchId: null,
                  method: null,
                  reference: null,
                  reason: null,
                  adminEmail: null,
                },
              },
            ],
            totals: [money('1500')],
            pageInfo: pageInfo(1),
          },
        },
      },
    };
    renderPage([
      ledger({}),
      ledger({ sortBy: 'ending', descending: true }),
      ledger({ sortBy: 'ending', descending: true, withCsv: true }, 'partner_code,currency\r\nalice,EUR\r\n'),
      entries,
    ]);

    const table = await screen.findByRole('table', { name: 'Ledger report' });
    expect((await within(table).findAllByText('EUR 7.00')).length).toBe(2);
    const totals = screen.getByRole('table', { name: 'Totals per currency' });
    expect(within(totals).getByText('USD')).toBeTruthy();
    expect(within(totals).getAllByText('USD 15.00').length).toBe(2);
    expect(screen.getByTestId('report-count').textContent).toBe('Rows 1–2 of 2');

    await user.click(screen.getByRole('button', { name: 'Ending: sort descending' }));
    expect(await screen.findByRole('button', { name: 'Ending: sort ascending' })).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await vi.waitFor(() => expect(createObjectURL).toHaveBeenCalledTimes(1));
    await vi.waitFor(() => expect(saved).toEqual(['partner_code,currency\r\nalice,EUR\r\n']));

    await user.click(within(table).getAllByRole('row')[2]!);
    const drawer = await screen.findByRole('dialog');
    expect(await within(drawer).findByRole('link', { name: 'Sale order-1001 (level 1)' })).toBeTruthy();
  });

  test('the activity tab, chosen in the address, and a refused sort', async () => {
    renderPage(
      [
        {
          request: { query: ACTIVITY_REPORT, variables: { ...base, sortBy: null, descending: null } },
          result: {
            errors: [
              {
                message: 'Sort by one of: partner, name.',
                extensions: { code: 'BAD_USER_INPUT', reason: 'REPORT_SORT_INVALID', field: 'sortBy' },
              } as never,
            ],
          },
        },
      ],
      '/reports?tab=activity',
    );
    expect(await screen.findByText('Sort by one of: partner, name.')).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Activity' }).getAttribute('aria-selected')).toBe('true');
  });
});

import type { MockLink } from '@apollo/client/testing';
import { MY_BALANCES } from './graphql/myBalances';
import { MY_EARNINGS } from './graphql/myEarnings';
import { MY_PAYMENTS } from './graphql/myPayments';
import { MY_PRODUCTS_SOLD } from './graphql/myProductsSold';
import { MY_COMMISSIONS } from './graphql/myCommissions';
import { MY_LEDGER_ENTRIES } from './graphql/myLedgerEntries';
import { EARNINGS_PAGE_SIZE } from './useMyCommissions';

/** Money as the API sends it. */
export function usd(amountMinor: string, formatted: string) {
  return { __typename: 'Money' as const, amountMinor, currency: 'USD', formatted };
}

export const A_BALANCE = {
  __typename: 'EarningsBalance' as const,
  currency: 'USD',
  total: usd('1250', '$12.50'),
  payable: usd('500', '$5.00'),
  pending: usd('750', '$7.50'),
  flagged: usd('0', '$0.00'),
  paid: usd('2000', '$20.00'),
  minimumPayout: usd('2500', '$25.00'),
  readiness: 'BELOW_MINIMUM',
  canBePaidOut: false,
  nextPayableAt: '2026-12-20T10:00:00.000Z',
  nextPayable: usd('750', '$7.50'),
};

export const A_PAYMENT = {
  __typename: 'LedgerEntry' as const,
  id: 'payment-1',
  effectiveAt: '2026-11-01T10:00:00.000Z',
  method: 'PAYPAL',
  reference: 'PP-2026-11',
  reason: null,
  voided: false,
  amount: usd('-2000', '-$20.00'),
  cause: { __typename: 'LedgerEntryCauseType' as const, kind: 'PAYOUT' },
};

export const A_COMMISSION = {
  __typename: 'Commission' as const,
  id: 'commission-1',
  createdAt: '2026-11-20T10:00:00.000Z',
  kind: 'SALE',
  level: 2,
  status: 'PENDING',
  availableAt: '2026-12-20T10:00:00.000Z',
  amount: usd('750', '$7.50'),
  reversed: usd('250', '$2.50'),
};

export const A_LEDGER_ENTRY = {
  __typename: 'LedgerEntry' as const,
  id: 'entry-1',
  effectiveAt: '2026-11-20T10:00:00.000Z',
  kind: 'CLAWBACK',
  reason: 'Refund of order 1001',
  reference: null,
  method: null,
  amount: usd('-250', '-$2.50'),
};

const PAGE_INFO = { __typename: 'PageInfo' as const, endCursor: null, hasNextPage: false };

/** Answers of the three Earnings queries. */
export function earningsMocks({
  balances = [A_BALANCE],
  commissions = [A_COMMISSION],
  entries = [A_LEDGER_ENTRY],
  payments = [A_PAYMENT],
}: {
  payments?: (typeof A_PAYMENT)[];
  balances?: (typeof A_BALANCE)[];
  commissions?: (typeof A_COMMISSION)[];
  entries?: (typeof A_LEDGER_ENTRY)[];
} = {}): MockLink.MockedResponse[] {
  return [
    { request: { query: MY_EARNINGS }, result: { data: { myEarnings: balances } } },
    {
      // The overview's summary reads the plain balances.
      request: { query: MY_BALANCES },
      result: {
        data: {
          myBalances: balances.map(({ currency, total, payable, pending, flagged }) => ({
            __typename: 'Balance' as const,
            currency,
            total,
            payable,
            pending,
            flagged,
          })),
        },
      },
    },
    {
      request: { query: MY_PAYMENTS, variables: { first: EARNINGS_PAGE_SIZE } },
      result: {
        data: {
          myPayments: {
            __typename: 'LedgerEntryConnection',
            totalCount: payments.length,
            pageInfo: PAGE_INFO,
            nodes: payments,
          },
        },
      },
    },
    {
      request: { query: MY_PRODUCTS_SOLD },
      result: {
        data: {
          myProductsSold: payments.length
            ? [{ __typename: 'ProductSold' as const, sku: 'SKU-1', name: 'Course', quantity: 3, orders: 2 }]
            : [],
        },
      },
    },
    {
      request: { query: MY_COMMISSIONS, variables: { first: EARNINGS_PAGE_SIZE } },
      result: {
        data: {
          myCommissions: {
            __typename: 'CommissionConnection',
            totalCount: commissions.length,
            pageInfo: PAGE_INFO,
            nodes: commissions,
          },
        },
      },
    },
    {
      request: { query: MY_LEDGER_ENTRIES, variables: { first: EARNINGS_PAGE_SIZE } },
      result: {
        data: {
          myLedgerEntries: {
            __typename: 'LedgerEntryConnection',
            totalCount: entries.length,
            pageInfo: PAGE_INFO,
            nodes: entries,
          },
        },
      },
    },
  ];
}

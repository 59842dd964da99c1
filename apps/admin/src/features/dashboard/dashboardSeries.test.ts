import { describe, expect, test } from 'vitest';
import { currenciesOf, moneySeries, trafficSeries } from './dashboardSeries';

const days = [
  { day: '2026-03-09', clicks: 5, uniqueClicks: 4, leads: 0, sales: 0, revenue: [], commissions: [] },
  {
    day: '2026-03-10',
    clicks: 3,
    uniqueClicks: 2,
    leads: 1,
    sales: 2,
    revenue: [
      { amountMinor: '5000', currency: 'EUR' },
      { amountMinor: '10050', currency: 'USD' },
    ],
    commissions: [{ amountMinor: '1005', currency: 'USD' }],
  },
];

describe('dashboard series', () => {
  test('traffic per day', () => {
    expect(trafficSeries(days)).toEqual([
      { day: 'Mar 9', Clicks: 5, Unique: 4, Leads: 0, Sales: 0 },
      { day: 'Mar 10', Clicks: 3, Unique: 2, Leads: 1, Sales: 2 },
    ]);
  });
  test('money of one currency per day, other currencies left out', () => {
    expect(currenciesOf(days)).toEqual(['EUR', 'USD']);
    expect(moneySeries(days, 'USD', 2)).toEqual([
      { day: 'Mar 9', Revenue: 0, Commissions: 0 },
      { day: 'Mar 10', Revenue: 100.5, Commissions: 10.05 },
    ]);
  });
});

import { shortDay } from '../reports/reportPeriod';

interface DayValue {
  day: string;
  clicks: number;
  uniqueClicks: number;
  leads: number;
  sales: number;
  revenue: ReadonlyArray<{ amountMinor: string; currency: string }>;
  commissions: ReadonlyArray<{ amountMinor: string; currency: string }>;
}

/** Traffic per day for the chart: clicks, unique clicks, leads and sales. */
export function trafficSeries(days: readonly DayValue[]) {
  return days.map((day) => ({
    day: shortDay(day.day),
    Clicks: day.clicks,
    Unique: day.uniqueClicks,
    Leads: day.leads,
    Sales: day.sales,
  }));
}

/**
 * Revenue and commissions per day in one currency, in major units for the chart's scale only (the exact
 * amounts are in the figures and reports).
 */
export function moneySeries(days: readonly DayValue[], currency: string, exponent: number) {
  const major = (list: DayValue['revenue']) => {
    const money = list.find((m) => m.currency === currency);
    return money ? Number(money.amountMinor) / 10 ** exponent : 0;
  };
  return days.map((day) => ({
    day: shortDay(day.day),
    Revenue: major(day.revenue),
    Commissions: major(day.commissions),
  }));
}

/** Every currency that appears in the period, sorted. */
export function currenciesOf(days: readonly DayValue[]): string[] {
  return [
    ...new Set(days.flatMap((day) => [...day.revenue, ...day.commissions].map((m) => m.currency))),
  ].sort();
}

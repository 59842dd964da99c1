/** A calendar day as `YYYY-MM-DD`, as the reports take them. */
export type DayKey = string;

/** Today in the browser's time zone. */
export function todayKey(now = new Date()): DayKey {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** `day` plus `days` calendar days (negative to go back). */
export function addDays(day: DayKey, days: number): DayKey {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

export const PERIOD_PRESETS = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '12 months' },
] as const;

/** The last `days` days, today included. */
export function lastDays(days: number, today = todayKey()): { from: DayKey; to: DayKey } {
  return { from: addDays(today, -(days - 1)), to: today };
}

/** `2026-03-09` as `Mar 9` (for chart axes). */
export function shortDay(day: DayKey): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });
}

/** A date for people, in the browser's locale, e.g. "Nov 24, 2026". */
export function formatDate(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(iso));
}

export function formatDays(days: number): string {
  return days === 1 ? '1 day' : `${days} days`;
}

/** The longest period a preview may cover (the API refuses longer ones). */
export const MAX_PREVIEW_DAYS = 366;
const DAY_MS = 86_400_000;

/** A period of whole UTC days, both ends inclusive, as the form edits it ("2026-01-31"). */
export interface PreviewPeriod {
  from: string;
  to: string;
}

function isoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The last 90 days up to and including `today`. */
export function defaultPreviewPeriod(now: Date = new Date()): PreviewPeriod {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return { from: isoDay(today - 89 * DAY_MS), to: isoDay(today) };
}

/**
 * The API's half-open range [from, to) in UTC for an inclusive period of days, or a message for the
 * "To" field when the period is empty, reversed or longer than {@link MAX_PREVIEW_DAYS}.
 */
export function previewRangeOf(period: PreviewPeriod): { from: string; to: string } | { error: string } {
  const from = Date.parse(`${period.from}T00:00:00.000Z`);
  const lastDay = Date.parse(`${period.to}T00:00:00.000Z`);
  if (Number.isNaN(from) || Number.isNaN(lastDay)) return { error: 'Choose both dates.' };
  const to = lastDay + DAY_MS;
  if (to <= from) return { error: 'The period ends before it starts.' };
  if (to - from > MAX_PREVIEW_DAYS * DAY_MS) {
    return { error: `A preview covers at most ${MAX_PREVIEW_DAYS} days.` };
  }
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() };
}

/** Inputs longer than this are cut short in messages. */
const MAX_QUOTED = 40;

/**
 * A caller's input as JSON for an error message, cut short past 40 characters (`"abc…"`), so a message never
 * repeats a huge input back.
 */
export function quoteInput(value: unknown): string {
  const text = String(value);
  return JSON.stringify(text.length > MAX_QUOTED ? `${text.slice(0, MAX_QUOTED)}…` : text);
}

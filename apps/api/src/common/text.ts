import { badInput } from './app-error.js';

/** A required single-line text: trimmed, 1 to `max` characters. */
export function requiredText(raw: string, field: string, max: number): string {
  const value = raw.trim();
  if (value.length === 0) throw badInput('REQUIRED', `${field} is required.`, field);
  if (value.length > max) throw badInput('TOO_LONG', `${field} has at most ${max} characters.`, field);
  return value;
}

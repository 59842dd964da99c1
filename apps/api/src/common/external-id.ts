import { fail } from '../errors/app-error.js';

const VISITOR_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** A caller's id for an event: 1 to 200 visible characters. */
export function externalId(raw: string, field = 'externalId'): string {
  const id = raw.trim();
  if (id.length === 0 || id.length > 200 || [...id].some((char) => char.charCodeAt(0) < 32)) {
    fail('EXTERNAL_ID_INVALID', `${field} is 1 to 200 visible characters.`, field);
  }
  return id;
}

/** A visitor id from the tracking cookie: 8 to 64 of A-Z a-z 0-9 _ -. */
export function visitorId(raw: string | null | undefined, field = 'visitorId'): string | null {
  if (raw == null || raw.trim() === '') return null;
  if (!VISITOR_ID.test(raw.trim())) fail('VISITOR_ID_INVALID', 'This is not a visitor id.', field);
  return raw.trim();
}

import { quoteInput } from '@partnerkit/domain';
import { fail } from '../errors/app-error.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks the form of a record id before it reaches the database (which would refuse it less kindly). */
export function parseId(raw: string, field = 'id'): string {
  if (!UUID.test(raw)) fail('ID_INVALID', `${quoteInput(raw)} is not a valid id.`, field);
  return raw.toLowerCase();
}

export const parseIds = (raw: readonly string[], field: string) => raw.map((id) => parseId(id, field));

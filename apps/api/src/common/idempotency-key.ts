import { fail } from '../errors/app-error.js';

/**
 * A caller's idempotency key, trimmed: the same key again means the same request (1 to 200 characters).
 * @throws AppError `REQUIRED` when blank, `TOO_LONG` past 200 characters (field `idempotencyKey`).
 */
export function idempotencyKeyOf(raw: string): string {
  const key = raw.trim();
  if (key === '') fail('REQUIRED', 'idempotencyKey is required.', 'idempotencyKey');
  if (key.length > 200) fail('TOO_LONG', 'idempotencyKey has at most 200 characters.', 'idempotencyKey');
  return key;
}

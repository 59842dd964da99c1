/**
 * Whether an error means "the database cannot be reached just now" (stopped, restarting, unreachable, out of
 * connections), as opposed to a bug or a refused statement. Such errors become the retryable
 * `DATABASE_UNAVAILABLE` (503) and are logged as one line, without a stack.
 */
const OUTAGE_CODES = new Set([
  // Node sockets
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  // PostgreSQL: connection exceptions (class 08, but not 08P01, a protocol violation), shutdown, start-up,
  // too many connections
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
  '53300',
]);

/**
 * Messages of the driver (pg) and the query builder (knex) for a connection lost or refused. "Transaction
 * query already complete" is knex's answer to the next statement of a transaction whose connection died
 * under it (the server stopped mid-transaction: knex ended the transaction and rolled it back); our code
 * never queries a transaction after it ended on purpose.
 */
const OUTAGE_MESSAGES =
  /Connection terminated|connection error and is not queryable|Client was closed and is not queryable|Timeout acquiring a connection|timeout exceeded when trying to connect|Connection ended unexpectedly|Transaction query already complete|the database system is (starting up|shutting down)/i;

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending = [error];
  while (pending.length > 0) {
    const current = pending.pop();
    if (!current || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    const { code, message, name, cause, previous, errors } = current as {
      code?: unknown;
      message?: unknown;
      name?: unknown;
      cause?: unknown;
      previous?: unknown;
      errors?: unknown;
    };
    if (typeof code === 'string' && OUTAGE_CODES.has(code)) return true;
    if (name === 'KnexTimeoutError') return true;
    if (typeof message === 'string' && OUTAGE_MESSAGES.test(message)) return true;
    pending.push(cause, previous);
    if (Array.isArray(errors)) pending.push(...errors);
  }
  return false;
}

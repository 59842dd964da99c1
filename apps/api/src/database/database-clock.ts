import { type EntityManager } from '@mikro-orm/postgresql';

/**
 * The database's clock (`clock_timestamp()`), for the instant of ledger entries that are available at
 * once (payments, voids, adjustments, reversals by a review), read after the locks were taken. Every API
 * instance shares this one clock, so a writer that waited for another one never sees that one's entry as
 * "still pending" (an entry stamped by an application clock read before the wait could be, and the money
 * it took would look payable again).
 */
export async function databaseNow(tx: EntityManager): Promise<Date> {
  const rows: Array<{ now: Date | string }> = await tx
    .getConnection()
    .execute('select clock_timestamp() as now', [], 'all', tx.getTransactionContext());
  return new Date(rows[0]!.now);
}

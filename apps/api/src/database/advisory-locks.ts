import { type EntityManager } from '@mikro-orm/postgresql';
import { plainRows } from './plain-statements.js';

/**
 * Names of the transaction-scoped locks that serialise writes. Every transaction that changes an order or
 * anything hanging off it (payments, refunds, renewals, their commissions and ledger entries) takes the
 * order's lock first, keyed by the order's external id so it can be taken before the order exists (a
 * refund that arrives first and the order it refunds take the same lock). Parts are joined with U+001F,
 * which no external id, code or email may contain (and PostgreSQL text may not hold U+0000).
 */
export const lockName = {
  order: (source: string, orderExternalId: string) => `order\u001f${source}\u001f${orderExternalId}`,
  lead: (source: string, leadExternalId: string) => `lead\u001f${source}\u001f${leadExternalId}`,
  customerId: (externalId: string) => `customer-id\u001f${externalId}`,
  customerEmail: (email: string) => `customer-email\u001f${email}`,
  /** Payments, voids and adjustments of one partner in one currency (payout batches lock every payee). */
  partnerPayout: (partnerId: string, currency: string) => `payout\u001f${partnerId}\u001f${currency}`,
  /** The adjustment requested with an idempotency key (`AdjustmentService`). */
  adjustmentKey: (key: string) => `adjustment-key\u001f${key}`,
  /** The snippet leads of one partner (their hourly count, see `LeadService`). */
  partnerWebLeads: (partnerId: string) => `partner-web-leads\u001f${partnerId}`,
};

/**
 * Takes PostgreSQL advisory locks held until the transaction `tx` ends (`pg_advisory_xact_lock`), in a
 * fixed (sorted) order so two transactions never wait on each other in a cycle. Works the same on every
 * API instance sharing the database, and on the embedded database. A hash collision between two names only
 * makes two unrelated writers wait for each other.
 */
export async function lockForTransaction(tx: EntityManager, names: readonly string[]): Promise<void> {
  const context = tx.getTransactionContext();
  if (!context) throw new Error('lockForTransaction needs an open transaction');
  const sorted = [...new Set(names)].sort();
  if (sorted.length === 0) return;
  // One statement for all of them: PostgreSQL evaluates the select list left to right, so the locks are
  // still taken one after another in the sorted order. Reads issued right after it in the same turn travel
  // with it and run after it (`plainRows`), so they see what the locks protect.
  const sql = `select ${sorted.map(() => 'pg_advisory_xact_lock(hashtextextended(?, 0))').join(', ')}`;
  await plainRows(tx, sql, sorted);
}

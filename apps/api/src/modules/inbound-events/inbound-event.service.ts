import { createHash } from 'node:crypto';
import { type EntityManager } from '@mikro-orm/postgresql';
import { lockForTransaction } from '../../database/advisory-locks.js';
import { plainRows } from '../../database/plain-statements.js';
import { fail } from '../../errors/app-error.js';
import { unmanagedEntity } from '../../common/base.entity.js';
import { InboundEvent, type InboundEventKind } from './inbound-event.entity.js';

export interface IncomingEvent {
  source: string;
  kind: InboundEventKind;
  externalId: string;
  /** The order the event belongs to (payments, refunds). */
  orderExternalId?: string | null;
  /** What the caller sent (its hash detects a reused id with another payload). */
  payload: Record<string, unknown>;
}

export interface Receipt {
  event: InboundEvent;
  /** True when this delivery repeated an event already received: nothing was written. */
  duplicate: boolean;
}

/** JSON with object keys sorted, so equal payloads hash equally whatever the key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export const payloadHash = (payload: unknown) =>
  createHash('sha256').update(canonical(payload)).digest('hex');

/**
 * Receives every incoming event exactly once. In one transaction: takes the given locks (the order's lock
 * for orders, payments and refunds: see `advisory-locks.ts`), then looks the event up; a repeated delivery
 * returns the first receipt and writes nothing, the same id with another payload is a CONFLICT. Otherwise
 * the event is stored and `process` runs in the same transaction; it returns the id of what it produced, or
 * null to keep the event PENDING (a refund before its order). Because the lookup happens under the lock,
 * concurrent deliveries of one event, or of events of one order, are applied one after another.
 */
export interface ReceiveOptions {
  /**
   * Also read, with the lookup and in the same statement, the events waiting for the order with this
   * external id (see {@link InboundEventService.pendingFor}); they are handed to `process`.
   */
  waitingFor?: string;
  /** `process` writes the event's row itself ({@link eventRow}), with its own rows in one statement. */
  processWritesEvent?: boolean;
}

/** What `process` reads under the locks, started with the lookup so both travel in one round trip. */
export type LockedRead<R> = (tx: EntityManager) => Promise<R>;

/** The row of a new event by column (for `json_populate_record`). */
export function eventRow(event: InboundEvent): Record<string, unknown> {
  return {
    id: event.id,
    source: event.source,
    kind: event.kind,
    external_id: event.externalId,
    order_external_id: event.orderExternalId,
    payload_hash: event.payloadHash,
    payload: event.payload,
    status: event.status,
    error: event.error,
    result_id: event.resultId,
    received_at: event.receivedAt.toISOString(),
    processed_at: event.processedAt?.toISOString() ?? null,
  };
}

export class InboundEventService {
  async receive<R = undefined>(
    em: EntityManager,
    incoming: IncomingEvent,
    locks: readonly string[],
    process: (
      tx: EntityManager,
      event: InboundEvent,
      waiting: InboundEvent[],
      read: R,
    ) => Promise<string | null>,
    options: ReceiveOptions & { read?: LockedRead<R> } = {},
  ): Promise<Receipt> {
    const hash = payloadHash(incoming.payload);
    // A fresh fork: nothing loaded earlier in the request may stand in for what the lock protects.
    return em.fork({ clear: true }).transactional(async (tx) => {
      // Issued in this order in one turn, they travel together and run in this order (`plainRows`): the
      // lookup and the caller's read come after the locks and see what they protect.
      const [, { existing, waiting }, read] = await Promise.all([
        lockForTransaction(tx, locks),
        this.lookup(tx, incoming, options.waitingFor),
        options.read ? options.read(tx) : (undefined as R),
      ]);
      if (existing) return this.repeat(existing, hash);
      // Stored by the first flush of `process` (or at commit): one insert, with what `process` decided;
      // or written by `process` itself, then no entity of the ORM's.
      const values = {
        source: incoming.source,
        kind: incoming.kind,
        externalId: incoming.externalId,
        orderExternalId: incoming.orderExternalId ?? null,
        payload: incoming.payload,
        payloadHash: hash,
        status: 'PENDING' as const,
      };
      const event = options.processWritesEvent
        ? unmanagedEntity(InboundEvent, values)
        : tx.create(InboundEvent, values);
      const resultId = await process(tx, event, waiting, read);
      if (resultId) {
        event.resultId = resultId;
        event.status = 'PROCESSED';
        event.processedAt ??= new Date();
      }
      return { event, duplicate: false };
    });
  }

  /** True when the event was received before (a read outside any lock: events are never deleted). */
  async received(em: EntityManager, source: string, kind: InboundEventKind, externalId: string) {
    return (await em.count(InboundEvent, { source, kind, externalId })) > 0;
  }

  /** The event under its lock, and (with `waitingFor`) the events waiting for that order: one statement. */
  private async lookup(tx: EntityManager, incoming: IncomingEvent, waitingFor?: string) {
    const key = { kind: incoming.kind, externalId: incoming.externalId };
    // A plain statement (every incoming event runs it; usually it finds nothing): entities only for rows.
    const found = await plainRows(
      tx,
      `select * from inbound_events where source = ? and ((kind = ? and external_id = ?)${
        waitingFor ? " or (order_external_id = ? and status = 'PENDING')" : ''
      }) order by received_at, id`,
      [incoming.source, key.kind, key.externalId, ...(waitingFor ? [waitingFor] : [])],
    );
    const rows = found.map((row) => tx.map(InboundEvent, row));
    const existing = rows.find((row) => row.kind === key.kind && row.externalId === key.externalId) ?? null;
    return { existing, waiting: rows.filter((row) => row !== existing) };
  }

  /** Waiting events of an order, oldest first (applied when the order arrives, under the order's lock). */
  pendingFor(em: EntityManager, source: string, orderExternalId: string): Promise<InboundEvent[]> {
    return em.find(
      InboundEvent,
      { source, orderExternalId, status: 'PENDING' },
      { orderBy: { receivedAt: 'asc', id: 'asc' } },
    );
  }

  private repeat(existing: InboundEvent, hash: string): Receipt {
    if (existing.payloadHash !== hash) {
      fail(
        'EVENT_PAYLOAD_MISMATCH',
        `${existing.kind === 'ORDER' ? 'An order' : `A ${existing.kind.toLowerCase()}`} with the id "${existing.externalId}" was recorded with other data.`,
        'externalId',
      );
    }
    return { event: existing, duplicate: true };
  }
}

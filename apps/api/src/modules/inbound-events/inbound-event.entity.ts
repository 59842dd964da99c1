import { randomUUID } from 'node:crypto';
import { Entity, Enum, Index, PrimaryKey, Property, Unique, type Opt } from '@mikro-orm/core';

export const INBOUND_EVENT_KINDS = ['LEAD', 'ORDER', 'PAYMENT', 'REFUND'] as const;
export type InboundEventKind = (typeof INBOUND_EVENT_KINDS)[number];

/**
 * Every incoming lead, order, payment and refund, stored once under (source, kind, external id): a repeated
 * delivery finds it and returns the first result; the same id with another payload is a conflict. Events
 * that arrive before their order (a refund first) wait here as PENDING and are applied when the order lands.
 */
@Entity({ tableName: 'inbound_events' })
@Unique({ properties: ['source', 'kind', 'externalId'] })
@Index({ properties: ['status', 'orderExternalId'] })
export class InboundEvent {
  @PrimaryKey({ type: 'uuid' })
  id: Opt<string> = randomUUID();

  /** `api` (GraphQL) or `stripe` (webhooks). */
  @Property({ type: 'string', length: 20 })
  source!: string;

  @Enum({ items: [...INBOUND_EVENT_KINDS], type: 'string' })
  kind!: InboundEventKind;

  @Property({ type: 'string', length: 200 })
  externalId!: string;

  /** The order this event belongs to (payments, refunds), to apply waiting events when it arrives. */
  @Property({ type: 'string', length: 200, nullable: true })
  orderExternalId: string | null = null;

  /** SHA-256 of the canonical payload. */
  @Property({ type: 'string', length: 64 })
  payloadHash!: string;

  @Property({ type: 'json' })
  payload!: Record<string, unknown>;

  /** PENDING: waits for its order. FAILED: its order arrived but the event could not be applied (see error). */
  @Enum({ items: ['PROCESSED', 'PENDING', 'FAILED'], type: 'string' })
  status!: 'PROCESSED' | 'PENDING' | 'FAILED';

  @Property({ type: 'text', nullable: true })
  error: string | null = null;

  /** Id of the record it produced (lead, order, payment or refund id). */
  @Property({ type: 'uuid', nullable: true })
  resultId: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  receivedAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  processedAt: Date | null = null;
}

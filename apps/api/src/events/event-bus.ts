import { createPubSub } from '@graphql-yoga/subscription';

/**
 * Typed topics of everything an admin or partner watches live. Payloads carry ids and the partner concerned,
 * so subscriptions can filter by partner at the server. Publish only after the transaction has committed.
 */
export interface EventTopics {
  PARTNER_UPDATED: { partnerId: string };
  /** A lead was recorded; `partnerIds` were credited. */
  LEAD_RECORDED: { leadId: string; partnerIds: string[] };
  /** A sale (order or renewal) was recorded; `partnerIds` were credited. */
  SALE_RECORDED: { orderId: string; partnerIds: string[] };
  /** A commission was created for `partnerId`. */
  COMMISSION_CREATED: { commissionId: string; partnerId: string };
  /** A commission changed (refund, review, payout). */
  COMMISSION_CHANGED: { commissionId: string; partnerId: string };
  /**
   * Clicks of one partner were stored (one event per partner per committed flush of the click buffer).
   * `count`: raw clicks (bots included); `uniqueCount`: unique human clicks; `at`: when they were committed.
   */
  CLICK_RECORDED: { partnerId: string; count: number; uniqueCount: number; at: Date };
  /**
   * Ledger entries that are not commissions were written for a partner: a payment of a payout batch or a
   * single payment (`PAYMENT`), its void, an admin's `ADJUSTMENT`, a `CLAWBACK`. Balances changed.
   */
  LEDGER_ENTRY_RECORDED: { partnerId: string; entryId: string; kind: string };
  /** A payout batch was paid: one PAYMENT entry for each of `partnerIds`. */
  PAYOUT_PAID: { batchId: string; partnerIds: string[] };
  /**
   * Every session of a partner or admin ended (sign-out everywhere, password set or reset, suspension,
   * rejection): their open sockets are closed.
   */
  SESSIONS_ENDED: { partnerId?: string; adminUserId?: string };
  /** Tracking links or merchant settings changed: redirect caches drop what they hold. */
  TRACKING_CHANGED: { what: 'links' | 'settings' };
}

export type EventTopic = keyof EventTopics;

export type PublishedEvent = { [T in EventTopic]: { topic: T; payload: EventTopics[T] } }[EventTopic];

export interface EventBus {
  publish<T extends EventTopic>(topic: T, payload: EventTopics[T]): void;
  /** Publishes several events (after a transaction committed). */
  publishAll(events: ReadonlyArray<PublishedEvent>): void;
  /** The type-graphql PubSub view of this bus, for `@Subscription({ topics })`. */
  readonly pubSub: ReturnType<typeof createPubSub>;
  /** Calls `handle` with every event of `topic` until the returned function is called. */
  subscribe<T extends EventTopic>(topic: T, handle: (payload: EventTopics[T]) => void): () => void;
}

/** The in-process bus (one API instance). */
export function createInProcessEventBus(): EventBus {
  const pubSub = createPubSub();
  return {
    pubSub,
    publish(topic, payload) {
      pubSub.publish(topic, payload);
    },
    publishAll(events) {
      for (const event of events) pubSub.publish(event.topic, event.payload);
    },
    subscribe(topic, handle) {
      const iterator = (pubSub.subscribe as (topic: string) => AsyncIterableIterator<never>)(topic);
      void (async () => {
        for await (const payload of iterator) handle(payload);
      })();
      return () => void iterator.return?.();
    },
  };
}

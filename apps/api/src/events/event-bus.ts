import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import { createPubSub } from '@graphql-yoga/subscription';
import { Redis } from 'ioredis';

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
  /** Releases what the bus holds (the Redis connections); the in-process bus holds nothing. */
  close?(): Promise<void>;
}

/** A bus over a GraphQL pub/sub (in-process or Redis-backed): the one implementation of `EventBus`. */
function busOver(pubSub: ReturnType<typeof createPubSub>, close?: () => Promise<void>): EventBus {
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
    ...(close ? { close } : {}),
  };
}

/** The in-process bus (one API instance). */
export function createInProcessEventBus(): EventBus {
  return busOver(createPubSub());
}

/**
 * Payloads cross Redis as JSON: a `Date` travels as `{ "$date": ISO }` and a `bigint` as `{ "$bigint": "…" }`,
 * and both come back as what they were, so a subscriber sees the same payload on every instance.
 */
export const eventJson = {
  stringify(message: unknown): string {
    return JSON.stringify(message, function (this: Record<string, unknown>, key, value: unknown) {
      const raw = this[key];
      if (raw instanceof Date) return { $date: raw.toISOString() };
      if (typeof raw === 'bigint') return { $bigint: raw.toString() };
      return value;
    });
  },
  parse(message: string): unknown {
    return JSON.parse(message, (_key, value: unknown) => {
      if (value && typeof value === 'object' && !Array.isArray(value)) {
        const tagged = value as Record<string, unknown>;
        const keys = Object.keys(tagged);
        if (keys.length === 1 && typeof tagged.$date === 'string') return new Date(tagged.$date);
        if (keys.length === 1 && typeof tagged.$bigint === 'string') return BigInt(tagged.$bigint);
      }
      return value;
    });
  },
};

/**
 * The bus of several API instances: every event goes through Redis pub/sub (`@graphql-yoga/redis-event-target`),
 * so a subscriber on one instance receives what another instance published (clicks, sales, cache
 * invalidation, ended sessions). The publishing instance receives its own events back through Redis too.
 */
export function createRedisEventBus(redisUrl: string): EventBus {
  // Two connections: a subscribed Redis connection can do nothing but receive.
  const options = { maxRetriesPerRequest: null, lazyConnect: false } as const;
  const publishClient = new Redis(redisUrl, options);
  const subscribeClient = new Redis(redisUrl, options);
  const eventTarget = createRedisEventTarget({ publishClient, subscribeClient, serializer: eventJson });
  return busOver(createPubSub({ eventTarget }), async () => {
    await Promise.allSettled([publishClient.quit(), subscribeClient.quit()]);
  });
}

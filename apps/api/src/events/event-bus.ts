import { createPubSub } from '@graphql-yoga/subscription';

/**
 * Typed topics of everything an admin or partner watches live. Payloads carry ids and the partner concerned,
 * so subscriptions can filter by partner at the server. Publish only after the transaction has committed.
 */
export interface EventTopics {
  PARTNER_UPDATED: { partnerId: string };
  /**
   * Clicks of one partner were stored (one event per partner per committed flush of the click buffer).
   * `count`: raw clicks (bots included); `uniqueCount`: unique human clicks; `at`: when they were committed.
   */
  CLICK_RECORDED: { partnerId: string; count: number; uniqueCount: number; at: Date };
  /** Tracking links or merchant settings changed: redirect caches drop what they hold. */
  TRACKING_CHANGED: { what: 'links' | 'settings' };
}

export type EventTopic = keyof EventTopics;

export interface EventBus {
  publish<T extends EventTopic>(topic: T, payload: EventTopics[T]): void;
  /** The type-graphql PubSub view of this bus, for `@Subscription({ topics })`. */
  readonly pubSub: ReturnType<typeof createPubSub>;
}

/** The in-process bus (one API instance). */
export function createInProcessEventBus(): EventBus {
  const pubSub = createPubSub();
  return {
    pubSub,
    publish(topic, payload) {
      pubSub.publish(topic, payload);
    },
  };
}

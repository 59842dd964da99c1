import { createPubSub } from '@graphql-yoga/subscription';

/**
 * Typed topics of everything an admin or partner watches live. Payloads carry ids and the partner concerned,
 * so subscriptions can filter by partner at the server. Publish only after the transaction has committed.
 */
export interface EventTopics {
  PARTNER_UPDATED: { partnerId: string };
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

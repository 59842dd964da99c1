import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../graphql/enum-of.js';
import { WebhookEndpoint } from './webhook-endpoint.entity.js';

export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];
export const WebhookDeliveryStatusEnum = enumOf(WEBHOOK_DELIVERY_STATUSES);
registerEnumType(WebhookDeliveryStatusEnum, {
  name: 'WebhookDeliveryStatus',
  description:
    'PENDING: waiting for its (next) attempt. DELIVERED: the endpoint answered 2xx. FAILED: every retry failed (replay it from the console).',
});

/**
 * One event for one endpoint: written in the transaction of the event, sent by the dispatcher after commit,
 * retried with backoff until the endpoint answers 2xx. Its id is the Standard Webhooks `webhook-id` (the same
 * on every retry and replay, so receivers can drop repeats).
 */
@ObjectType()
@Entity({ tableName: 'webhook_deliveries' })
@Index({ properties: ['status', 'nextAttemptAt'] })
@Index({ properties: ['endpoint', 'createdAt'] })
@Index({ properties: ['createdAt', 'id'] }) // the deliveries list's order (newest first)
export class WebhookDelivery {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 40 })
  id!: string;

  @Field(() => WebhookEndpoint)
  @ManyToOne(() => WebhookEndpoint, { deleteRule: 'cascade' })
  endpoint!: WebhookEndpoint;

  @Field(() => String)
  @Property({ type: 'string', length: 40 })
  eventType!: string;

  /** The exact JSON body sent (signed as is). */
  @Field(() => String, { description: 'The JSON body sent to the endpoint.' })
  @Property({ type: 'text' })
  body!: string;

  @Field(() => WebhookDeliveryStatusEnum)
  @Enum({ items: [...WEBHOOK_DELIVERY_STATUSES], type: 'string', default: 'PENDING' })
  status: Opt<WebhookDeliveryStatus> = 'PENDING';

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  attempts: Opt<number> = 0;

  @Field(() => Int, { nullable: true, description: 'HTTP status of the last answer (none: no answer).' })
  @Property({ type: 'integer', nullable: true })
  lastResponseStatus: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  nextAttemptAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  deliveredAt: Date | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  createdAt: Opt<Date> = new Date();
}

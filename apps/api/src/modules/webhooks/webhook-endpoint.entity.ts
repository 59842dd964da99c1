import { Entity, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';

/**
 * A merchant's URL that receives signed deliveries of the events it subscribed to. The signing secret
 * (`whsec_…`, Standard Webhooks) is kept to sign with; it is shown to the admin once, when it is made.
 * After a rotation the previous secret also signs until `previousSecretExpiresAt`, so a receiver can switch
 * without losing a delivery.
 */
@ObjectType()
@Entity({ tableName: 'webhook_endpoints' })
export class WebhookEndpoint extends BaseEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 2000 })
  url!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200, default: '' })
  description: Opt<string> = '';

  @Field(() => [String], { description: 'Event types delivered here (e.g. `order.recorded`).' })
  @Property({ type: 'text[]' })
  events!: string[];

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  enabled: Opt<boolean> = true;

  @Property({ type: 'string', length: 100, hidden: true })
  secret!: string;

  @Property({ type: 'string', length: 100, nullable: true, hidden: true })
  previousSecret: string | null = null;

  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;
}

import { Entity, Enum, Index, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PARTNER_EMAIL_KINDS, type PartnerEmailKind } from '@partnerkit/domain';
import { BaseEntity } from '../../common/base.entity.js';
import { enumOf } from '../../graphql/enum-of.js';
import { PartnerEmailKindEnum } from './email-template.entity.js';

export const OUTBOUND_EMAIL_STATUSES = ['QUEUED', 'SENT', 'FAILED', 'HELD'] as const;
export type OutboundEmailStatus = (typeof OUTBOUND_EMAIL_STATUSES)[number];
export const OutboundEmailStatusEnum = enumOf(OUTBOUND_EMAIL_STATUSES);
registerEnumType(OutboundEmailStatusEnum, {
  name: 'OutboundEmailStatus',
  description:
    'QUEUED: waiting for (another) attempt. SENT: accepted by the SMTP server. FAILED: gave up after retries. HELD: kept in the outbox because no SMTP server is configured.',
});

/** The outbox: every email Partnerkit sends, written in the transaction of the action that caused it. */
@ObjectType()
@Entity({ tableName: 'outbound_emails' })
@Index({ properties: ['status', 'nextAttemptAt'] })
@Index({ properties: ['createdAt', 'id'] }) // the outbox list's order (newest first)
export class OutboundEmail extends BaseEntity {
  @Field(() => PartnerEmailKindEnum)
  @Enum({ items: [...PARTNER_EMAIL_KINDS], type: 'string' })
  kind!: PartnerEmailKind;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  @Index()
  partnerId: string | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 254 })
  to!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  subject!: string;

  /** Exposed without one-time link tokens (`OutboundEmailResolver.body`). */
  @Property({ type: 'text' })
  body!: string;

  @Field(() => OutboundEmailStatusEnum)
  @Enum({ items: [...OUTBOUND_EMAIL_STATUSES], type: 'string', default: 'QUEUED' })
  status: Opt<OutboundEmailStatus> = 'QUEUED';

  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  attempts: Opt<number> = 0;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  nextAttemptAt: Opt<Date> = new Date();

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  sentAt: Date | null = null;
}

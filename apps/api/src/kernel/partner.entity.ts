import { Collection, Entity, Enum, Index, ManyToMany, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { PARTNER_STATUSES, type PartnerStatus } from '@partnerkit/domain';
import { BaseEntity } from '../common/base.entity.js';
import { enumOf } from '../graphql/enum-of.js';
import { Program } from './program.entity.js';

/** The GraphQL enum of the domain's partner statuses (the list itself lives in @partnerkit/domain). */
export const PartnerStatusEnum = enumOf(PARTNER_STATUSES);
registerEnumType(PartnerStatusEnum, {
  name: 'PartnerStatus',
  description: 'PENDING -> ACTIVE | REJECTED; ACTIVE <-> SUSPENDED. Only ACTIVE partners earn.',
});

export enum PayoutMethod {
  PAYPAL = 'PAYPAL',
  BANK_TRANSFER = 'BANK_TRANSFER',
  CHECK = 'CHECK',
  OTHER = 'OTHER',
}
registerEnumType(PayoutMethod, { name: 'PayoutMethod' });

/** A referral partner (affiliate): a person or organisation that sells the merchant's products. */
@ObjectType()
@Entity({ tableName: 'partners' })
// The partners list's order (newest first), unfiltered and by status.
@Index({ properties: ['createdAt', 'id'] })
@Index({ properties: ['status', 'createdAt', 'id'] })
export class Partner extends BaseEntity {
  @Field(() => String, { description: 'Unique, lower-case; appears in tracking links.' })
  @Property({ type: 'string', length: 32, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 254, unique: true })
  email!: string;

  @Field(() => PartnerStatusEnum)
  @Enum({ items: [...PARTNER_STATUSES], type: 'string' })
  status: Opt<PartnerStatus> = 'PENDING';

  @ManyToOne(() => Partner, { nullable: true, deleteRule: 'set null' })
  parent: Partner | null = null;

  @ManyToMany(() => Program, undefined, { pivotTable: 'partner_programs', owner: true })
  programs = new Collection<Program>(this);

  @Field(() => Int, {
    nullable: true,
    description: "Overrides the programs' cookie window for this partner.",
  })
  @Property({ type: 'integer', nullable: true })
  cookieWindowDays: number | null = null;

  @Field(() => PayoutMethod, { nullable: true })
  @Enum({ items: () => PayoutMethod, type: 'string', nullable: true })
  payoutMethod: PayoutMethod | null = null;

  @Field(() => String, { nullable: true, description: 'For example a PayPal email.' })
  @Property({ type: 'string', length: 254, nullable: true })
  payoutDestination: string | null = null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  notifyOnSale: Opt<boolean> = true;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: true })
  notifyOnPayment: Opt<boolean> = true;

  @Field(() => GraphQLJSONObject)
  @Property({ type: 'json', default: '{}' })
  customFields: Opt<Record<string, unknown>> = {};

  /** argon2id hash; null until the partner has portal access. Never exposed. */
  @Property({ type: 'string', nullable: true, hidden: true, lazy: true })
  passwordHash: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  approvedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: "The admin's note on approval or rejection." })
  @Property({ type: 'text', nullable: true })
  reviewNote: string | null = null;

  /**
   * When the partner earned its first commission (set once, by that commission's transaction): the
   * "first commission" email is queued when this changes from null, without counting its commissions.
   */
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  firstCommissionAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'How the partner joined: ADMIN, SIGNUP or IMPORT.' })
  @Property({ type: 'string', length: 16, nullable: true })
  source: string | null = null;
}

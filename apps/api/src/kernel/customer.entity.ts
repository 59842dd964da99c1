import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';
import { Partner } from './partner.entity.js';

/**
 * A customer of the merchant, known by the merchant's id and/or email. Remembers the partner it was first
 * attributed to (permanent referral, used when a program keeps referrals) and an admin's manual assignment,
 * which wins over everything.
 */
@ObjectType()
@Entity({ tableName: 'customers' })
/** The referrals report: customers first seen in a period. */
@Index({ name: 'customers_created_at_index', properties: ['createdAt'] })
@Unique({ properties: ['externalId'] })
export class Customer extends BaseEntity {
  @Field(() => String, { nullable: true, description: "The merchant's customer id." })
  @Property({ type: 'string', length: 200, nullable: true })
  externalId: string | null = null;

  @Field(() => String, { nullable: true })
  @Index()
  @Property({ type: 'string', length: 254, nullable: true })
  email: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  name: string | null = null;

  /** The partner this customer was first attributed to. */
  @ManyToOne(() => Partner, { nullable: true, deleteRule: 'set null' })
  referredBy: Partner | null = null;

  /** An admin's assignment; wins over every other attribution source. */
  @ManyToOne(() => Partner, { nullable: true, deleteRule: 'set null' })
  assignedPartner: Partner | null = null;
}

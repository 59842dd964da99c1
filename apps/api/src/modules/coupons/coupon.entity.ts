import { Entity, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Partner } from '../../kernel/partner.entity.js';

/** A coupon code that belongs to a partner: an order carrying it is attributed to that partner. */
@ObjectType()
@Entity({ tableName: 'coupons' })
export class Coupon extends BaseEntity {
  @Field(() => String, { description: 'Upper-case, unique.' })
  @Property({ type: 'string', length: 64, unique: true })
  code!: string;

  @ManyToOne(() => Partner, { deleteRule: 'cascade' })
  partner!: Partner;
}

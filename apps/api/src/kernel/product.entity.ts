import { BigIntType, Entity, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../common/base.entity.js';

/** A product of the merchant's catalogue, which commission rules can target. SKU is the merchant's key. */
@ObjectType()
@Entity({ tableName: 'products' })
export class Product extends BaseEntity {
  @Field(() => String, { description: "The merchant's unique product key (case-sensitive)." })
  @Property({ type: 'string', length: 120, unique: true })
  sku!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** List price in minor units of `currency`; exposed as `price: Money`. */
  @Property({ type: new BigIntType('bigint') })
  priceMinor!: bigint;

  @Field(() => String)
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Field(() => Boolean, { description: 'Sold as a subscription (recurring payments).' })
  @Property({ type: 'boolean', default: false })
  subscription: Opt<boolean> = false;

  @Field(() => Date, { nullable: true, description: 'Archived products stay for past orders and rules.' })
  @Property({ type: 'datetime', columnType: 'timestamptz', nullable: true })
  archivedAt: Date | null = null;
}

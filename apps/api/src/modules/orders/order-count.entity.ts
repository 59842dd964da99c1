import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';

/**
 * How many orders (renewals included) there are, kept by the database itself: statement triggers on `orders`
 * add each inserting statement's orders (and take away a deleting statement's) with one upsert in the same
 * transaction (migration `order_counts`), so the admin's unfiltered `orders { totalCount }` sums 64 rows
 * instead of counting every order. Up to 64 shard rows, chosen by the writing connection. Never written by
 * the application.
 */
@Entity({ tableName: 'order_counts' })
export class OrderCount {
  @PrimaryKey({ type: 'smallint', autoincrement: false })
  shard!: number;

  @Property({ type: 'bigint', default: 0 })
  orderCount: Opt<number> = 0;
}

import { Entity, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Partner } from '../../kernel/partner.entity.js';

/**
 * How many commissions each partner has, kept by the database itself: a statement trigger on `commissions`
 * adds every inserting statement's commissions with one upsert in the same transaction (migration
 * `partner_commission_counts`), so `myCommissions { totalCount }` reads a few rows instead of counting a busy
 * partner's thousands of commissions. Commissions are never deleted (a refund voids or claws back), except
 * with their partner, whose counts go with it. Up to 8 shard rows per partner (chosen by the writing
 * connection), as in `partner_balances`; the count is the sum of its shards. Never written by the application.
 */
@Entity({ tableName: 'partner_commission_counts' })
export class PartnerCommissionCount {
  @ManyToOne(() => Partner, { primary: true, deleteRule: 'cascade' })
  partner!: Partner;

  @PrimaryKey({ type: 'smallint' })
  shard!: number;

  @Property({ type: 'bigint', default: 0 })
  commissionCount: Opt<number> = 0;
}

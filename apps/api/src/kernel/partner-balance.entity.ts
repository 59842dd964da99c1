import { BigIntType, Entity, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Partner } from './partner.entity.js';

/**
 * Running totals of ledger entries per partner and currency, kept by the database itself: a statement
 * trigger on `ledger_entries` adds every inserted entry in the same transaction (see the migration
 * `ledger_append_only_and_balances`), so a total is always the sum of its entries, whatever code inserted
 * them. Each partner and currency has up to 8 shard rows (chosen by the writing connection), so concurrent
 * transactions crediting one busy partner (a parent earning on every sale) do not queue on one row; a
 * balance is the sum of its shards. Never written by the application.
 */
@Entity({ tableName: 'partner_balances' })
export class PartnerBalanceShard {
  @ManyToOne(() => Partner, { primary: true, deleteRule: 'cascade' })
  partner!: Partner;

  @PrimaryKey({ type: 'string', length: 3 })
  currency!: string;

  @PrimaryKey({ type: 'smallint' })
  shard!: number;

  /** Sum of the entries' signed minor units. */
  @Property({ type: new BigIntType('bigint'), default: 0 })
  totalMinor: Opt<bigint> = 0n;

  @Property({ type: 'bigint', default: 0 })
  entryCount: Opt<number> = 0;
}

import { BigIntType, Entity, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Partner } from '../../kernel/partner.entity.js';

/** The buckets of {@link LedgerPeriodSum}: a UTC day, a UTC month, or all time. */
export type LedgerSumGrain = 'DAY' | 'MONTH' | 'ALL';

/**
 * The ledger report's rollup: the sums per kind and the count of the ledger entries of one partner and
 * currency whose `effective_at` falls in one bucket (a UTC day, a UTC month, or all time with
 * `bucket = 1970-01-01`), kept by the database itself: a statement trigger on `ledger_entries` adds every
 * inserting statement's entries with one upsert in the same transaction (migration `ledger_period_sums`),
 * so a bucket is always the sum of its entries, whatever code or COPY inserted them. Like
 * `partner_balances`, each bucket has up to 8 shard rows (chosen by the writing connection), so concurrent
 * writers crediting one busy partner do not queue on one row; a bucket is the sum of its shards. The
 * primary key starts with grain and bucket: the report reads a range of buckets for every partner. Never
 * written by the application.
 */
@Entity({ tableName: 'ledger_period_sums' })
export class LedgerPeriodSum {
  @PrimaryKey({ type: 'string', length: 5 })
  grain!: LedgerSumGrain;

  /** The bucket's first instant (UTC midnight, first of a UTC month, or the epoch for `ALL`). */
  @PrimaryKey({ type: 'datetime', columnType: 'timestamptz' })
  bucket!: Date;

  @ManyToOne(() => Partner, { primary: true, deleteRule: 'cascade' })
  partner!: Partner;

  @PrimaryKey({ type: 'string', length: 3 })
  currency!: string;

  @PrimaryKey({ type: 'smallint' })
  shard!: number;

  /** Sums of the bucket's entries by kind, in signed minor units. */
  @Property({ type: new BigIntType('bigint'), default: 0 })
  commissionMinor: Opt<bigint> = 0n;

  @Property({ type: new BigIntType('bigint'), default: 0 })
  clawbackMinor: Opt<bigint> = 0n;

  @Property({ type: new BigIntType('bigint'), default: 0 })
  paymentMinor: Opt<bigint> = 0n;

  @Property({ type: new BigIntType('bigint'), default: 0 })
  adjustmentMinor: Opt<bigint> = 0n;

  @Property({ type: 'bigint', default: 0 })
  entryCount: Opt<number> = 0;
}

import { BigIntType, Entity, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { type LedgerEntryKind } from '@partnerkit/domain';
import { Partner } from './partner.entity.js';

/**
 * One append-only entry of a partner's ledger in one currency. Never updated or deleted (a mistake is
 * corrected by a new entry). The id is the domain's deterministic id, so the same decision stored twice is
 * refused by the primary key.
 */
@ObjectType()
@Entity({ tableName: 'ledger_entries' })
/** Reports of every partner over a period (ledger report, payments, commissions and clawbacks). */
@Index({ name: 'ledger_entries_effective_at_index', properties: ['effectiveAt'] })
/** The dashboard's "owed now" of every partner: the entries still in their hold. */
@Index({ name: 'ledger_entries_available_at_index', properties: ['availableAt'] })
@Index({ properties: ['partner', 'currency', 'effectiveAt'] })
/** A partner's ledger newest first (`myLedgerEntries`, `ledgerEntries`): a page is the index's first rows. */
@Index({ properties: ['partner', 'effectiveAt', 'id'] })
/** A partner's amount still in its hold (balances, payouts), read from the index alone (`include`). */
@Index({
  name: 'ledger_entries_partner_id_currency_available_at_index',
  expression:
    'create index "ledger_entries_partner_id_currency_available_at_index" on "ledger_entries" ("partner_id", "currency", "available_at") include ("amount_minor")',
})
@Index({ properties: ['commissionId'] })
@Index({ properties: ['payoutBatchId'] })
export class LedgerEntry {
  /** A deterministic key (`commission:<commission id>`, …); exposed by `LedgerEntryResolver.id`. */
  @PrimaryKey({ type: 'text' })
  id!: string;

  @ManyToOne(() => Partner, { deleteRule: 'cascade' })
  partner!: Partner;

  @Field(() => String, { description: 'COMMISSION, CLAWBACK, PAYMENT or ADJUSTMENT.' })
  @Property({ type: 'string', length: 12 })
  kind!: LedgerEntryKind;

  /** Signed minor units; exposed as `amount: Money`. */
  @Property({ type: new BigIntType('bigint') })
  amountMinor!: bigint;

  @Field(() => String)
  @Property({ type: 'string', length: 3 })
  currency!: string;

  @Field(() => Date, { description: 'When it counts for reports.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  effectiveAt!: Date;

  @Field(() => Date, { description: 'When it counts for the payable balance.' })
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  availableAt!: Date;

  @Property({ type: 'text', nullable: true })
  commissionId: string | null = null;

  @Property({ type: 'text', nullable: true })
  refundId: string | null = null;

  @Field(() => ID, { nullable: true, description: 'The payout batch of a PAYMENT (and of its void).' })
  @Property({ type: 'text', nullable: true })
  payoutBatchId: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 40, nullable: true })
  method: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  reference: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  adminId: string | null = null;

  /** When it was written (entries are immutable). */
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  recordedAt: Opt<Date> = new Date();
}

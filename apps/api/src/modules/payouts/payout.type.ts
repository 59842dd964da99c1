import { Authorized, Field, Int, ObjectType } from 'type-graphql';
import { Connection } from '../../graphql/connection.js';
import { MoneyType } from '../../graphql/money.type.js';
import { LedgerEntry } from '../../kernel/ledger-entry.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import { PayoutBatch } from './payout-batch.entity.js';

@ObjectType()
export class PayoutBatchConnection extends Connection(PayoutBatch) {}

/** One partner and currency of the payout preview. */
@ObjectType()
export class PayoutPreviewRow {
  @Field(() => Partner)
  partner!: Partner;

  @Field(() => String)
  currency!: string;

  @Field(() => MoneyType, { description: 'What a batch would pay now.' })
  payable!: MoneyType;

  @Field(() => MoneyType, { description: 'Still in the hold period.' })
  pending!: MoneyType;

  @Field(() => MoneyType, { description: 'Waiting for review (not paid until approved).' })
  flagged!: MoneyType;

  @Field(() => MoneyType)
  total!: MoneyType;

  @Field(() => MoneyType, { description: "The program's minimum payout in this currency." })
  minimumPayout!: MoneyType;

  @Field(() => String, {
    description: 'READY, NOTHING_PAYABLE, BELOW_MINIMUM or NO_PAYOUT_DETAILS (no method or destination).',
  })
  readiness!: string;
}

/** A downloadable file of a batch (CSV text). */
@ObjectType()
export class PayoutFile {
  @Field(() => String, { description: 'A file name to save it as.' })
  name!: string;

  @Field(() => Int, { description: 'Payments in the file.' })
  rowCount!: number;

  @Field(() => String, { description: 'The file itself (UTF-8 CSV text).' })
  content!: string;
}

/** One payment of a batch. */
@ObjectType()
export class PayoutPayment {
  @Field(() => LedgerEntry, { description: 'The PAYMENT entry (negative amount).' })
  entry!: LedgerEntry;

  @Authorized() // the partner's details and balances: partners:read for keys (access matrix)
  @Field(() => Partner)
  partner!: Partner;

  @Field(() => MoneyType, { description: 'What was paid (positive).' })
  amount!: MoneyType;

  @Field(() => Boolean, { description: 'Voided since (reversed by a later entry).' })
  voided!: boolean;
}

/** A partner left out of a batch, and why. */
@ObjectType()
export class PayoutSkippedPartner {
  @Authorized() // as PayoutPayment.partner
  @Field(() => Partner)
  partner!: Partner;

  @Field(() => String, {
    description: 'NOTHING_PAYABLE, BELOW_MINIMUM, NO_PAYOUT_DETAILS or ALREADY_PAID.',
  })
  reason!: string;
}

@ObjectType()
export class CreatePayoutBatchResult {
  @Field(() => PayoutBatch)
  batch!: PayoutBatch;

  @Field(() => Boolean, {
    description: 'False when the idempotency key was used before: the earlier batch, nothing paid again.',
  })
  created!: boolean;

  @Field(() => [PayoutSkippedPartner])
  skipped!: PayoutSkippedPartner[];
}

/** The signed-in partner's earnings in one currency: the split, the minimum and whether it can be paid. */
@ObjectType()
export class EarningsBalance {
  @Field(() => String)
  currency!: string;

  @Field(() => MoneyType, { description: 'Running balance: the sum of every entry.' })
  total!: MoneyType;

  @Field(() => MoneyType)
  payable!: MoneyType;

  @Field(() => MoneyType)
  pending!: MoneyType;

  @Field(() => MoneyType)
  flagged!: MoneyType;

  @Field(() => MoneyType, { description: 'Paid so far (payments less voided ones).' })
  paid!: MoneyType;

  @Field(() => MoneyType)
  minimumPayout!: MoneyType;

  @Field(() => String, { description: 'READY, NOTHING_PAYABLE, BELOW_MINIMUM or NO_PAYOUT_DETAILS.' })
  readiness!: string;

  @Field(() => Boolean, {
    description: 'Payable is at least the minimum payout and payout details are present.',
  })
  canBePaidOut!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the next pending amount becomes payable.' })
  nextPayableAt!: Date | null;

  @Field(() => MoneyType, { nullable: true, description: 'The amount that becomes payable then.' })
  nextPayable!: MoneyType | null;
}

/** A product the partner sold (level-1 sales credited to them). */
@ObjectType()
export class ProductSold {
  @Field(() => String)
  sku!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  quantity!: number;

  @Field(() => Int, { description: 'Orders it was in.' })
  orders!: number;
}

/** Where a ledger entry came from, to drill down to it. */
@ObjectType()
export class LedgerEntryCauseType {
  @Field(() => String, {
    description:
      'COMMISSION_EARNED, REFUND, REVIEW_REJECTED, COMMISSION_REVERSED, PAYOUT, PAYMENT_VOID or ADJUSTMENT.',
  })
  kind!: string;

  @Field(() => String, { nullable: true })
  commissionId!: string | null;

  @Field(() => String, { nullable: true })
  refundId!: string | null;

  @Field(() => String, { nullable: true })
  payoutBatchId!: string | null;

  @Field(() => String, { nullable: true, description: 'For a void: the payment entry it reverses.' })
  voidedEntryId!: string | null;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'The admin who decided it (admins only).' })
  adminName!: string | null;
}

import { Field, ID, InputType } from 'type-graphql';
import { PayoutMethod } from '../../kernel/partner.entity.js';

@InputType()
export class CreatePayoutBatchInput {
  @Field(() => String, {
    description: 'Unique per batch: sending the same key again returns the same batch.',
  })
  idempotencyKey!: string;

  @Field(() => String, { description: 'One currency per batch (ISO 4217).' })
  currency!: string;

  @Field(() => PayoutMethod)
  method!: PayoutMethod;

  @Field(() => String, { nullable: true, description: 'e.g. the PayPal payout batch id.' })
  reference?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Only these partners; everyone payable when absent.' })
  partnerIds?: string[] | null;
}

@InputType()
export class RecordPartnerPaymentInput {
  @Field(() => String)
  idempotencyKey!: string;

  @Field(() => ID)
  partnerId!: string;

  @Field(() => String, { description: 'Positive minor units, at most the payable balance.' })
  amountMinor!: string;

  @Field(() => String)
  currency!: string;

  @Field(() => PayoutMethod)
  method!: PayoutMethod;

  @Field(() => String, { nullable: true })
  reference?: string | null;
}

@InputType()
export class VoidPaymentInput {
  @Field(() => ID, { description: 'The PAYMENT ledger entry.' })
  entryId!: string;

  @Field(() => String, { description: 'Why (required), e.g. "returned by PayPal".' })
  reason!: string;
}

@InputType()
export class AddAdjustmentInput {
  @Field(() => ID)
  partnerId!: string;

  @Field(() => String, {
    description: 'Signed minor units, not zero: "500" credits $5.00, "-500" debits it.',
  })
  amountMinor!: string;

  @Field(() => String)
  currency!: string;

  @Field(() => String, { description: 'Required; shown to the partner.' })
  reason!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Optional, recommended: sending the same key again returns the first adjustment and adds nothing; the key with another partner, amount, currency or reason is refused (IDEMPOTENCY_KEY_REUSED).',
  })
  idempotencyKey?: string | null;
}

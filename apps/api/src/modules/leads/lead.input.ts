import { Field, InputType } from 'type-graphql';
import { CustomerInput, ReferralInput } from '../orders/order.input.js';

@InputType()
export class RecordLeadInput {
  @Field(() => String, { description: 'Your id for this opt-in; a repeat returns the first result.' })
  externalId!: string;

  @Field(() => CustomerInput, { description: 'Who opted in (email and/or your customer id).' })
  customer!: CustomerInput;

  @Field(() => ReferralInput, { nullable: true })
  referral?: ReferralInput | null;

  @Field(() => String, {
    nullable: true,
    description: 'SKU of the product the lead is for (product lead payouts).',
  })
  sku?: string | null;

  @Field(() => Date, { nullable: true, description: 'Default: now.' })
  occurredAt?: Date | null;
}

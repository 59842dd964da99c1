import { Field, InputType } from 'type-graphql';

@InputType()
export class CreateWebhookEndpointInput {
  @Field(() => String, { description: 'http(s) URL that receives the deliveries (POST, JSON).' })
  url!: string;

  @Field(() => [String], {
    description:
      'Event types: partner.applied, partner.approved, lead.recorded, order.recorded, commission.created, commission.voided, payout.paid.',
  })
  events!: string[];

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@InputType()
export class UpdateWebhookEndpointInput {
  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => [String], { nullable: true })
  events?: string[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'False: nothing is queued for it until enabled again.',
  })
  enabled?: boolean | null;
}

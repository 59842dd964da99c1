import { Field, InputType, Int } from 'type-graphql';

@InputType()
export class CreateApiKeyInput {
  @Field(() => String, { description: 'What the key is for, e.g. "Shop backend".' })
  name!: string;

  @Field(() => [String], {
    description:
      'Any of: "*:read", "partners:read", "reports:read", "ledger:read", "events:write", "products:write", "partners:write", "payouts:write", "webhooks:write".',
  })
  scopes!: string[];

  @Field(() => Date, { nullable: true, description: 'When the key stops working (default: never).' })
  expiresAt?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "Operations per minute (1 to 100,000; default: the server's limit for keys).",
  })
  rateLimitPerMinute?: number | null;
}

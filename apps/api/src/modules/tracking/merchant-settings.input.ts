import { Field, InputType } from 'type-graphql';

/** Omitted fields (and `allowedDomains: null`) stay as they are; `defaultLandingUrl: null` removes it. */
@InputType()
export class UpdateMerchantSettingsInput {
  @Field(() => String, { nullable: true, description: 'A full https:// address.' })
  defaultLandingUrl?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Exact hosts (shop.example.com) or wildcards (*.example.com); at most 100.',
  })
  allowedDomains?: string[] | null;
}

import { Field, ID, ObjectType } from 'type-graphql';

/** One of the signed-in partner's ready-to-share links. */
@ObjectType()
export class PartnerTrackingLink {
  @Field(() => ID, { nullable: true, description: 'The named link (null: the default link).' })
  trackingLinkId!: string | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  slug!: string | null;

  @Field(() => String, { description: 'The full tracking link to share.' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'Where it sends visitors.' })
  destinationUrl!: string | null;
}

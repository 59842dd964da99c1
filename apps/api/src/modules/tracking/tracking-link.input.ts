import { Field, ID, InputType } from 'type-graphql';

@InputType()
export class CreateTrackingLinkInput {
  @Field(() => String, { description: '1 to 64 of a-z 0-9 -; cannot be changed later (links are shared).' })
  slug!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'A full https:// address.' })
  destinationUrl!: string;

  @Field(() => [ID], { defaultValue: [], description: 'Only partners of these programs (empty: everybody).' })
  programIds!: string[];
}

/** Omitted fields stay as they are. The slug never changes: partners have shared it. */
@InputType()
export class UpdateTrackingLinkInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  destinationUrl?: string;

  @Field(() => [ID], { nullable: true })
  programIds?: string[];

  @Field(() => Boolean, { nullable: true })
  archived?: boolean;
}

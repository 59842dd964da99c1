import { Field, ID, InputType, Int } from 'type-graphql';
import { type CollateralKind, type SnippetFormat } from '@partnerkit/domain';
import { CollateralKindEnum, SnippetFormatEnum } from './collateral.type.js';

/** A written item: an email swipe (subject and body) or a snippet (body, TEXT or HTML). Files are uploaded. */
@InputType()
export class CreateCollateralInput {
  @Field(() => CollateralKindEnum, {
    description: 'EMAIL_SWIPE or SNIPPET (banners and files: the upload route).',
  })
  kind!: CollateralKind;

  @Field(() => String)
  title!: string;

  @Field(() => String, { defaultValue: '' })
  notes!: string;

  @Field(() => Int, { defaultValue: 0, description: 'Sort position within its kind (lowest first).' })
  sortOrder!: number;

  @Field(() => String, {
    nullable: true,
    description: 'On an allowed domain; empty: the default landing page.',
  })
  landingUrl?: string | null;

  @Field(() => [ID], { description: 'The programs whose partners see it (at least one).' })
  programIds!: string[];

  @Field(() => String, { nullable: true, description: 'Email swipes: the subject.' })
  subject?: string | null;

  @Field(() => String, { description: 'Merge fields: {{trackingLink}}, {{name}}, {{code}}.' })
  body!: string;

  @Field(() => SnippetFormatEnum, { nullable: true, description: 'Snippets: TEXT (default) or HTML.' })
  format?: SnippetFormat | null;
}

/** Omitted fields stay as they are. The kind and the uploaded file never change. */
@InputType()
export class UpdateCollateralInput {
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;

  @Field(() => Int, { nullable: true })
  sortOrder?: number | null;

  @Field(() => String, { nullable: true, description: 'Empty text: back to the default landing page.' })
  landingUrl?: string | null;

  @Field(() => [ID], { nullable: true })
  programIds?: string[] | null;

  @Field(() => String, { nullable: true })
  subject?: string | null;

  @Field(() => String, { nullable: true })
  body?: string | null;

  @Field(() => SnippetFormatEnum, { nullable: true })
  format?: SnippetFormat | null;

  @Field(() => Boolean, { nullable: true, description: 'Archived items are hidden from partners.' })
  archived?: boolean | null;
}

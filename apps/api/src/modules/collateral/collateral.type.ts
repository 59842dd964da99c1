import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { COLLATERAL_KINDS, SNIPPET_FORMATS } from '@partnerkit/domain';
import { enumOf } from '../../graphql/enum-of.js';
import { Partner } from '../../kernel/partner.entity.js';

export const CollateralKindEnum = enumOf(COLLATERAL_KINDS);
registerEnumType(CollateralKindEnum, {
  name: 'CollateralKind',
  description: 'BANNER and FILE are uploaded; EMAIL_SWIPE and SNIPPET are written.',
});
export const SnippetFormatEnum = enumOf(SNIPPET_FORMATS);
registerEnumType(SnippetFormatEnum, {
  name: 'SnippetFormat',
  description: 'TEXT, or HTML (merge values are HTML-escaped).',
});
export const COLLATERAL_USE_KINDS = ['COPY', 'DOWNLOAD'] as const;
export type CollateralUseKind = (typeof COLLATERAL_USE_KINDS)[number];
export const CollateralUseKindEnum = enumOf(COLLATERAL_USE_KINDS);
registerEnumType(CollateralUseKindEnum, {
  name: 'CollateralUseKind',
  description: 'COPY: the partner copied it. DOWNLOAD: downloaded (the download route counts its own).',
});

/** One partner's uses of one item. */
@ObjectType()
export class CollateralPartnerUsage {
  @Field(() => Partner)
  partner!: Partner;

  @Field(() => Int)
  copies!: number;

  @Field(() => Int)
  downloads!: number;

  @Field(() => Date)
  lastUsedAt!: Date;
}

/** How often partners copied and downloaded an item: in total and per partner (most used first). */
@ObjectType()
export class CollateralUsageSummary {
  @Field(() => Int)
  copies!: number;

  @Field(() => Int)
  downloads!: number;

  @Field(() => [CollateralPartnerUsage])
  partners!: CollateralPartnerUsage[];
}

/** An item of the library as the signed-in partner gets it: with their own tracking link merged in. */
@ObjectType()
export class PartnerCollateral {
  @Field(() => ID)
  id!: string;

  @Field(() => CollateralKindEnum)
  kind!: (typeof COLLATERAL_KINDS)[number];

  @Field(() => String)
  title!: string;

  @Field(() => String)
  notes!: string;

  @Field(() => String, { nullable: true, description: 'Where the tracking link sends visitors.' })
  landingUrl!: string | null;

  @Field(() => String, {
    description: "The partner's tracking link for this item (a deep link to its landing URL).",
  })
  trackingLink!: string;

  @Field(() => String, { nullable: true })
  contentType!: string | null;

  @Field(() => String, { nullable: true })
  fileExtension!: string | null;

  @Field(() => Int, { nullable: true })
  byteSize!: number | null;

  @Field(() => Int, { nullable: true })
  width!: number | null;

  @Field(() => Int, { nullable: true })
  height!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Banners: the public image address, for pages and previews.',
  })
  imageUrl!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Banners: the HTML to paste, linked with the tracking link.',
  })
  bannerHtml!: string | null;

  @Field(() => String, { nullable: true, description: 'Email swipes: the subject, merged.' })
  subject!: string | null;

  @Field(() => String, { nullable: true, description: 'Email swipes and snippets: the text, merged.' })
  body!: string | null;

  @Field(() => SnippetFormatEnum, { nullable: true })
  format!: (typeof SNIPPET_FORMATS)[number] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Banners, files and swipes: the download address (counted; needs the partner session).',
  })
  downloadUrl!: string | null;

  @Field(() => Date)
  updatedAt!: Date;
}

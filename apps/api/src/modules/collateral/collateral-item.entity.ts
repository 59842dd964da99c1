import { Collection, Entity, Enum, Index, ManyToMany, Property, type Opt } from '@mikro-orm/core';
import {
  COLLATERAL_KINDS,
  SNIPPET_FORMATS,
  type CollateralKind,
  type SnippetFormat,
} from '@partnerkit/domain';
import { Field, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { CollateralKindEnum, SnippetFormatEnum } from './collateral.type.js';
import { Program } from '../../kernel/program.entity.js';

/**
 * One piece of the collateral library: a banner or a file (uploaded; the bytes live in the file storage
 * under `storageKey`, a name the system made up) or an email swipe or snippet (written). Visible to the
 * active partners of its programs, unless archived. Admins read it as is (the storage key stays hidden).
 */
@ObjectType('CollateralItem')
@Entity({ tableName: 'collateral_items' })
@Index({ properties: ['kind', 'sortOrder'] })
export class CollateralItem extends BaseEntity {
  @Field(() => CollateralKindEnum)
  @Enum({ items: [...COLLATERAL_KINDS], type: 'string' })
  kind!: CollateralKind;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  /** Shown to partners (how to use it, where it fits). */
  @Field(() => String)
  @Property({ type: 'text', default: '' })
  notes: Opt<string> = '';

  /** Sort position within its kind (lowest first, then title). */
  @Field(() => Int)
  @Property({ type: 'integer', default: 0 })
  sortOrder: Opt<number> = 0;

  /** Where the partner's tracking link for this item sends visitors (an allowed domain); null: the default. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  landingUrl: string | null = null;

  @ManyToMany(() => Program, undefined, { pivotTable: 'collateral_item_programs', owner: true })
  programs = new Collection<Program>(this);

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  archived: Opt<boolean> = false;

  // --- Uploaded kinds (BANNER, FILE) ---------------------------------------------------------------------
  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  storageKey: string | null = null;

  /** The type detected from the bytes, as served. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  contentType: string | null = null;

  /** The detected type's extension (`png`, `pdf`, ...): downloads are named `<title>.<ext>`. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 10, nullable: true })
  fileExtension: string | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  byteSize: number | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  sha256: string | null = null;

  /** Banners: pixels (SVG: from width/height or the viewBox); null when the image does not say. */
  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  width: number | null = null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  height: number | null = null;

  /** Banners: the random part of their public image address (`/collateral/banners/<token>.<ext>`). */
  @Property({ type: 'string', length: 32, nullable: true, unique: true })
  publicToken: string | null = null;

  // --- Written kinds (EMAIL_SWIPE, SNIPPET) ---------------------------------------------------------------
  /** Email swipes: the subject line (with merge fields). */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  subject: string | null = null;

  /** Email swipes and snippets: the text (with merge fields). */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  body: string | null = null;

  @Field(() => SnippetFormatEnum, { nullable: true })
  @Enum({ items: [...SNIPPET_FORMATS], type: 'string', nullable: true })
  format: SnippetFormat | null = null;
}

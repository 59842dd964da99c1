import { Collection, Entity, ManyToMany, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/base.entity.js';
import { Program } from '../../kernel/program.entity.js';

/**
 * A named redirect link defined by an admin (`/r/<partner code>/<slug>`), usable by every partner (or only
 * by partners of its programs, when it has any). Never deleted, only archived: clicks and stats refer to it.
 */
@ObjectType()
@Entity({ tableName: 'tracking_links' })
export class TrackingLink extends BaseEntity {
  @Field(() => String, {
    description: 'Unique; 1 to 64 of a-z 0-9 -. Appears in the link: /r/<code>/<slug>.',
  })
  @Property({ type: 'string', length: 64, unique: true })
  slug!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => String, { description: 'Where the link sends visitors.' })
  @Property({ type: 'text' })
  destinationUrl!: string;

  /** Programs whose partners may use the link; empty = every partner. Exposed by a field resolver. */
  @ManyToMany(() => Program, undefined, { pivotTable: 'tracking_link_programs', owner: true })
  programs = new Collection<Program>(this);

  @Field(() => Boolean, {
    description: 'Archived links are no longer offered to partners; links already shared keep redirecting.',
  })
  @Property({ type: 'boolean', default: false })
  archived: Opt<boolean> = false;
}

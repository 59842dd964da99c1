import { Entity, Index, ManyToOne, Property, Unique, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { type Credit } from '@partnerkit/domain';
import { BaseEntity } from '../common/base.entity.js';
import { Customer } from './customer.entity.js';
import { Program } from './program.entity.js';

/** An opt-in (sign-up, form) recorded by a third party or the merchant snippet, attributed like a sale. */
@ObjectType()
@Entity({ tableName: 'leads' })
/** Reports and the dashboard: leads of a period. */
@Index({ name: 'leads_occurred_at_index', properties: ['occurredAt'] })
@Unique({ properties: ['source', 'externalId'] })
export class Lead extends BaseEntity {
  @Property({ type: 'string', length: 20 })
  source!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  externalId!: string;

  @ManyToOne(() => Customer, { nullable: true, deleteRule: 'set null' })
  customer: Customer | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  visitorId: string | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 24 })
  attributionMethod!: string;

  @Property({ type: 'json' })
  credits: Opt<Credit[]> = [];

  @ManyToOne(() => Program, { nullable: true, deleteRule: 'set null' })
  attributionProgram: Program | null = null;

  @Property({ type: 'uuid', nullable: true })
  productId: string | null = null;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz' })
  occurredAt!: Date;
}

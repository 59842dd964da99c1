import { Entity, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';

/** The one row of merchant-wide tracking settings (id 1). Missing until an admin saves the settings. */
@ObjectType()
@Entity({ tableName: 'merchant_settings' })
export class MerchantSettings {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id: Opt<number> = 1;

  @Field(() => String, {
    nullable: true,
    description: 'Where tracking links send visitors by default (and on any refused deep link).',
  })
  @Property({ type: 'text', nullable: true })
  defaultLandingUrl: string | null = null;

  @Field(() => [String], {
    description:
      'Hosts partners may deep link to: exact (shop.example.com) or wildcard (*.example.com). The default landing URL host is always allowed.',
  })
  @Property({ type: 'json', default: '[]' })
  allowedDomains: Opt<string[]> = [];

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}

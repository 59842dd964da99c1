import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { PARTNER_EMAIL_KINDS, type PartnerEmailKind } from '@partnerkit/domain';
import { BaseEntity } from '../../common/base.entity.js';
import { enumOf } from '../../graphql/enum-of.js';

export const PartnerEmailKindEnum = enumOf(PARTNER_EMAIL_KINDS);
registerEnumType(PartnerEmailKindEnum, {
  name: 'PartnerEmailKind',
  description: 'WELCOME (signup), APPROVED, REJECTED, FIRST_COMMISSION, PAYMENT_SENT.',
});

/** An admin's version of one partner email; without a row the built-in default applies. */
@Entity({ tableName: 'email_templates' })
export class EmailTemplate extends BaseEntity {
  @Enum({ items: [...PARTNER_EMAIL_KINDS], type: 'string', unique: true })
  kind!: PartnerEmailKind;

  @Property({ type: 'string', length: 300 })
  subject!: string;

  @Property({ type: 'text' })
  body!: string;
}

/** A template as the console shows it: the stored version or the default. */
@ObjectType('EmailTemplate')
export class EmailTemplateView {
  @Field(() => PartnerEmailKindEnum)
  kind!: PartnerEmailKind;

  @Field(() => String)
  subject!: string;

  @Field(() => String, { description: 'Plain text with merge fields such as {{name}}.' })
  body!: string;

  @Field(() => [String], { description: 'Merge fields this template may use.' })
  mergeFields!: string[];

  @Field(() => Boolean, { description: 'True while the built-in text is used.' })
  isDefault!: boolean;

  @Field(() => Date, { nullable: true })
  updatedAt!: Date | null;
}

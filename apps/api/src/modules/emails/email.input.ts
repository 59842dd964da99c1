import { Field, InputType } from 'type-graphql';
import { type PartnerEmailKind } from '@partnerkit/domain';
import { PartnerEmailKindEnum } from './email-template.entity.js';

@InputType()
export class UpdateEmailTemplateInput {
  @Field(() => PartnerEmailKindEnum)
  kind!: PartnerEmailKind;

  @Field(() => String)
  subject!: string;

  @Field(() => String, { description: 'Plain text; merge fields like {{name}} {{code}} {{portalLink}}.' })
  body!: string;
}

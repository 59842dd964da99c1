import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { CUSTOM_FIELD_TYPES, type CustomFieldType } from '@partnerkit/domain';
import { enumOf } from '../../graphql/enum-of.js';

export const CustomFieldTypeEnum = enumOf(CUSTOM_FIELD_TYPES);
registerEnumType(CustomFieldTypeEnum, {
  name: 'CustomFieldType',
  description: 'TEXT, NUMBER, CHOICE (one of `options`) or CHECKBOX (yes/no).',
});

/** A custom question of a program's signup form; the answer is stored in the partner's `customFields`. */
@ObjectType()
export class SignupField {
  @Field(() => String, { description: 'Key in `customFields` and CSV column `custom.<key>`.' })
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => CustomFieldTypeEnum)
  type!: CustomFieldType;

  @Field(() => Boolean)
  required!: boolean;

  @Field(() => [String], { description: 'CHOICE: the allowed answers.' })
  options!: string[];
}

@InputType()
export class SignupFieldInput {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  label!: string;

  @Field(() => CustomFieldTypeEnum)
  type!: CustomFieldType;

  @Field(() => Boolean, { defaultValue: false })
  required!: boolean;

  @Field(() => [String], { defaultValue: [] })
  options!: string[];
}

import { Field, ID, InputType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';

/** A visitor's application through a program's public signup form. */
@InputType()
export class SignUpPartnerInput {
  @Field(() => ID)
  programId!: string;

  @Field(() => String, { description: 'The chosen partner code (4 to 32 of a-z 0-9 - _).' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String, { description: '10 to 200 characters, not only letters or only digits.' })
  password!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Code of the recruiting partner (from a `?parent=CODE` link or the form).',
  })
  parentCode?: string | null;

  @Field(() => String, { nullable: true, description: 'PayPal email, when the form asks for it.' })
  payoutEmail?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Answers to the custom questions, by key.' })
  customFields?: Record<string, unknown> | null;
}

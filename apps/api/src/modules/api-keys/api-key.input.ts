import { Field, InputType } from 'type-graphql';

@InputType()
export class CreateApiKeyInput {
  @Field(() => String, { description: 'What the key is for, e.g. "Shop backend".' })
  name!: string;

  @Field(() => [String], { description: 'Any of: "*:read", "events:write", "products:write".' })
  scopes!: string[];
}

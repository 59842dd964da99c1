import { Field, ID, InputType, Int } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { type PartnerStatus } from '@partnerkit/domain';
import { PartnerStatusEnum, PayoutMethod } from '../../kernel/partner.entity.js';

@InputType()
export class CreatePartnerInput {
  @Field(() => String, { description: '4 to 32 of a-z 0-9 - _, starting with a letter; case-insensitive.' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => PartnerStatusEnum, { defaultValue: 'ACTIVE' })
  status!: PartnerStatus;

  @Field(() => String, { nullable: true, description: 'Code of the parent partner.' })
  parentCode?: string | null;

  @Field(() => [ID], { defaultValue: [] })
  programIds!: string[];

  @Field(() => String, { nullable: true, description: 'Gives the partner portal access.' })
  password?: string | null;

  @Field(() => GraphQLJSONObject, { nullable: true })
  customFields?: Record<string, unknown> | null;
}

/** Admin edit of a partner. Omitted fields stay as they are; `parentCode: null` removes the parent. */
@InputType()
export class UpdatePartnerInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  email?: string;

  @Field(() => PartnerStatusEnum, { nullable: true })
  status?: PartnerStatus;

  @Field(() => String, { nullable: true })
  parentCode?: string | null;

  @Field(() => [ID], { nullable: true })
  programIds?: string[];

  @Field(() => Int, { nullable: true })
  cookieWindowDays?: number | null;

  @Field(() => PayoutMethod, { nullable: true })
  payoutMethod?: PayoutMethod | null;

  @Field(() => String, { nullable: true })
  payoutDestination?: string | null;

  @Field(() => String, { nullable: true, description: 'Sets a new portal password.' })
  password?: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  customFields?: Record<string, unknown>;
}

/** What a partner may change of their own profile. */
@InputType()
export class UpdateMyProfileInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  email?: string;

  @Field(() => PayoutMethod, { nullable: true })
  payoutMethod?: PayoutMethod | null;

  @Field(() => String, { nullable: true })
  payoutDestination?: string | null;

  @Field(() => Boolean, { nullable: true })
  notifyOnSale?: boolean;

  @Field(() => Boolean, { nullable: true })
  notifyOnPayment?: boolean;
}

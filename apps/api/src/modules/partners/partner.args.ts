import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { type PartnerStatus } from '@partnerkit/domain';
import { PaginationArgs } from '../../graphql/pagination.args.js';
import { PartnerStatusEnum } from '../../kernel/partner.entity.js';

@InputType()
export class CustomFieldFilterInput {
  @Field(() => String)
  key!: string;

  @Field(() => String, { description: 'Exact value (numbers and yes/no as text: "12", "true").' })
  value!: string;
}

@ArgsType()
export class PartnersArgs extends PaginationArgs {
  @Field(() => String, { nullable: true, description: 'Matches code, name or email (case-insensitive).' })
  search?: string | null;

  @Field(() => PartnerStatusEnum, { nullable: true })
  status?: PartnerStatus | null;

  @Field(() => ID, { nullable: true })
  programId?: string | null;

  @Field(() => CustomFieldFilterInput, {
    nullable: true,
    description: 'Partners whose custom field has this value.',
  })
  customField?: CustomFieldFilterInput | null;
}

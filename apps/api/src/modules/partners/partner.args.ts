import { ArgsType, Field, ID } from 'type-graphql';
import { type PartnerStatus } from '@partnerkit/domain';
import { PaginationArgs } from '../../graphql/pagination.args.js';
import { PartnerStatusEnum } from './partner.entity.js';

@ArgsType()
export class PartnersArgs extends PaginationArgs {
  @Field(() => String, { nullable: true, description: 'Matches code, name or email (case-insensitive).' })
  search?: string | null;

  @Field(() => PartnerStatusEnum, { nullable: true })
  status?: PartnerStatus | null;

  @Field(() => ID, { nullable: true })
  programId?: string | null;
}

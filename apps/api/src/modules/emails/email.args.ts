import { ArgsType, Field } from 'type-graphql';
import { PaginationArgs } from '../../graphql/pagination.args.js';
import { OutboundEmailStatusEnum, type OutboundEmailStatus } from './outbound-email.entity.js';

@ArgsType()
export class OutboundEmailsArgs extends PaginationArgs {
  @Field(() => OutboundEmailStatusEnum, { nullable: true })
  status?: OutboundEmailStatus | null;

  @Field(() => String, { nullable: true, description: 'Matches the recipient or the subject.' })
  search?: string | null;
}

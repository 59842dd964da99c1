import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { RecordLeadResult } from '../orders/order.type.js';
import { Lead } from '../../kernel/lead.entity.js';
import { RecordLeadInput } from './lead.input.js';
import { type LeadService } from './lead.service.js';

@Resolver(() => Lead)
export class LeadResolver {
  constructor(private readonly leadService: LeadService) {}

  @Authorized()
  @Mutation(() => RecordLeadResult, {
    description: 'Records an opt-in once per externalId, attributed like a sale.',
  })
  async recordLead(
    @Arg('input', () => RecordLeadInput) input: RecordLeadInput,
    @Ctx() { em }: GraphQLContext,
  ) {
    const { status, duplicate, record } = await this.leadService.recordLead(em, input);
    return { status, duplicate, lead: record };
  }
}

import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { Partner } from '../../kernel/partner.entity.js';
import { Customer } from '../../kernel/customer.entity.js';
import { type CustomerService } from './customer.service.js';

@Resolver(() => Customer)
export class CustomerResolver {
  constructor(private readonly customerService: CustomerService) {}

  @Authorized()
  @Mutation(() => Customer, {
    description: "Assigns the customer's sales to a partner from now on (null removes the assignment).",
  })
  assignCustomerPartner(
    @Arg('customerId', () => ID) customerId: string,
    @Arg('partnerCode', () => String, { nullable: true }) partnerCode: string | null,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.customerService.assignPartner(em, customerId, partnerCode);
  }

  @Authorized()
  @FieldResolver(() => Partner, {
    nullable: true,
    description: 'The partner the customer was first attributed to.',
  })
  referredBy(@Root() customer: Customer, @Ctx() { em }: GraphQLContext) {
    return customer.referredBy ? em.findOne(Partner, { id: customer.referredBy.id }) : null;
  }

  @Authorized()
  @FieldResolver(() => Partner, {
    nullable: true,
    description: "An admin's assignment; wins over everything.",
  })
  assignedPartner(@Root() customer: Customer, @Ctx() { em }: GraphQLContext) {
    return customer.assignedPartner ? em.findOne(Partner, { id: customer.assignedPartner.id }) : null;
  }
}

import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
  Subscription,
} from 'type-graphql';
import { fail } from '../../errors/app-error.js';
import { type GraphQLContext } from '../../graphql/context.js';
import { batched, byId, manyById } from '../../graphql/loaders.js';
import { Program } from '../../kernel/program.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import { PartnersArgs } from './partner.args.js';
import { CreatePartnerInput, UpdateMyProfileInput, UpdatePartnerInput } from './partner.input.js';
import { type PartnerService } from './partner.service.js';
import { PartnerConnection } from './partner.type.js';

@Resolver(() => Partner)
export class PartnerResolver {
  constructor(private readonly partnerService: PartnerService) {}

  @Authorized()
  @Query(() => PartnerConnection, { description: 'Partners, newest first; searchable and filterable.' })
  partners(@Args(() => PartnersArgs) args: PartnersArgs, @Ctx() { em }: GraphQLContext) {
    return this.partnerService.list(em, args);
  }

  @Authorized()
  @Query(() => Partner, { description: 'One partner, by id or by code.' })
  partner(
    @Ctx() { em }: GraphQLContext,
    @Arg('id', () => ID, { nullable: true }) id?: string,
    @Arg('code', () => String, { nullable: true }) code?: string,
  ) {
    if (id) return this.partnerService.get(em, id);
    if (code) return this.partnerService.getByCode(em, code);
    fail('ARGUMENT_MISSING', 'Give the id or the code of the partner.', 'id');
  }

  @Authorized()
  @Mutation(() => Partner)
  createPartner(
    @Arg('input', () => CreatePartnerInput) input: CreatePartnerInput,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.partnerService.create(em, input);
  }

  @Authorized()
  @Mutation(() => Partner)
  updatePartner(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdatePartnerInput) input: UpdatePartnerInput,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.partnerService.update(em, id, input);
  }

  @Authorized()
  @Mutation(() => [Partner], {
    description: 'Approves pending applications (all or none); each partner gets the APPROVED email.',
  })
  approvePartners(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() { em }: GraphQLContext,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ) {
    return this.partnerService.review(em, ids, 'ACTIVE', note);
  }

  @Authorized()
  @Mutation(() => [Partner], {
    description: 'Rejects pending applications (all or none); each partner gets the REJECTED email.',
  })
  rejectPartners(
    @Arg('ids', () => [ID]) ids: string[],
    @Ctx() { em }: GraphQLContext,
    @Arg('note', () => String, { nullable: true }) note?: string | null,
  ) {
    return this.partnerService.review(em, ids, 'REJECTED', note);
  }

  @Authorized()
  @Mutation(() => Partner, { description: 'The signed-in partner edits their own profile.' })
  updateMyProfile(
    @Arg('input', () => UpdateMyProfileInput) input: UpdateMyProfileInput,
    @Ctx() { em, actor }: GraphQLContext,
  ) {
    if (actor.kind !== 'partner') fail('FORBIDDEN', 'You may not do this.');
    return this.partnerService.updateOwnProfile(em, actor.partnerId, input);
  }

  @Authorized()
  @FieldResolver(() => Partner, { nullable: true, description: 'Visible to admins and API keys only.' })
  parent(@Root() partner: Partner, @Ctx() { em }: GraphQLContext) {
    return partner.parent ? byId(em, Partner, partner.parent.id) : null;
  }

  @FieldResolver(() => [Program])
  async programs(@Root() partner: Partner, @Ctx() { em }: GraphQLContext) {
    if (partner.programs.isInitialized()) return partner.programs.getItems();
    // The programs of every partner of the page in one query (the pivot), then the programs by id.
    const ids = await batched(
      em,
      'partner.programIds',
      async (partnerIds) => {
        const rows: Array<{ partner_id: string; program_id: string }> = await em
          .getConnection()
          .execute(
            'select partner_id, program_id from partner_programs where partner_id = any(?::uuid[])',
            [`{${partnerIds.join(',')}}`],
            'all',
            em.getTransactionContext(),
          );
        const byPartner = new Map<string, string[]>(partnerIds.map((id) => [id, []]));
        for (const row of rows) byPartner.get(row.partner_id)?.push(row.program_id);
        return byPartner;
      },
      partner.id,
    );
    return manyById(em, Program, ids ?? []);
  }

  @Authorized()
  @Subscription(() => Partner, {
    topics: 'PARTNER_UPDATED',
    description: 'A partner changed. Admins see every partner; a partner only themselves.',
    filter: ({ payload, context }: { payload: { partnerId: string }; context: GraphQLContext }) =>
      context.actor.kind === 'admin' ||
      (context.actor.kind === 'partner' && context.actor.partnerId === payload.partnerId),
  })
  partnerUpdated(@Root() payload: { partnerId: string }, @Ctx() { em }: GraphQLContext) {
    return this.partnerService.get(em.fork(), payload.partnerId);
  }
}

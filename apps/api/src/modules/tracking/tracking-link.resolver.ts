import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { fail } from '../../errors/app-error.js';
import { type GraphQLContext } from '../../graphql/context.js';
import { Program } from '../../kernel/program.entity.js';
import { TrackingLink } from './tracking-link.entity.js';
import { CreateTrackingLinkInput, UpdateTrackingLinkInput } from './tracking-link.input.js';
import { type TrackingLinkService } from './tracking-link.service.js';
import { PartnerTrackingLink } from './tracking-link.type.js';

@Resolver(() => TrackingLink)
export class TrackingLinkResolver {
  constructor(
    private readonly linkService: TrackingLinkService,
    private readonly publicUrl: string | undefined,
  ) {}

  @Authorized()
  @Query(() => [TrackingLink], { description: 'Named tracking links by name; archived ones on request.' })
  trackingLinks(
    @Ctx() { em }: GraphQLContext,
    @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived: boolean,
  ) {
    return this.linkService.list(em, includeArchived);
  }

  @Authorized()
  @Query(() => TrackingLink)
  trackingLink(@Arg('id', () => ID) id: string, @Ctx() { em }: GraphQLContext) {
    return this.linkService.get(em, id);
  }

  @Authorized()
  @Mutation(() => TrackingLink)
  createTrackingLink(
    @Arg('input', () => CreateTrackingLinkInput) input: CreateTrackingLinkInput,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.linkService.create(em, input);
  }

  @Authorized()
  @Mutation(() => TrackingLink, { description: 'Edits a link; `archived: true` archives it.' })
  updateTrackingLink(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateTrackingLinkInput) input: UpdateTrackingLinkInput,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.linkService.update(em, id, input);
  }

  @Authorized()
  @Query(() => [PartnerTrackingLink], {
    description: "The signed-in partner's default link and every active named link open to them.",
  })
  myTrackingLinks(@Ctx() context: GraphQLContext) {
    if (context.actor.kind !== 'partner') fail('FORBIDDEN', 'You may not do this.');
    return this.linkService.partnerLinks(context.em, context.actor.partnerId, this.baseUrl(context));
  }

  @Authorized()
  @Query(() => String, {
    description:
      'A deep link for the signed-in partner to a page on an allowed domain, with an optional sub-id (campaign tag).',
  })
  buildTrackingLink(
    @Arg('url', () => String) url: string,
    @Ctx() context: GraphQLContext,
    @Arg('subId', () => String, { nullable: true }) subId?: string | null,
  ) {
    if (context.actor.kind !== 'partner') fail('FORBIDDEN', 'You may not do this.');
    return this.linkService.buildLink(context.em, context.actor.partnerId, this.baseUrl(context), url, subId);
  }

  @Authorized()
  @FieldResolver(() => [Program], { description: 'Only partners of these programs may use it (empty: all).' })
  async programs(@Root() link: TrackingLink) {
    return (await link.programs.load()).getItems();
  }

  /** PUBLIC_URL, else the origin the caller reached us at. */
  private baseUrl({ request }: GraphQLContext): string {
    if (this.publicUrl) return this.publicUrl.replace(/\/+$/, '');
    return request ? `${request.protocol}://${request.host}` : '';
  }
}

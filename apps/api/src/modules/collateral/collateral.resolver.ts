import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type CollateralKind } from '@partnerkit/domain';
import { fail } from '../../errors/app-error.js';
import { type GraphQLContext } from '../../graphql/context.js';
import { Program } from '../../kernel/program.entity.js';
import { CollateralItem } from './collateral-item.entity.js';
import { CreateCollateralInput, UpdateCollateralInput } from './collateral.input.js';
import { type CollateralService } from './collateral.service.js';
import {
  CollateralKindEnum,
  CollateralUsageSummary,
  CollateralUseKindEnum,
  type CollateralUseKind,
  PartnerCollateral,
} from './collateral.type.js';

@Resolver(() => CollateralItem)
export class CollateralResolver {
  constructor(
    private readonly collateral: CollateralService,
    private readonly publicUrl: string | undefined,
  ) {}

  @Authorized()
  @Query(() => [CollateralItem], {
    description: 'The collateral library by kind and sort position; archived items on request.',
  })
  collateralItems(
    @Ctx() { em }: GraphQLContext,
    @Arg('kind', () => CollateralKindEnum, { nullable: true }) kind?: CollateralKind | null,
    @Arg('includeArchived', () => Boolean, { defaultValue: false }) includeArchived?: boolean,
  ) {
    return this.collateral.list(em, kind, includeArchived ?? false);
  }

  @Authorized()
  @Query(() => CollateralItem)
  collateralItem(@Arg('id', () => ID) id: string, @Ctx() { em }: GraphQLContext) {
    return this.collateral.get(em, id);
  }

  @Authorized()
  @Mutation(() => CollateralItem, {
    description: 'Writes an email swipe or a snippet. Banners and files: POST /collateral/uploads.',
  })
  createCollateral(
    @Arg('input', () => CreateCollateralInput) input: CreateCollateralInput,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.collateral.create(em, input);
  }

  @Authorized()
  @Mutation(() => CollateralItem, { description: 'Edits an item; `archived: true` hides it from partners.' })
  updateCollateral(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCollateralInput) input: UpdateCollateralInput,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.collateral.update(em, id, input);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Deletes an item, its usage counts and its file.' })
  deleteCollateral(@Arg('id', () => ID) id: string, @Ctx() { em }: GraphQLContext) {
    return this.collateral.delete(em, id);
  }

  @Authorized()
  @Query(() => [PartnerCollateral], {
    description:
      "The collateral the signed-in partner's programs can see, with their tracking link and name merged in.",
  })
  myCollateral(
    @Ctx() context: GraphQLContext,
    @Arg('kind', () => CollateralKindEnum, { nullable: true }) kind?: CollateralKind | null,
  ) {
    if (context.actor.kind !== 'partner') fail('FORBIDDEN', 'You may not do this.');
    return this.collateral.partnerItems(context.em, context.actor.partnerId, this.baseUrl(context), kind);
  }

  @Authorized()
  @Mutation(() => Boolean, {
    description:
      'Counts a copy (the portal calls it on "Copy"); downloads through the download address count themselves.',
  })
  recordCollateralUse(
    @Arg('id', () => ID) id: string,
    @Arg('kind', () => CollateralUseKindEnum) kind: CollateralUseKind,
    @Ctx() context: GraphQLContext,
  ) {
    if (context.actor.kind !== 'partner') fail('FORBIDDEN', 'You may not do this.');
    return this.collateral.recordUse(context.em, context.actor.partnerId, id, kind);
  }

  @FieldResolver(() => [Program], { description: 'The programs whose partners see it.' })
  async programs(@Root() item: CollateralItem) {
    return (await item.programs.load()).getItems();
  }

  @FieldResolver(() => CollateralUsageSummary, {
    description: 'Copies and downloads, in total and per partner.',
  })
  usage(@Root() item: CollateralItem, @Ctx() { em }: GraphQLContext) {
    return this.collateral.usage(em, item.id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Banners: the public image address.' })
  imageUrl(@Root() item: CollateralItem, @Ctx() context: GraphQLContext) {
    return this.collateral.imageUrl(item, this.baseUrl(context));
  }

  @FieldResolver(() => String, { nullable: true, description: 'The download address (admin session).' })
  downloadUrl(@Root() item: CollateralItem, @Ctx() context: GraphQLContext) {
    return this.collateral.downloadUrl(item, this.baseUrl(context), 'admin');
  }

  /** PUBLIC_URL, else the origin the caller reached us at. */
  private baseUrl({ request }: GraphQLContext): string {
    if (this.publicUrl) return this.publicUrl.replace(/\/+$/, '');
    return request ? `${request.protocol}://${request.host}` : '';
  }
}

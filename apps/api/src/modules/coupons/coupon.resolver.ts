import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { Partner } from '../../kernel/partner.entity.js';
import { Coupon } from './coupon.entity.js';
import { type CouponService } from './coupon.service.js';

@Resolver(() => Coupon)
export class CouponResolver {
  constructor(private readonly couponService: CouponService) {}

  @Authorized()
  @Query(() => [Coupon])
  coupons(
    @Arg('partnerId', () => ID, { nullable: true }) partnerId: string | null,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.couponService.list(em, partnerId);
  }

  @Authorized()
  @Mutation(() => Coupon, { description: "Gives a partner a coupon code; orders with it are the partner's." })
  createCoupon(
    @Arg('partnerId', () => ID) partnerId: string,
    @Arg('code', () => String) code: string,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.couponService.create(em, partnerId, code);
  }

  @Authorized()
  @Mutation(() => Boolean)
  deleteCoupon(@Arg('code', () => String) code: string, @Ctx() { em }: GraphQLContext) {
    return this.couponService.delete(em, code);
  }

  @Authorized()
  @FieldResolver(() => Partner)
  partner(@Root() coupon: Coupon, @Ctx() { em }: GraphQLContext) {
    return em.findOneOrFail(Partner, { id: coupon.partner.id });
  }
}

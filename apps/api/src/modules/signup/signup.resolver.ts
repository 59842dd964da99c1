import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { SignUpPartnerInput } from './signup.input.js';
import { type SignupService } from './signup.service.js';
import { PartnerCodeAvailability, SignupForm, SignUpResult } from './signup.type.js';

const clientIpOf = (ctx: GraphQLContext) => ctx.request?.ip ?? 'unknown';

/** Public (unauthenticated) operations of the signup form; limited per client IP. */
@Resolver()
export class SignupResolver {
  constructor(private readonly signupService: SignupService) {}

  @Query(() => SignupForm, { description: 'Public: the signup form of a program that accepts applications.' })
  signupForm(@Arg('programId', () => ID) programId: string, @Ctx() { em }: GraphQLContext) {
    return this.signupService.form(em, programId);
  }

  @Query(() => PartnerCodeAvailability, { description: 'Public: is this partner code free? Rate-limited.' })
  partnerCodeAvailability(@Arg('code', () => String) code: string, @Ctx() ctx: GraphQLContext) {
    return this.signupService.codeAvailability(ctx.em, code, clientIpOf(ctx));
  }

  @Mutation(() => SignUpResult, {
    description:
      'Public: applies to a program. Creates a PENDING partner (ACTIVE when the program auto-approves).',
  })
  signUpPartner(
    @Arg('input', () => SignUpPartnerInput) input: SignUpPartnerInput,
    @Ctx() ctx: GraphQLContext,
  ) {
    return this.signupService.signUp(ctx.em, input, clientIpOf(ctx));
  }
}

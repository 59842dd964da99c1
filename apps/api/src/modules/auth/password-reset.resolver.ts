import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { type PasswordResetService } from './password-reset.service.js';

@Resolver()
export class PasswordResetResolver {
  constructor(private readonly resets: PasswordResetService) {}

  @Mutation(() => Boolean, {
    description:
      'Emails a one-time reset link to the admin with this email, if there is one. Always true: it never tells whether the account exists.',
  })
  async requestAdminPasswordReset(
    @Arg('email', () => String) email: string,
    @Ctx() { em, request }: GraphQLContext,
  ): Promise<boolean> {
    await this.resets.request(em, 'admin', email, request?.ip ?? '');
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      'Emails a one-time reset link to the partner with this email or partner code, if there is one (and may sign in). Always true.',
  })
  async requestPartnerPasswordReset(
    @Arg('login', () => String, { description: 'Email or partner code.' }) login: string,
    @Ctx() { em, request }: GraphQLContext,
  ): Promise<boolean> {
    await this.resets.request(em, 'partner', login, request?.ip ?? '');
    return true;
  }

  @Mutation(() => Boolean, {
    description:
      "Sets a new password with the emailed link's token (once, within an hour); every session of the account ends.",
  })
  async resetPassword(
    @Arg('token', () => String) token: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() { em }: GraphQLContext,
  ): Promise<boolean> {
    await this.resets.reset(em, token, newPassword);
    return true;
  }
}

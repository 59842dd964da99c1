import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { fail } from '../../errors/app-error.js';
import { AdminUser } from '../../kernel/admin-user.entity.js';
import { type PartnerViewService } from './partner-view.service.js';
import { type CookiePolicy, SESSION_COOKIE, setSessionCookie } from './session-cookie.js';
import { PartnerViewStart, Viewer, ViewerKind } from './viewer.type.js';

/** "View as partner": an admin opens a partner's portal read-only (see `partner-view.service.ts`). */
@Resolver()
export class PartnerViewResolver {
  constructor(
    private readonly views: PartnerViewService,
    private readonly cookies: CookiePolicy,
  ) {}

  @Authorized()
  @Mutation(() => PartnerViewStart, {
    description:
      'Starts viewing a partner’s portal read-only: returns a one-time token for `<portal>/view#token=…` ' +
      '(the view lasts an hour at most and ends when you sign out).',
  })
  async startPartnerView(
    @Arg('partnerId', () => ID) partnerId: string,
    @Ctx() { em, actor, request }: GraphQLContext,
  ): Promise<PartnerViewStart> {
    if (actor.kind !== 'admin') fail('FORBIDDEN', 'Only admins view as a partner.');
    return this.views.start(em, actor.adminUserId, request?.cookies[SESSION_COOKIE.admin], partnerId);
  }

  @Mutation(() => Viewer, {
    description:
      'The portal exchanges a “View as partner” token for a read-only partner session (sets the cookie).',
  })
  async beginPartnerView(
    @Arg('token', () => String) token: string,
    @Ctx() { em, request, reply }: GraphQLContext,
  ): Promise<Viewer> {
    const { partner, session, adminUserId } = await this.views.begin(
      em,
      token,
      request?.cookies[SESSION_COOKIE.partner],
    );
    if (reply) setSessionCookie(reply, 'partner', session, this.cookies);
    return {
      kind: ViewerKind.PARTNER,
      partner,
      scopes: [],
      viewedBy: await em.findOneOrFail(AdminUser, adminUserId),
    };
  }
}

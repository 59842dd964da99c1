import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { byId } from '../../graphql/loaders.js';
import { Partner } from '../../kernel/partner.entity.js';
import { AdminUser } from '../../kernel/admin-user.entity.js';
import { type AuthService, type SessionAudience } from './auth.service.js';
import {
  type CookiePolicy,
  SESSION_COOKIE,
  clearSessionCookie,
  requestedAudience,
  setSessionCookie,
} from './session-cookie.js';
import { ServerInfo, Viewer, ViewerKind } from './viewer.type.js';
import { type EventBus } from '../../events/event-bus.js';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly cookies: CookiePolicy,
    private readonly events?: EventBus,
  ) {}

  @Query(() => Viewer, { nullable: true, description: 'The caller, or null when not signed in.' })
  async me(@Ctx() { em, actor }: GraphQLContext): Promise<Viewer | null> {
    // Read-only entities for the answer, batched (`byId`): the caller's row exists (its session was just read).
    switch (actor.kind) {
      case 'admin': {
        const admin = await byId(em, AdminUser, actor.adminUserId);
        return admin && { kind: ViewerKind.ADMIN, admin, scopes: [] };
      }
      case 'partner': {
        const [partner, viewedBy] = await Promise.all([
          byId(em, Partner, actor.partnerId),
          actor.viewedByAdminId ? byId(em, AdminUser, actor.viewedByAdminId) : null,
        ]);
        return partner && { kind: ViewerKind.PARTNER, partner, scopes: [], viewedBy };
      }
      case 'apiKey':
        return { kind: ViewerKind.API_KEY, scopes: [...actor.scopes] };
      case 'anonymous':
        return null;
    }
  }

  @Query(() => ServerInfo, { description: 'Public facts about this server (what the sign-in pages show).' })
  async serverInfo(@Ctx() { em }: GraphQLContext): Promise<ServerInfo> {
    return { demo: await this.auth.demoDataPresent(em) };
  }

  @Mutation(() => Viewer, { description: 'Signs an admin in and sets the session cookie.' })
  async signInAdmin(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() context: GraphQLContext,
  ): Promise<Viewer> {
    const { admin, session } = await this.auth.signInAdmin(context.em, email, password, context.request?.ip);
    // Only a successful sign-in replaces the session this client had (a failed one leaves it alone).
    await this.auth.signOut(context.em, this.currentToken(context, 'admin'));
    if (context.reply) setSessionCookie(context.reply, 'admin', session, this.cookies);
    return { kind: ViewerKind.ADMIN, admin, scopes: [] };
  }

  @Mutation(() => Viewer, {
    description: 'Signs a partner in (email or partner code) and sets the session cookie.',
  })
  async signInPartner(
    @Arg('login', () => String, { description: 'Email or partner code.' }) login: string,
    @Arg('password', () => String) password: string,
    @Ctx() context: GraphQLContext,
  ): Promise<Viewer> {
    const { partner, session } = await this.auth.signInPartner(
      context.em,
      login,
      password,
      context.request?.ip,
    );
    await this.auth.signOut(context.em, this.currentToken(context, 'partner'));
    if (context.reply) setSessionCookie(context.reply, 'partner', session, this.cookies);
    return { kind: ViewerKind.PARTNER, partner, scopes: [] };
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Changes your password; your other sessions end.' })
  async changeMyPassword(
    @Arg('currentPassword', () => String) currentPassword: string,
    @Arg('newPassword', () => String) newPassword: string,
    @Ctx() context: GraphQLContext,
  ): Promise<boolean> {
    const audience: SessionAudience = context.actor.kind === 'partner' ? 'partner' : 'admin';
    await this.auth.changePassword(
      context.em,
      context.actor,
      currentPassword,
      newPassword,
      this.currentToken(context, audience),
    );
    return true;
  }

  @Mutation(() => Boolean, { description: "Ends the caller's session (the app named in x-partnerkit-app)." })
  async signOut(@Ctx() context: GraphQLContext): Promise<boolean> {
    if (!context.request || !context.reply) return false;
    const audience: SessionAudience =
      requestedAudience(context.request) ?? (context.actor.kind === 'partner' ? 'partner' : 'admin');
    await this.auth.signOut(context.em, this.currentToken(context, audience));
    clearSessionCookie(context.reply, audience, this.cookies);
    // Open sockets re-check their session and close when it is gone (see composition/live-sockets.ts).
    const { actor } = context;
    if (actor.kind === 'partner') this.events?.publish('SESSIONS_ENDED', { partnerId: actor.partnerId });
    if (actor.kind === 'admin') this.events?.publish('SESSIONS_ENDED', { adminUserId: actor.adminUserId });
    return true;
  }

  private currentToken(context: GraphQLContext, audience: SessionAudience): string | undefined {
    return context.request?.cookies[SESSION_COOKIE[audience]];
  }
}

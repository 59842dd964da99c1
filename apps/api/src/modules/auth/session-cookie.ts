import { type FastifyReply, type FastifyRequest } from 'fastify';
import { type IssuedSession, type SessionAudience } from './auth.service.js';

/**
 * Admin and partner sessions use separate cookies, so one browser can hold both (the console and the
 * portal share an origin in `pnpm start`). Each SPA names its audience in the `x-partnerkit-app` header.
 */
export const SESSION_COOKIE: Record<SessionAudience, string> = {
  admin: 'pk_admin_session',
  partner: 'pk_partner_session',
};

export interface CookiePolicy {
  /** Secure cookies (HTTPS only): on in production. */
  secure: boolean;
  /** `none` when the SPAs run on other origins (CORS), otherwise `lax`. */
  sameSite: 'lax' | 'none';
}

export function requestedAudience(request: FastifyRequest): SessionAudience | undefined {
  const app = request.headers['x-partnerkit-app'];
  if (app === 'admin') return 'admin';
  if (app === 'portal' || app === 'partner') return 'partner';
  return undefined;
}

/** The session token this request carries for its audience (without a header: admin first, then partner). */
export function sessionTokenOf(request: FastifyRequest): string | undefined {
  const audience = requestedAudience(request);
  if (audience) return request.cookies[SESSION_COOKIE[audience]];
  return request.cookies[SESSION_COOKIE.admin] ?? request.cookies[SESSION_COOKIE.partner];
}

export function bearerOf(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const match = /^Bearer\s+(.+)$/i.exec(header.trim());
  return match ? match[1]!.trim() : header.trim();
}

export function setSessionCookie(
  reply: FastifyReply,
  audience: SessionAudience,
  session: IssuedSession,
  policy: CookiePolicy,
) {
  reply.setCookie(SESSION_COOKIE[audience], session.token, {
    path: '/',
    httpOnly: true,
    sameSite: policy.sameSite,
    secure: policy.secure || policy.sameSite === 'none',
    expires: session.expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply, audience: SessionAudience, policy: CookiePolicy) {
  reply.clearCookie(SESSION_COOKIE[audience], {
    path: '/',
    httpOnly: true,
    sameSite: policy.sameSite,
    secure: policy.secure || policy.sameSite === 'none',
  });
}

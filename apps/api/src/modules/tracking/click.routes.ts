import { v7 as uuidv7 } from 'uuid';
import { ipHasher } from '../../common/ip-hash.js';
import { fail } from '../../errors/app-error.js';
import { isValidSubId, linkAppliesToPartner, safeDeepLink } from '@partnerkit/domain';
import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { type ClickBuffer } from './click-buffer.js';
import {
  type CachedLink,
  type CachedPartner,
  type CachedSettings,
  type RedirectCache,
} from './redirect-cache.js';

/** The first-party visitor-id cookie, also passed to the destination as a query parameter of this name. */
export const VISITOR_COOKIE = 'pk_vid';
const VISITOR_ID = /^[0-9a-f]{32}$/;
const DEFAULT_MAX_AGE = 30 * 86_400;

export interface RedirectRouteOptions {
  cache: RedirectCache;
  buffer: ClickBuffer;
  ipHashSecret: string;
  secureCookie: boolean;
}

interface RedirectRequest {
  Params: { code: string; slug?: string };
  Querystring: { url?: string; sub?: string };
}

/**
 * A new visitor's id: a UUIDv7 as 32 hex digits, its time (ms) first, then 74 random bits (given the time,
 * uuid draws them all afresh instead of counting within the millisecond, so no id tells its neighbour's).
 * Time-ordered, so the clicks of new visitors append to the end of the visitor-id index instead of touching
 * random pages of it.
 */
const newVisitorId = () => uuidv7({ msecs: Date.now() }).replaceAll('-', '');

/** Appends `name=value` to a URL's query string (before any #fragment). */
function withParam(url: string, name: string, value: string): string {
  const hash = url.indexOf('#');
  const base = hash === -1 ? url : url.slice(0, hash);
  const fragment = hash === -1 ? '' : url.slice(hash);
  return `${base}${base.includes('?') ? '&' : '?'}${name}=${value}${fragment}`;
}

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof (value as Promise<unknown> | null)?.then === 'function';

/**
 * The tracking redirect: `GET /r/:code` (the partner's default link), `GET /r/:code/:slug` (a named link),
 * both with optional `?url=` (deep link on an allowed domain) and `?sub=` (sub-id). Answers 302 at once from
 * the in-process cache, sets the visitor cookie, passes the visitor id to the destination as `pk_vid`, and
 * hands the click to the buffer. Unknown and non-active partners are redirected too, but record nothing.
 * A deep link to a host that is not allowed falls back to the link's (or the default) destination.
 */
export function registerClickRoutes(app: FastifyInstance, options: RedirectRouteOptions) {
  const { cache, buffer, ipHashSecret, secureCookie } = options;
  const cookieTail = `; Path=/; SameSite=Lax${secureCookie ? '; Secure' : ''}`;
  const hashIp = ipHasher(ipHashSecret);

  function respond(
    request: FastifyRequest<RedirectRequest>,
    reply: FastifyReply,
    partner: CachedPartner | null,
    settings: CachedSettings,
    namedLink: CachedLink | null,
  ) {
    const link = namedLink && partner && linkAppliesToPartner(namedLink, partner) ? namedLink : null;
    const { url, sub } = request.query;
    const destination =
      (url ? safeDeepLink(url, settings.allowedDomains, settings.defaultLandingUrl) : null) ??
      link?.destinationUrl ??
      settings.defaultLandingUrl;
    if (!destination) {
      fail(
        'LANDING_PAGE_MISSING',
        'This link has nowhere to go yet: the merchant has not set a default landing page.',
      );
    }
    const known = request.cookies[VISITOR_COOKIE];
    const visitorId = known && VISITOR_ID.test(known) ? known : newVisitorId();
    const maxAge = partner?.cookieMaxAge ?? DEFAULT_MAX_AGE;

    let stored: Promise<void> | undefined;
    if (partner?.active) {
      const userAgent = request.headers['user-agent'] ?? '';
      stored = buffer.add({
        partnerId: partner.id,
        trackingLinkId: link?.id ?? null,
        subId: sub && isValidSubId(sub) ? sub : null,
        visitorId,
        ipHash: hashIp(request.ip),
        userAgent: userAgent.length > 1000 ? userAgent.slice(0, 1000) : userAgent,
        referrer: request.headers.referer?.slice(0, 2000) ?? null,
        landingUrl: destination,
        clickedAt: new Date(),
      });
    }
    const answer = () =>
      reply
        .code(302)
        .header('location', withParam(destination, VISITOR_COOKIE, visitorId))
        .header('set-cookie', `${VISITOR_COOKIE}=${visitorId}; Max-Age=${maxAge}${cookieTail}`)
        .header('cache-control', 'no-store')
        .header('referrer-policy', 'no-referrer-when-downgrade')
        .send();
    // Backpressure: when the click backlog is at its high-water mark, answer once it has shrunk.
    return stored ? stored.then(answer) : answer();
  }

  function redirect(request: FastifyRequest<RedirectRequest>, reply: FastifyReply) {
    const partner = cache.partner(request.params.code);
    const settings = cache.settings();
    const link = request.params.slug ? cache.link(request.params.slug) : null;
    if (isPromise(partner) || isPromise(settings) || isPromise(link)) {
      return Promise.all([partner, settings, link]).then(([p, s, l]) => respond(request, reply, p, s, l));
    }
    return respond(request, reply, partner, settings, link);
  }

  app.get<RedirectRequest>('/r/:code', redirect);
  app.get<RedirectRequest>('/r/:code/:slug', redirect);
}

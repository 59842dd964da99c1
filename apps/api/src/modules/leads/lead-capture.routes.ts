import { createHash } from 'node:crypto';
import { type MikroORM } from '@mikro-orm/postgresql';
import { type FastifyInstance } from 'fastify';
import { isAllowedHost } from '@partnerkit/domain';
import { assertValidText } from '../../common/text.js';
import { fail } from '../../errors/app-error.js';
import { knownClientError } from '../../errors/client-error.js';
import { type RateLimit } from '../../common/rate-limit.js';
import { type RedirectCache } from '../tracking/redirect-cache.js';
import { type LeadService, SNIPPET_SOURCE } from './lead.service.js';

export interface LeadCaptureOptions {
  orm: MikroORM;
  leads: LeadService;
  cache: RedirectCache;
  limit: RateLimit;
}

type LeadBody = Record<string, unknown>;

/** A text of the body: trimmed, null when absent or blank; any other JSON type is refused. */
function text(body: LeadBody, field: string): string | null {
  const value = body[field];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') fail('BODY_INVALID', `${field} is a string.`, field);
  return value.trim() || null;
}

/** The lead as JSON: sent as `text/plain` by the snippet (no preflight), or as `application/json`. */
function parseLead(body: unknown): LeadBody {
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body);
    } catch {
      fail('BODY_INVALID', 'Send the lead as JSON.');
    }
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    fail('BODY_INVALID', 'Send the lead as a JSON object: { "email": "..." }.');
  }
  assertValidText(body, '');
  return body as LeadBody;
}

/**
 * `POST /t/lead`: the merchant snippet's `Partnerkit.lead({ email, name })`. Public and unauthenticated, so
 * it proves what a browser can: the page is on the merchant's allowed domains (the Origin header, required:
 * a request without one is refused), the visitor id came from a click of an active partner within the cookie
 * window (`LEAD_CLICK_REQUIRED`), one lead per visitor id (its lead id is derived from it) and one per email
 * (repeats answer `duplicate`), a limited number per IP, and a partner's leads above the hourly rate are
 * flagged for review (`LeadService`). It cannot prove that a person opted in: a script can send all of
 * this. Merchants send trusted leads server-side with an API key (`recordLead`) instead. It answers only
 * whether the lead was recorded (never which partner got it). The body is JSON sent as `text/plain` (a
 * simple cross-origin request, no preflight). Refusals answer with the error catalogue's status and code.
 */
export function registerLeadCaptureRoutes(app: FastifyInstance, options: LeadCaptureOptions) {
  app.post('/t/lead', async (request, reply) => {
    const origin = request.headers.origin;
    const settings = await options.cache.settings();
    const allowed = [...settings.allowedDomains];
    if (settings.defaultLandingUrl) allowed.push(new URL(settings.defaultLandingUrl).hostname);
    let host = '';
    try {
      host = origin ? new URL(origin).hostname : '';
    } catch {
      // not a URL: refused below
    }
    if (!host || !isAllowedHost(host, allowed)) {
      fail('ORIGIN_NOT_ALLOWED', 'Leads are accepted from pages on the merchant’s allowed domains only.');
    }
    reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
    const body = parseLead(request.body);
    await options.limit.consume(request.ip);
    const email = text(body, 'email');
    const visitorId = text(body, 'visitorId');
    if (!visitorId) {
      fail(
        'LEAD_CLICK_REQUIRED',
        'A lead from the snippet needs the visitor id of a partner link.',
        'visitorId',
      );
    }
    // One lead per visitor id: its lead id is derived from it (whatever the page sends as externalId).
    const externalId = `web-${createHash('sha256').update(visitorId).digest('hex').slice(0, 40)}`;
    try {
      const result = await options.leads.recordLead(
        options.orm.em.fork(),
        {
          externalId,
          customer: { email, name: text(body, 'name') },
          referral: { visitorId },
        },
        SNIPPET_SOURCE,
      );
      return { recorded: true, duplicate: result.duplicate };
    } catch (error) {
      // The same lead sent again with other details: it is recorded already.
      if (knownClientError(error)?.category === 'CONFLICT') return { recorded: true, duplicate: true };
      throw error;
    }
  });
}

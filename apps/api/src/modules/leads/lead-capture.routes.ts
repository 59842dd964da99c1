import { createHash } from 'node:crypto';
import { type MikroORM } from '@mikro-orm/postgresql';
import { type FastifyInstance } from 'fastify';
import { isAllowedHost } from '@partnerkit/domain';
import { assertValidText } from '../../common/text.js';
import { fail } from '../../errors/app-error.js';
import { knownClientError } from '../../errors/client-error.js';
import { type RateLimit } from '../../common/rate-limit.js';
import { type RedirectCache } from '../tracking/redirect-cache.js';
import { type LeadService } from './lead.service.js';

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
 * `POST /t/lead`: the merchant snippet's `Partnerkit.lead({ email, name })`. Public, so it accepts only pages
 * on the merchant's allowed domains (the Origin header), a limited number of leads per IP, and answers only
 * whether the lead was recorded (never which partner got it). The body is JSON sent as `text/plain` (a
 * simple cross-origin request, no preflight). Without `externalId`, the visitor and email identify the lead,
 * so a form submitted twice records one lead. Refusals answer with the error catalogue's status and code.
 */
export function registerLeadCaptureRoutes(app: FastifyInstance, options: LeadCaptureOptions) {
  app.post('/t/lead', async (request, reply) => {
    const origin = request.headers.origin;
    const settings = await options.cache.settings();
    const allowed = [...settings.allowedDomains];
    if (settings.defaultLandingUrl) allowed.push(new URL(settings.defaultLandingUrl).hostname);
    if (origin) {
      let host = '';
      try {
        host = new URL(origin).hostname;
      } catch {
        // not a URL: refused below
      }
      if (!host || !isAllowedHost(host, allowed)) {
        fail('ORIGIN_NOT_ALLOWED', 'Leads are accepted from the merchant’s allowed domains only.');
      }
      reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
    }
    const body = parseLead(request.body);
    await options.limit.consume(request.ip);
    const email = text(body, 'email');
    const visitorId = text(body, 'visitorId');
    const externalId =
      text(body, 'externalId') ??
      `web-${createHash('sha256')
        .update(`${visitorId ?? ''}|${(email ?? '').toLowerCase()}`)
        .digest('hex')
        .slice(0, 40)}`;
    try {
      const result = await options.leads.recordLead(
        options.orm.em.fork(),
        {
          externalId,
          customer: { email, name: text(body, 'name') },
          referral: { visitorId, ipAddress: request.ip },
        },
        'web',
      );
      return { recorded: true, duplicate: result.duplicate };
    } catch (error) {
      // The same lead sent again with other details: it is recorded already.
      if (knownClientError(error)?.category === 'CONFLICT') return { recorded: true, duplicate: true };
      throw error;
    }
  });
}

import { createHash } from 'node:crypto';
import { type MikroORM } from '@mikro-orm/postgresql';
import { type FastifyInstance } from 'fastify';
import { isAllowedHost, isDomainError } from '@partnerkit/domain';
import { AppError } from '../../common/app-error.js';
import { type RateLimit } from '../../common/rate-limit.js';
import { type RedirectCache } from '../clicks/redirect-cache.js';
import { type LeadService } from './lead.service.js';

export interface LeadCaptureOptions {
  orm: MikroORM;
  leads: LeadService;
  cache: RedirectCache;
  limit: RateLimit;
}

interface LeadBody {
  email?: unknown;
  name?: unknown;
  visitorId?: unknown;
  externalId?: unknown;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);

/**
 * `POST /t/lead`: the merchant snippet's `Partnerkit.lead({ email, name })`. Public, so it accepts only pages
 * on the merchant's allowed domains (the Origin header), a limited number of leads per IP, and answers only
 * whether the lead was recorded (never which partner got it). The body is JSON sent as `text/plain` (a
 * simple cross-origin request, no preflight). Without `externalId`, the visitor and email identify the lead,
 * so a form submitted twice records one lead.
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
        return reply.code(403).send({
          error: 'ORIGIN_NOT_ALLOWED',
          message: 'Leads are accepted from the merchant’s allowed domains only.',
        });
      }
      reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
    }
    let body: LeadBody;
    try {
      body =
        typeof request.body === 'string'
          ? (JSON.parse(request.body) as LeadBody)
          : ((request.body ?? {}) as LeadBody);
    } catch {
      return reply.code(400).send({ error: 'BODY_INVALID', message: 'Send the lead as JSON.' });
    }
    try {
      await options.limit.consume(request.ip);
      const email = text(body.email);
      const visitorId = text(body.visitorId);
      const externalId =
        text(body.externalId) ??
        `web-${createHash('sha256')
          .update(`${visitorId ?? ''}|${(email ?? '').toLowerCase()}`)
          .digest('hex')
          .slice(0, 40)}`;
      const result = await options.leads.recordLead(
        options.orm.em.fork(),
        {
          externalId,
          customer: { email, name: text(body.name) },
          referral: { visitorId, ipAddress: request.ip },
        },
        'web',
      );
      return { recorded: true, duplicate: result.duplicate };
    } catch (error) {
      if (error instanceof AppError && error.category === 'CONFLICT')
        return { recorded: true, duplicate: true };
      const coded =
        error instanceof AppError
          ? {
              status: error.category === 'TOO_MANY_REQUESTS' ? 429 : 400,
              code: error.reason,
              field: error.field,
            }
          : isDomainError(error)
            ? { status: 400, code: error.code, field: error.field }
            : null;
      if (!coded) throw error;
      return reply
        .code(coded.status)
        .send({ error: coded.code, field: coded.field, message: (error as Error).message });
    }
  });
}

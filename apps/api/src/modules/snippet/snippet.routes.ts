import { createHash } from 'node:crypto';
import { type FastifyInstance } from 'fastify';
import { type RedirectCache } from '../tracking/redirect-cache.js';
import { snippetSource } from './snippet.source.js';

/**
 * `GET /snippet.js`: the merchant snippet. Cacheable for an hour (with an ETag); its only setting is the
 * cookie window (the longest of any program or partner override), read from the redirect cache.
 */
export function registerSnippetRoutes(app: FastifyInstance, cache: RedirectCache) {
  let built: { days: number; body: string; etag: string } | null = null;
  app.get('/snippet.js', async (request, reply) => {
    const settings = await cache.settings();
    if (!built || built.days !== settings.longestCookieDays) {
      const body = snippetSource({ cookieDays: settings.longestCookieDays });
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`;
      built = { days: settings.longestCookieDays, body, etag };
    }
    reply
      .header('content-type', 'text/javascript; charset=utf-8')
      .header('cache-control', 'public, max-age=3600')
      .header('etag', built.etag)
      .header('access-control-allow-origin', '*');
    if (request.headers['if-none-match'] === built.etag) return reply.code(304).send();
    return built.body;
  });
}

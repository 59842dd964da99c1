import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type FastifyInstance } from 'fastify';
import { marked } from 'marked';
import { API_KEY_SCOPES, API_KEY_SCOPE_DESCRIPTIONS } from '../../graphql/actor.js';
import { QUERY_LIMITS } from '../../graphql/query-limits.js';
import { fail } from '../../errors/app-error.js';

/** The repository's docs folder (from `src/modules/api-docs` and `dist/modules/api-docs` alike). */
const DOCS = fileURLToPath(new URL('../../../../../docs/', import.meta.url));

export interface ApiDocsLimits {
  anonymousPerMinute: number;
  sessionPerMinute: number;
  apiKeyPerMinute: number;
  timeBudgetMs: number;
}

function scopesTable(): string {
  const rows = API_KEY_SCOPES.map((scope) => `| \`${scope}\` | ${API_KEY_SCOPE_DESCRIPTIONS[scope]} |`);
  return ['| scope | allows |', '| --- | --- |', ...rows].join('\n');
}

function limitsTable(limits: ApiDocsLimits): string {
  const rows: Array<[string, string, string]> = [
    ['depth of nested fields', String(QUERY_LIMITS.maxDepth), '`QUERY_TOO_DEEP`'],
    ['aliases per operation', String(QUERY_LIMITS.maxAliases), '`QUERY_TOO_MANY_ALIASES`'],
    ['directives per operation', String(QUERY_LIMITS.maxDirectives), '`QUERY_TOO_MANY_DIRECTIVES`'],
    ['tokens per document', String(QUERY_LIMITS.maxTokens), '`QUERY_TOO_LARGE`'],
    [
      'cost (1 per field; a page of `first: n`, written or passed as a variable, n × its fields)',
      String(QUERY_LIMITS.maxCost),
      '`QUERY_TOO_COMPLEX`',
    ],
    ['page size (`first`)', `1 to ${QUERY_LIMITS.maxPageSize}`, '`PAGE_SIZE_INVALID`'],
    ['time a query may run', `${limits.timeBudgetMs} ms`, '`OPERATION_TIMEOUT`'],
    ['operations per minute per API key (default)', String(limits.apiKeyPerMinute), '`RATE_LIMITED`'],
    ['operations per minute per signed-in person', String(limits.sessionPerMinute), '`RATE_LIMITED`'],
    ['operations per minute per IP, anonymous', String(limits.anonymousPerMinute), '`RATE_LIMITED`'],
  ];
  return [
    '| limit | value | refused as |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** The Markdown of the API page, with the live scopes, limits and error codes filled in. */
export function apiDocsMarkdown(limits: ApiDocsLimits): string {
  const source = readFileSync(`${DOCS}api.md`, 'utf8');
  const errors = readFileSync(`${DOCS}errors.md`, 'utf8')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^# Error codes/m, '### Every error code');
  return source
    .replace('{{scopes}}', scopesTable())
    .replace('{{limits}}', limitsTable(limits))
    .replace('{{errors}}', errors);
}

const STYLE = `body{font:16px/1.55 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1b1e}
pre{background:#f4f5f7;padding:.8rem;overflow-x:auto;border-radius:6px}code{font-size:.9em}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #dee2e6;padding:.3rem .6rem;text-align:left;vertical-align:top}
h1,h2,h3{line-height:1.2}a{color:#1c7ed6}`;

/**
 * `GET /docs/api`: the API page (docs/api.md rendered with marked, the scopes, limits and error codes filled
 * in from the code that enforces them), linked from the console. Rendered once, at the first request.
 */
export function registerApiDocsRoutes(app: FastifyInstance, limits: ApiDocsLimits) {
  let html: string | null = null;
  app.get('/docs/api', async (_request, reply) => {
    if (!existsSync(`${DOCS}api.md`))
      fail('ROUTE_NOT_FOUND', 'The API page is not part of this installation.');
    html ??= `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Partnerkit API</title><style>${STYLE}</style></head><body>${await marked.parse(apiDocsMarkdown(limits))}</body></html>`;
    return reply.type('text/html; charset=utf-8').header('cache-control', 'public, max-age=300').send(html);
  });
  app.get('/docs/api.md', async (_request, reply) => {
    if (!existsSync(`${DOCS}api.md`))
      fail('ROUTE_NOT_FOUND', 'The API page is not part of this installation.');
    return reply.type('text/markdown; charset=utf-8').send(apiDocsMarkdown(limits));
  });
}

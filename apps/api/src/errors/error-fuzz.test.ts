import fc from 'fast-check';
import { buildClientSchema, getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, expect, inject, test } from 'vitest';
import { ormConfig } from '../composition/orm-config.js';
import { createScratchDatabase, type ScratchDatabase } from '../database/scratch-database.js';
import {
  type CallerKind,
  type FuzzRequest,
  graphQLOperations,
  httpRequests,
  malformedGraphQL,
} from '../test-support/fuzz-operations.js';
import { cookieFrom, createTestApp, signedInAdmin, type TestApp, unique } from '../test-support/test-app.js';
import { CATEGORY_STATUS, isErrorCode } from './error-catalogue.js';

/**
 * Fuzz: thousands of generated GraphQL operations (every root query and mutation, arguments of the right and
 * wrong shapes, hostile strings, random cursors) and HTTP requests (every public route, random methods,
 * headers, content types and bodies), as an admin, a partner, an API key and anonymously. No answer may be
 * a 5xx, leak a stack trace or SQL, or be an error without a stable code. FUZZ_RUNS raises the count
 * (default 10,000), FUZZ_SEED replays a run (`random`: a new one). On its own database: it creates and
 * changes whatever it can.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
/** Fixed by default, so a run in CI is repeatable; `FUZZ_SEED=random` explores new inputs. */
const SEED =
  process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20_261_129);
const CONCURRENCY = 8;
const STRIPE_SECRET = 'whsec_fuzz_secret';
const CATEGORIES = new Set(Object.keys(CATEGORY_STATUS));
const LEAK =
  /\bat \S+\.(js|ts):\d+|insert into "|select "t\d"|"public"\.|violates .* constraint|node_modules/i;

let scratch: ScratchDatabase;
let t: TestApp;
const callerHeaders: Record<CallerKind, Record<string, string>> = {
  admin: {},
  partner: {},
  apiKey: {},
  anonymous: {},
};

beforeAll(async () => {
  const server = new URL(inject('databaseUrl'));
  server.pathname = '/postgres';
  scratch = await createScratchDatabase(server.toString(), 'partnerkit_fuzz');
  const migrate = await MikroORM.init(ormConfig(scratch.url));
  await migrate.getMigrator().up();
  await migrate.close(true);
  t = await createTestApp(
    {
      NODE_ENV: 'production',
      SERVE_SPAS: 'true',
      STRIPE_WEBHOOK_SECRETS: STRIPE_SECRET,
      SIGNUP_RATE_LIMIT: '1000000',
      CODE_CHECK_RATE_LIMIT: '1000000',
      LEAD_CAPTURE_RATE_LIMIT: '1000000',
      GRAPHQL_RATE_LIMIT_ANONYMOUS: '1000000',
      GRAPHQL_RATE_LIMIT_SESSION: '1000000',
      GRAPHQL_RATE_LIMIT_API_KEY: '1000000',
      PASSWORD_RESET_RATE_LIMIT: '1000000',
      // Thousands of random sign-ins from one address would wait the longest delay each.
      SIGN_IN_MAX_DELAY_SECONDS: '0',
    },
    { databaseUrl: scratch.url },
  );
  const admin = await signedInAdmin(t);
  callerHeaders.admin = { cookie: admin.cookie!, 'x-partnerkit-app': 'admin' };
  const program = await t.gql(
    'mutation { createProgram(input: { name: "Fuzz", currency: "USD" }) { id } }',
    {},
    admin,
  );
  const code = `fuzz${unique()}`;
  const password = 'fuzz-partner-password-1';
  const partner = await t.gql(
    'mutation($i: CreatePartnerInput!) { createPartner(input: $i) { id } }',
    {
      i: {
        code,
        name: 'Fuzz partner',
        email: `${code}@example.test`,
        password,
        status: 'ACTIVE',
        programIds: [program.data!.createProgram.id],
      },
    },
    admin,
  );
  expect(partner.errors).toBeUndefined();
  const signIn = await t.gql(
    'mutation($l: String!, $p: String!) { signInPartner(login: $l, password: $p) { kind } }',
    { l: code, p: password },
    { app: 'portal' },
  );
  expect(signIn.errors).toBeUndefined();
  callerHeaders.partner = { cookie: cookieFrom(signIn.headers), 'x-partnerkit-app': 'portal' };
  const key = await t.gql(
    'mutation { createApiKey(input: { name: "fuzz", scopes: ["*:read", "events:write", "products:write"] }) { secret } }',
    {},
    admin,
  );
  expect(key.errors).toBeUndefined();
  callerHeaders.apiKey = { authorization: `Bearer ${key.data!.createApiKey.secret}` };
  await t.gql(
    'mutation { updateMerchantSettings(input: { defaultLandingUrl: "https://example.com/", allowedDomains: ["example.com"] }) { defaultLandingUrl } }',
    {},
    admin,
  );
}, 120_000);

afterAll(async () => {
  await t?.close();
  await scratch?.drop();
});

/** What is wrong with an answer, or null when it is fine. */
function problemOf(request: FuzzRequest, status: number, type: string, body: string): string | null {
  if (status >= 500) return `status ${status}`;
  if (LEAK.test(body)) return 'a stack trace or SQL in the body';
  if (request.method === 'HEAD' || status < 400 || status === 304) {
    if (!type.includes('json') || !body.includes('"errors"')) return null;
  }
  if (type.includes('javascript')) {
    const code = /\(([A-Z][A-Z0-9_]+)\)/.exec(body)?.[1];
    return isErrorCode(code) ? null : 'a script error without a code';
  }
  if (!type.includes('json')) return status >= 400 ? `an uncoded ${status} (${type || 'no type'})` : null;
  let json: { errors?: unknown; code?: unknown; reason?: unknown };
  try {
    json = JSON.parse(body);
  } catch {
    return 'JSON that does not parse';
  }
  if (Array.isArray(json.errors)) {
    for (const error of json.errors as Array<{ extensions?: { code?: unknown; reason?: unknown } }>) {
      const { code, reason } = error.extensions ?? {};
      if (typeof code !== 'string' || !CATEGORIES.has(code))
        return `a GraphQL error without a category (${String(code)})`;
      if (code === 'INTERNAL_SERVER_ERROR') return 'INTERNAL_SERVER_ERROR';
      if (!isErrorCode(reason)) return `a GraphQL error without a catalogue code (${String(reason)})`;
    }
    return null;
  }
  if (status >= 400) {
    if (typeof json.code !== 'string' || !CATEGORIES.has(json.code))
      return 'an HTTP error without a category';
    if (!isErrorCode(json.reason)) return 'an HTTP error without a catalogue code';
  }
  return null;
}

test(`${RUNS} generated operations and requests: no 5xx, a stable code on every error`, async () => {
  const started = Date.now();
  const introspection = await t.app.inject({
    method: 'POST',
    url: '/graphql',
    headers: { 'content-type': 'application/json', ...callerHeaders.admin },
    payload: { query: getIntrospectionQuery() },
  });
  const schema = buildClientSchema((introspection.json() as { data: IntrospectionQuery }).data);
  const arbitrary = fc.oneof(
    { weight: 60, arbitrary: graphQLOperations(schema) },
    { weight: 5, arbitrary: malformedGraphQL },
    { weight: 35, arbitrary: httpRequests(STRIPE_SECRET) },
  );
  const requests = fc.sample(arbitrary, { numRuns: RUNS, seed: SEED });

  const problems: string[] = [];
  const statuses = new Map<number, number>();
  const targets = new Set<string>();
  let fiveHundreds = 0;
  let next = 0;
  const worker = async () => {
    while (next < requests.length) {
      const request = requests[(next += 1) - 1]!;
      // Signing out would leave the rest of the run without that caller.
      const caller = /signOut/.test(request.target) ? 'anonymous' : request.caller;
      const response = await t.app.inject({
        method: request.method,
        url: request.url,
        headers: { ...callerHeaders[caller], ...request.headers },
        ...(request.payload !== undefined ? { payload: request.payload } : {}),
      });
      targets.add(request.target);
      statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
      if (response.statusCode >= 500) fiveHundreds += 1;
      const problem = problemOf(
        request,
        response.statusCode,
        String(response.headers['content-type'] ?? ''),
        response.body,
      );
      if (problem && problems.length < 20) {
        problems.push(
          `${problem}: ${request.method} ${request.url.slice(0, 200)} as ${caller} -> ${response.statusCode} ${response.body.slice(0, 300)}` +
            (request.payload ? `\n    payload: ${request.payload.slice(0, 300)}` : ''),
        );
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(
    `[fuzz] ${requests.length} operations and requests (seed ${SEED}) over ${targets.size} targets in ${seconds} s; ` +
      `5xx: ${fiveHundreds}; statuses: ${[...statuses]
        .sort(([a], [b]) => a - b)
        .map(([s, n]) => `${s}×${n}`)
        .join(' ')}`,
  );
  expect(requests.length).toBe(RUNS);
  expect(problems).toEqual([]);
  expect(fiveHundreds).toBe(0);
}, 600_000);

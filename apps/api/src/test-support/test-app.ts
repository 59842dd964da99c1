import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import { type FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { type AppOptions, buildApp } from '../composition/app.js';
import { loadConfig } from '../config/config.js';
import { ormConfig } from '../composition/orm-config.js';
import { createInProcessEventBus, type EventBus } from '../events/event-bus.js';
import { hashPassword } from '../common/password.js';
import { AdminRole, AdminUser } from '../kernel/admin-user.entity.js';

export interface GraphQLResult<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; reason?: string; field?: string } }>;
}

export interface Caller {
  /** Cookie header to send (from a sign-in). */
  cookie?: string;
  /** `admin` or `portal`: which session cookie the API should use. */
  app?: 'admin' | 'portal';
  bearer?: string;
}

export interface TestApp {
  app: FastifyInstance;
  orm: MikroORM;
  events: EventBus;
  gql<T = Record<string, any>>(
    query: string,
    variables?: Record<string, unknown>,
    caller?: Caller,
  ): Promise<GraphQLResult<T> & { headers: Record<string, unknown> }>;
  close(): Promise<void>;
}

/** The whole app on the test database, called in-process (`app.inject`): real HTTP semantics, no socket. */
export async function createTestApp(
  env: Record<string, string> = {},
  options: Pick<AppOptions, 'clicks' | 'logger' | 'webhooks'> & {
    databaseUrl?: string;
    poolSize?: number;
    /** Another bus (say, Redis for two instances); closed with the app. Default: in-process. */
    events?: EventBus;
  } = {},
): Promise<TestApp> {
  const { databaseUrl, poolSize, events: givenEvents, ...appOptions } = options;
  const orm = await MikroORM.init(
    ormConfig(databaseUrl ?? inject('databaseUrl'), { pool: { min: 0, max: poolSize ?? 4 } }),
  );
  const config = loadConfig({
    NODE_ENV: 'test',
    SERVE_SPAS: 'false',
    LOG_LEVEL: 'silent',
    IP_HASH_SECRET: TEST_IP_HASH_SECRET,
    // Tests send hundreds of operations a minute from one session or key; the limit tests set their own.
    GRAPHQL_RATE_LIMIT_ANONYMOUS: '1000000',
    GRAPHQL_RATE_LIMIT_SESSION: '1000000',
    GRAPHQL_RATE_LIMIT_API_KEY: '1000000',
    ...env,
  });
  const events = givenEvents ?? createInProcessEventBus();
  const app = await buildApp({ config, orm, events, logger: false, ...appOptions });
  await app.ready();
  return {
    app,
    orm,
    events,
    async gql(query, variables = {}, caller = {}) {
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (caller.cookie) headers.cookie = caller.cookie;
      if (caller.app) headers['x-partnerkit-app'] = caller.app;
      if (caller.bearer) headers.authorization = `Bearer ${caller.bearer}`;
      const response = await app.inject({
        method: 'POST',
        url: '/graphql',
        headers,
        payload: { query, variables },
      });
      return { ...response.json(), headers: response.headers };
    },
    async close() {
      await app.close();
      await events.close?.();
      await orm.close(true);
    },
  };
}

/**
 * True when the tests run on a real PostgreSQL server. Concurrency tests need it: the embedded database
 * runs one transaction at a time and would hide every race.
 */
export const onPostgreSQL = () => inject('databaseKind') === 'postgresql';

/** The IP-hash secret of test apps (to build clicks that match an order's IP). */
export const TEST_IP_HASH_SECRET = 'test-ip-hash-secret-0123456789';

/** A short unique suffix, so test files sharing one database never collide. */
export const unique = () => randomBytes(4).toString('hex');

/** Turns Set-Cookie headers into a Cookie header. */
export function cookieFrom(headers: Record<string, unknown>): string {
  const raw = headers['set-cookie'];
  const list = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return list.map((cookie: string) => cookie.split(';')[0]).join('; ');
}

export const ADMIN_PASSWORD = 'correct-horse-42';

/** Creates an admin (an owner unless `role` says otherwise) and signs in; returns the caller to use. */
export async function signedInAdmin(
  t: TestApp,
  role: AdminRole = AdminRole.OWNER,
): Promise<Caller & { email: string; id: string }> {
  const email = `admin-${unique()}@example.test`;
  const em = t.orm.em.fork();
  const admin = em.create(AdminUser, {
    email,
    name: 'Test Admin',
    role,
    passwordHash: await hashPassword(ADMIN_PASSWORD),
  });
  await em.flush();
  const result = await t.gql(
    'mutation($e: String!, $p: String!) { signInAdmin(email: $e, password: $p) { kind } }',
    { e: email, p: ADMIN_PASSWORD },
    { app: 'admin' },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return { cookie: cookieFrom(result.headers), app: 'admin', email, id: admin.id };
}

export const PARTNER_FIELDS = 'id code name email status approvedAt programs { id name } customFields';

/** Creates a partner through the API as `admin`. */
export async function createPartner(
  t: TestApp,
  admin: Caller,
  input: Partial<{
    code: string;
    name: string;
    email: string;
    status: string;
    parentCode: string;
    password: string;
    programIds: string[];
  }> = {},
) {
  const suffix = unique();
  const result = await t.gql<{ createPartner: { id: string; code: string; email: string } }>(
    `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { ${PARTNER_FIELDS} } }`,
    { input: { code: `p${suffix}`, name: `Partner ${suffix}`, email: `p${suffix}@example.test`, ...input } },
    admin,
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data!.createPartner;
}

/** The coded error of a result (first error), for assertions. */
export const errorOf = (result: GraphQLResult) => {
  const error = result.errors?.[0];
  return {
    code: error?.extensions?.code,
    reason: error?.extensions?.reason,
    field: error?.extensions?.field,
  };
};

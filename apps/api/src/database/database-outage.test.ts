import { Writable } from 'node:stream';
import { MikroORM } from '@mikro-orm/postgresql';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Click } from '../modules/tracking/click.entity.js';
import { Partner } from '../kernel/partner.entity.js';
import {
  privateClusterUnavailable,
  type PrivateCluster,
  startPrivateCluster,
} from '../test-support/private-postgres.js';
import { type Caller, createTestApp, signedInAdmin, type TestApp } from '../test-support/test-app.js';
import { ormConfig } from '../composition/orm-config.js';

const unavailable = privateClusterUnavailable();
if (unavailable) console.log(`[database outage test] skipped: ${unavailable}`);

/** Log lines at warn and above, as the server would write them. */
const logLines: Array<{ level: number; msg: string; err?: unknown }> = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of chunk.toString().split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
    done();
  },
});

let cluster: PrivateCluster;
let t: TestApp;
let admin: Caller;
let programId: string;
let partnerCode: string;

/** Polls `check` every 50 ms until it holds (returns the time it took) or `ms` pass (throws). */
async function until(check: () => Promise<boolean>, ms: number, what: string): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check().catch(() => false)) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${what}: not within ${ms} ms`);
}

const CREATE = `mutation($input: CreatePartnerInput!) { createPartner(input: $input) { id code } }`;
const AVAILABILITY = 'query($c: String!) { partnerCodeAvailability(code: $c) { available } }';

describe.skipIf(unavailable !== null)('when PostgreSQL stops under load and comes back', () => {
  beforeAll(async () => {
    cluster = await startPrivateCluster();
    const migrate = await MikroORM.init(ormConfig(cluster.url));
    await migrate.getMigrator().up();
    await migrate.close(true);
    t = await createTestApp(
      { CODE_CHECK_RATE_LIMIT: '100000' },
      { databaseUrl: cluster.url, logger: { level: 'warn', stream: logStream } },
    );
    admin = await signedInAdmin(t);
    const program = await t.gql(
      'mutation { createProgram(input: { name: "Outage", currency: "USD" }) { id } }',
      {},
      admin,
    );
    programId = program.data!.createProgram.id;
    partnerCode = `out${Date.now().toString(36)}`;
    await t.gql(
      CREATE,
      {
        input: {
          code: partnerCode,
          name: 'Out',
          email: `${partnerCode}@example.test`,
          programIds: [programId],
        },
      },
      admin,
    );
    await t.gql(
      'mutation { updateMerchantSettings(input: { defaultLandingUrl: "https://example.com/", allowedDomains: ["example.com"] }) { defaultLandingUrl } }',
      {},
      admin,
    );
    // The redirect cache holds the partner and the settings before the outage.
    expect((await t.app.inject(`/r/${partnerCode}`)).statusCode).toBe(302);
    await t.app.tracking.buffer.flush();
  }, 120_000);

  afterAll(async () => {
    await t?.close().catch(() => undefined);
    await cluster?.destroy();
  });

  test('503 / SERVICE_UNAVAILABLE with Retry-After while down, nothing half-written, back within 10 s, clicks kept', async () => {
    let sequence = 0;
    let down = false;
    let stop = false;
    const unexpected: string[] = [];
    const whileDown = { graphql: 0, http: 0, redirects: 0 };
    const created: string[] = [];
    const attempted: string[] = [];

    /** One request of the load; checks its answer and counts what it saw. */
    const one = async () => {
      const n = (sequence += 1);
      const kind = n % 4;
      if (kind === 0 || kind === 1) {
        const code = `ld${n}x${Date.now().toString(36)}`;
        const response = await t.app.inject({
          method: 'POST',
          url: '/graphql',
          headers: {
            'content-type': 'application/json',
            ...(kind === 0 ? { cookie: admin.cookie!, 'x-partnerkit-app': 'admin' } : {}),
          },
          payload:
            kind === 0
              ? {
                  query: CREATE,
                  variables: {
                    input: { code, name: 'Load', email: `${code}@example.test`, programIds: [programId] },
                  },
                }
              : { query: AVAILABILITY, variables: { c: code } },
        });
        if (kind === 0) attempted.push(code);
        const body = response.json();
        if (!body.errors) {
          if (kind === 0) created.push(code);
          return;
        }
        const codes = body.errors.map((error: { extensions?: { code?: string } }) => error.extensions?.code);
        if (codes.every((c: string) => c === 'SERVICE_UNAVAILABLE') && response.headers['retry-after']) {
          if (down) whileDown.graphql += 1;
          return;
        }
        unexpected.push(`${response.statusCode} ${response.body.slice(0, 300)}`);
      } else if (kind === 2) {
        const response = await t.app.inject('/readyz');
        if (response.statusCode === 200) return;
        if (
          response.statusCode === 503 &&
          response.headers['retry-after'] &&
          response.json().reason === 'DATABASE_UNAVAILABLE'
        ) {
          if (down) whileDown.http += 1;
          return;
        }
        unexpected.push(`readyz ${response.statusCode} ${response.body.slice(0, 300)}`);
      } else {
        const response = await t.app.inject(`/r/${partnerCode}`);
        if (response.statusCode === 302) {
          if (down) whileDown.redirects += 1;
          return;
        }
        unexpected.push(`redirect ${response.statusCode} ${response.body.slice(0, 300)}`);
      }
    };
    const worker = async () => {
      // Bounded: at most 4,000 requests per worker, and it stops with the test.
      for (let i = 0; i < 4_000 && !stop; i += 1) await one();
    };
    const clicksBefore = await t.orm.em.fork().count(Click, {});
    const redirectsBefore = sequence;
    const load = Promise.all([worker(), worker(), worker(), worker()]);

    await until(async () => created.length >= 10, 20_000, 'load before the outage');
    await cluster.stop();
    down = true;
    await until(
      async () => whileDown.graphql >= 20 && whileDown.http >= 3 && whileDown.redirects >= 5,
      20_000,
      'coded answers while the database is down',
    );
    // The clicks taken meanwhile wait in the buffer (a batch being retried leaves it while in flight).
    await until(async () => t.app.tracking.buffer.size > 0, 20_000, 'clicks waiting in the buffer');

    await cluster.start();
    down = false;
    const recoveredMs = await until(
      async () => {
        const ready = await t.app.inject('/readyz');
        const query = await t.gql(AVAILABILITY, { c: `zz${Date.now()}` });
        const code = `rc${Date.now().toString(36)}`;
        const write = await t.gql(
          CREATE,
          { input: { code, name: 'Back', email: `${code}@example.test`, programIds: [programId] } },
          admin,
        );
        return ready.statusCode === 200 && !query.errors && !write.errors;
      },
      10_000,
      'serving normally after the database returned',
    );
    stop = true;
    await load;
    console.log(
      `[database outage test] ${sequence - redirectsBefore} requests; while down: ${whileDown.graphql} GraphQL SERVICE_UNAVAILABLE, ${whileDown.http} /readyz 503, ${whileDown.redirects} redirects from the cache; recovered ${recoveredMs} ms after the restart`,
    );
    // On failure, the server's own log says what the unexpected answers were.
    const errorLines = logLines
      .filter((line) => line.level >= 50)
      .map((line) => `${line.msg}: ${JSON.stringify(line.err).slice(0, 600)}`);
    expect({ unexpected, errorLines }).toEqual({ unexpected: [], errorLines: [] });
    expect(recoveredMs).toBeLessThan(10_000);

    // Nothing half-written: every partner of the load that exists has its program; every success exists.
    const em = t.orm.em.fork();
    const stored = await em.find(Partner, { code: { $in: attempted } }, { populate: ['programs'] });
    expect(stored.filter((partner) => partner.programs.length !== 1).map((p) => p.code)).toEqual([]);
    const storedCodes = new Set(stored.map((partner) => partner.code));
    expect(created.filter((code) => !storedCodes.has(code))).toEqual([]);

    // The clicks taken while the database was down are written once it is back.
    await until(async () => t.app.tracking.buffer.size === 0, 10_000, 'the click buffer drains');
    await t.app.tracking.buffer.flush();
    const partner = await em.findOneOrFail(Partner, { code: partnerCode });
    const clicks = await t.orm.em.fork().count(Click, { partner });
    expect(clicks).toBeGreaterThanOrEqual(whileDown.redirects + 1);
    expect(await t.orm.em.fork().count(Click, {})).toBeGreaterThan(clicksBefore);

    // The outage is logged in short lines: no stack traces, one line per failed click batch.
    const outageLines = logLines.filter((line) => /database unavailable/i.test(line.msg));
    expect(outageLines.length).toBeGreaterThan(0);
    expect(outageLines.filter((line) => line.err !== undefined)).toEqual([]);
    const clickLines = logLines.filter((line) => line.msg.startsWith('click buffer:'));
    expect(clickLines.length).toBeGreaterThan(0);
    expect(clickLines.length).toBeLessThan(whileDown.redirects);
    expect(logLines.filter((line) => line.level >= 50)).toEqual([]);
  }, 90_000);
});

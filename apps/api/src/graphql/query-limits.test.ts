import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import {
  buildSchema,
  type DocumentNode,
  getIntrospectionQuery,
  GraphQLError,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  specifiedRules,
  type TypeNode,
  typeFromAST,
  validate,
} from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createFormatError } from './format-error.js';
import { operationGuardPlugin } from './operation-guard.plugin.js';
import { operationCost, QUERY_LIMITS, queryLimitRules } from './query-limits.js';
import {
  createPartner,
  createTestApp,
  errorOf,
  signedInAdmin,
  type TestApp,
} from '../test-support/test-app.js';

const schema = buildSchema(
  readFileSync(fileURLToPath(new URL('../../schema.graphql', import.meta.url)), 'utf8'),
);

/** Every operation of the console and the portal, from their generated documents. */
function spaDocuments(): Array<[string, DocumentNode]> {
  return ['admin', 'partner-portal'].flatMap((spa) => {
    const source = readFileSync(
      fileURLToPath(new URL(`../../../${spa}/src/gql/graphql.ts`, import.meta.url)),
      'utf8',
    );
    return [...source.matchAll(/export const (\w+)Document = (\{"kind":"Document".*?\}) as unknown as/g)].map(
      (match): [string, DocumentNode] => [`${spa}: ${match[1]}`, JSON.parse(match[2]!) as DocumentNode],
    );
  });
}

/**
 * Values for an operation's variables as a screen would send them: page sizes (`first`, `last`) at `size`,
 * every other required variable a plausible value of its type (its cost does not depend on them).
 */
function variablesFor(document: DocumentNode, size: number): Record<string, unknown> {
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  const valueOf = (node: TypeNode): unknown => {
    const type = typeFromAST(schema, node as never);
    const plain = (t: unknown): unknown => {
      if (isNonNullType(t)) return plain(t.ofType);
      if (isListType(t)) return [plain(t.ofType)];
      if (isEnumType(t)) return t.getValues()[0]!.value;
      if (isInputObjectType(t)) {
        return Object.fromEntries(
          Object.values(t.getFields())
            .filter((field) => isNonNullType(field.type))
            .map((field) => [field.name, plain(field.type)]),
        );
      }
      const name = (t as { name: string }).name;
      if (name === 'Int' || name === 'Float') return 1;
      if (name === 'Boolean') return false;
      if (name === 'ID') return '00000000-0000-4000-8000-000000000000';
      if (name === 'DateTimeISO') return new Date(0).toISOString();
      return '2026-01-01';
    };
    return plain(type);
  };
  return Object.fromEntries(
    (operation?.kind === Kind.OPERATION_DEFINITION ? (operation.variableDefinitions ?? []) : []).map(
      (definition) => {
        const name = definition.variable.name.value;
        return [name, /^(first|last)$/.test(name) ? size : valueOf(definition.type)];
      },
    ),
  );
}

let t: TestApp;
let admin: Awaited<ReturnType<typeof signedInAdmin>>;
beforeAll(async () => {
  t = await createTestApp();
  admin = await signedInAdmin(t);
});
afterAll(() => t.close());

const nested = (levels: number) => {
  let selection = 'id';
  for (let level = 0; level < levels; level += 1) {
    selection = `order { commissions { ${selection} } }`;
  }
  return `{ commissions(first: 1) { nodes { ${selection} } } }`;
};

describe('document limits (graphql-armor)', () => {
  test('every operation of the console and the portal passes them, at the largest page size', () => {
    const documents = spaDocuments();
    expect(documents.length).toBeGreaterThan(50);
    let costliest = 0;
    for (const [name, document] of documents) {
      const errors = validate(schema, document, [...specifiedRules, ...queryLimitRules]);
      expect({ name, errors: errors.map((error) => error.message) }).toEqual({ name, errors: [] });
      const cost = operationCost(schema, document, variablesFor(document, QUERY_LIMITS.maxPageSize));
      expect({ name, cost: cost !== null && cost <= QUERY_LIMITS.maxCost }).toEqual({ name, cost: true });
      costliest = Math.max(costliest, cost!);
    }
    // The limit leaves room above the costliest screen, not orders of magnitude.
    expect(costliest).toBeGreaterThan(QUERY_LIMITS.maxCost / 4);
  });

  test('depth: commissions → order → commissions … too deep is QUERY_TOO_DEEP; a normal depth passes', async () => {
    const deep = await t.gql(nested(7), {}, admin);
    expect(errorOf(deep)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_DEEP' });
    expect(deep.data).toBeUndefined();
    const fine = await t.gql(nested(2), {}, admin);
    expect(fine.errors).toBeUndefined();
  });

  test('aliases: 5,000 aliases of one field are refused; a few pass', async () => {
    const many = `{ ${Array.from({ length: 5000 }, (_, i) => `a${i}: me { kind }`).join(' ')} }`;
    const refused = await t.gql(many, {}, admin);
    // 5,000 aliases are also more tokens than allowed: either limit refuses, before anything runs.
    expect(['QUERY_TOO_MANY_ALIASES', 'QUERY_TOO_LARGE']).toContain(errorOf(refused).reason);
    const over = `{ ${Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, i) => `a${i}: me { kind }`).join(' ')} }`;
    expect(errorOf(await t.gql(over, {}, admin))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_MANY_ALIASES',
    });
    const few = await t.gql('{ a: me { kind } b: me { kind } }', {}, admin);
    expect(few.data).toEqual({ a: { kind: 'ADMIN' }, b: { kind: 'ADMIN' } });
  });

  test('cost: page sizes count whether written or passed as variables; a normal page passes', async () => {
    const fields = 'id code name email status createdAt customFields programs { id name currency }';
    const pages = (size: string) =>
      `${size === '$n' ? 'query($n: Int!)' : 'query'} { ${Array.from({ length: 20 }, (_, i) => `p${i}: partners(first: ${size}) { nodes { ${fields} } }`).join(' ')} }`;
    for (const [query, n] of [
      [pages('$n'), 200],
      [pages('200'), 1],
    ] as const) {
      const refused = await t.gql(query, { n }, admin);
      expect(errorOf(refused)).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' });
      expect(refused.data).toBeUndefined();
    }
    // A page's default size counts too (`ledgerReport(first: 50)` by default).
    expect(operationCost(schema, parse('{ partners { nodes { id } } }'), {})).toBeGreaterThan(
      operationCost(schema, parse('{ partners(first: 1) { nodes { id } } }'), {})!,
    );
    // Remembered per document, but never across page sizes, flags or variables that do not fit.
    const document = parse(pages('$n'));
    const large = operationCost(schema, document, { n: 200 })!;
    expect(operationCost(schema, document, { n: 2 })!).toBeLessThan(large);
    expect(operationCost(schema, document, { n: 200 })).toBe(large);
    expect(operationCost(schema, document, { n: 'many' })).toBeNull();
    const flagged = parse('query($f: Boolean!) { partners(first: 200) @include(if: $f) { nodes { id } } }');
    expect(operationCost(schema, flagged, { f: false })!).toBeLessThan(
      operationCost(schema, flagged, { f: true })!,
    );
    const few = await t.gql(pages('$n'), { n: 5 }, admin);
    expect(few.errors).toBeUndefined();
    const normal = await t.gql(`{ partners(first: 200) { totalCount nodes { ${fields} } } }`, {}, admin);
    expect(normal.errors).toBeUndefined();
  });

  test('directives and tokens have limits too', async () => {
    const directives = `{ me { ${Array.from({ length: QUERY_LIMITS.maxDirectives + 1 }, () => 'kind @include(if: true)').join(' ')} } }`;
    expect(errorOf(await t.gql(directives, {}, admin)).reason).toBe('QUERY_TOO_MANY_DIRECTIVES');
    const tokens = `{ me { kind } } ${Array.from({ length: 1200 }, (_, i) => `fragment f${i} on Viewer { kind }`).join(' ')}`;
    expect(errorOf(await t.gql(tokens, {}, admin))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'QUERY_TOO_LARGE',
    });
  });

  test('list size: first above 200 (or below 1) is PAGE_SIZE_INVALID; 200 passes', async () => {
    for (const first of [201, 10_000, 0]) {
      const result = await t.gql(
        'query($n: Int!) { partners(first: $n) { totalCount } }',
        { n: first },
        admin,
      );
      expect(errorOf(result)).toEqual({
        code: 'BAD_USER_INPUT',
        reason: 'PAGE_SIZE_INVALID',
        field: 'first',
      });
    }
    const ok = await t.gql('{ partners(first: 200) { totalCount } }', {}, admin);
    expect(ok.errors).toBeUndefined();
  });
});

describe('introspection and field suggestions', () => {
  test('in production, anonymous callers may not introspect and get no suggestions; signed-in callers may', async () => {
    const production = await createTestApp({ NODE_ENV: 'production' });
    try {
      const anonymous = await production.gql(getIntrospectionQuery());
      expect(errorOf(anonymous)).toMatchObject({ code: 'FORBIDDEN', reason: 'INTROSPECTION_DISABLED' });
      expect(anonymous.data ?? null).toBeNull();
      const typeQuery = await production.gql('{ __type(name: "Partner") { name } }');
      expect(errorOf(typeQuery).reason).toBe('INTROSPECTION_DISABLED');
      const typo = await production.gql('{ partnr { id } }');
      expect(errorOf(typo).reason).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(typo.errors![0]!.message).not.toMatch(/Did you mean/);
      const signedIn = await signedInAdmin(production);
      const allowed = await production.gql('{ __schema { queryType { name } } }', {}, signedIn);
      expect(allowed.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
      expect((await production.gql('{ partnr { id } }', {}, signedIn)).errors![0]!.message).toMatch(
        /Did you mean/,
      );
    } finally {
      await production.close();
    }
  });

  test('outside production anonymous introspection works (local tools)', async () => {
    const result = await t.gql('{ __schema { queryType { name } } }');
    expect(result.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('the operation to run', () => {
  test('a document without the operation asked for is OPERATION_NAME_UNKNOWN (400), never a 500', async () => {
    const send = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'POST',
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload,
      });
    for (const payload of [
      { query: 'query A { me { kind } }', operationName: 'B' },
      { query: 'query A { me { kind } } query B { me { kind } }' },
    ]) {
      const response = await send(payload);
      expect([response.statusCode, response.json().errors[0].extensions]).toEqual([
        400,
        { code: 'BAD_USER_INPUT', reason: 'OPERATION_NAME_UNKNOWN' },
      ]);
    }
    const named = await send({ query: 'query A { me { kind } } query B { __typename }', operationName: 'B' });
    expect([named.statusCode, named.json()]).toEqual([200, { data: { __typename: 'Query' } }]);
  });
});

describe('time budget', () => {
  test('a query past its budget stops resolving and answers one OPERATION_TIMEOUT', async () => {
    const slowSchema = buildSchema('type Item { a: String b: String } type Query { items: [Item!]! }');
    let clock = 0;
    const server = new ApolloServer<{ actor: { kind: 'anonymous' } }>({
      schema: slowSchema,
      formatError: createFormatError({ log: { error() {}, warn() {} } }),
      plugins: [operationGuardPlugin({ production: false, timeBudgetMs: 100, now: () => (clock += 30) })],
      rootValue: { items: Array.from({ length: 50 }, () => ({ a: 'x', b: 'y' })) },
    });
    await server.start();
    try {
      const response = await server.executeOperation(
        { query: '{ items { a b } }' },
        { contextValue: { actor: { kind: 'anonymous' } } },
      );
      const body = response.body.kind === 'single' ? response.body.singleResult : null;
      const reasons = body?.errors?.map((error) => error.extensions?.reason);
      expect(reasons).toEqual(['OPERATION_TIMEOUT']);

      clock = 0;
      const fast = new ApolloServer<{ actor: { kind: 'anonymous' } }>({
        schema: slowSchema,
        plugins: [
          operationGuardPlugin({ production: false, timeBudgetMs: 1_000_000, now: () => (clock += 1) }),
        ],
        rootValue: { items: [{ a: 'x', b: 'y' }] },
      });
      await fast.start();
      const ok = await fast.executeOperation(
        { query: '{ items { a b } }' },
        { contextValue: { actor: { kind: 'anonymous' } } },
      );
      expect(ok.body.kind === 'single' ? ok.body.singleResult : null).toMatchObject({
        data: { items: [{ a: 'x', b: 'y' }] },
      });
      await fast.stop();
    } finally {
      await server.stop();
    }
  });
});

describe('rate limits', () => {
  test('per IP for anonymous callers, per person, per API key (its own limit); Retry-After on refusal', async () => {
    const limited = await createTestApp({
      GRAPHQL_RATE_LIMIT_ANONYMOUS: '3',
      GRAPHQL_RATE_LIMIT_SESSION: '40',
      GRAPHQL_RATE_LIMIT_API_KEY: '4',
    });
    try {
      const call = (ip: string, headers: Record<string, string> = {}) =>
        limited.app.inject({
          method: 'POST',
          url: '/graphql',
          remoteAddress: ip,
          headers: { 'content-type': 'application/json', ...headers },
          payload: { query: '{ me { kind } }' },
        });
      const statuses = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await call('192.0.2.10')).statusCode);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await call('192.0.2.10');
      expect(refused.json().errors[0].extensions).toMatchObject({
        code: 'TOO_MANY_REQUESTS',
        reason: 'RATE_LIMITED',
      });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
      expect((await call('192.0.2.11')).statusCode).toBe(200); // another IP has its own count

      const person = await signedInAdmin(limited); // its sign-in was an anonymous call of another IP
      const key = await limited.gql(
        'mutation { createApiKey(input: { name: "limited", scopes: ["*:read"], rateLimitPerMinute: 2 }) { secret } }',
        {},
        person,
      );
      expect(key.errors).toBeUndefined();
      const bearer = { authorization: `Bearer ${key.data!.createApiKey.secret}` };
      const keyStatuses = [];
      for (let i = 0; i < 3; i += 1) keyStatuses.push((await call('192.0.2.10', bearer)).statusCode);
      expect(keyStatuses).toEqual([200, 200, 429]); // its own limit (2), whatever the IP's count
      const sessionHeaders = { cookie: person.cookie!, 'x-partnerkit-app': 'admin' };
      expect((await call('192.0.2.10', sessionHeaders)).statusCode).toBe(200);
    } finally {
      await limited.close();
    }
  });

  test('counts in Redis when REDIS_URL is set: two instances share the count', async () => {
    const env = { REDIS_URL: 'redis://127.0.0.1:6379', GRAPHQL_RATE_LIMIT_ANONYMOUS: '3' };
    const [one, two] = [await createTestApp(env), await createTestApp(env)];
    try {
      const ip = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
      const call = (app: TestApp) =>
        app.app.inject({
          method: 'POST',
          url: '/graphql',
          remoteAddress: ip,
          headers: { 'content-type': 'application/json' },
          payload: { query: '{ me { kind } }' },
        });
      const statuses = [
        (await call(one)).statusCode,
        (await call(two)).statusCode,
        (await call(one)).statusCode,
        (await call(two)).statusCode,
      ];
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await one.close();
      await two.close();
    }
  });
});

describe('a partner cannot go around the limits', () => {
  test('the issue’s 5,000 aliases of myBalances are refused before anything runs', async () => {
    const partner = await createPartner(t, admin, { password: 'partner-pass-1' });
    const signIn = await t.gql(
      'mutation($l: String!, $p: String!) { signInPartner(login: $l, password: $p) { kind } }',
      { l: partner.code, p: 'partner-pass-1' },
      { app: 'portal' },
    );
    const cookie = String(signIn.headers['set-cookie']).split(';')[0]!;
    const query = `{ ${Array.from({ length: 5000 }, (_, i) => `b${i}: myBalances { total { amountMinor } }`).join(' ')} }`;
    const result = await t.gql(query, {}, { cookie, app: 'portal' });
    expect(result.errors?.length).toBe(1);
    expect(result.errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors![0]).not.toBeInstanceOf(GraphQLError);
  });
});

describe('subscriptions (graphql-ws) meet the same limits', () => {
  test('too deep, too many aliases: refused with the same codes; over the rate limit: RATE_LIMITED', async () => {
    const ws = await createTestApp({ GRAPHQL_RATE_LIMIT_API_KEY: '1000' });
    try {
      const owner = await signedInAdmin(ws);
      const key = await ws.gql(
        'mutation { createApiKey(input: { name: "ws", scopes: ["*:read"], rateLimitPerMinute: 3 }) { secret } }',
        {},
        owner,
      );
      await ws.app.listen({ host: '127.0.0.1', port: 0 });
      const address = ws.app.server.address();
      const client = createClient({
        url: `ws://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: `Bearer ${key.data!.createApiKey.secret}` },
        retryAttempts: 0,
      });
      const partner = await createPartner(ws, owner);
      /** The errors of a refused subscription, or 'accepted' once an event arrives (published until it does). */
      const outcome = (query: string) =>
        new Promise<unknown>((resolve) => {
          const finish = (value: unknown) => {
            clearInterval(poll);
            stop();
            resolve(value);
          };
          const stop = client.subscribe(
            { query },
            { next: () => finish('accepted'), error: finish, complete: () => finish('completed') },
          );
          const poll = setInterval(() => ws.events.publish('PARTNER_UPDATED', { partnerId: partner.id }), 50);
        });
      const reasons = (errors: unknown) =>
        Array.isArray(errors)
          ? errors.map((e: { extensions?: { reason?: string } }) => e.extensions?.reason)
          : errors;
      try {
        let deep = 'id';
        for (let level = 0; level < 10; level += 1) deep = `parent { ${deep} }`;
        expect(reasons(await outcome(`subscription { partnerUpdated { ${deep} } }`))).toEqual([
          'QUERY_TOO_DEEP',
        ]);
        const aliases = Array.from({ length: 25 }, (_, i) => `a${i}: id`).join(' ');
        expect(reasons(await outcome(`subscription { partnerUpdated { ${aliases} } }`))).toEqual([
          'QUERY_TOO_MANY_ALIASES',
        ]);
        // An operation that the document does not hold is refused with its code (it counts as one).
        expect(
          reasons(
            await outcome(
              'subscription A { partnerUpdated { id } } subscription B { partnerUpdated { id } }',
            ),
          ),
        ).toEqual(['OPERATION_NAME_UNKNOWN']);
        // Refused documents count nothing; the key's own limit is 3 operations per minute.
        for (let i = 0; i < 2; i += 1) {
          expect(await outcome('subscription { partnerUpdated { id } }')).toBe('accepted');
        }
        expect(reasons(await outcome('subscription { partnerUpdated { id } }'))).toEqual(['RATE_LIMITED']);
      } finally {
        await client.dispose();
      }
    } finally {
      await ws.close();
    }
  });
});

import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { isValidText } from '../common/text.js';
import {
  astFromValue,
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  print,
} from 'graphql';

/** Who sends an operation. */
export type CallerKind = 'admin' | 'partner' | 'apiKey' | 'anonymous';

export interface FuzzRequest {
  kind: 'graphql' | 'http';
  /** What it exercises (root field or route), for the report. */
  target: string;
  caller: CallerKind;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS';
  url: string;
  headers: Record<string, string>;
  payload?: string;
}

// --- Strings -----------------------------------------------------------------------------------------------

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));

const TRICKY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\ud800',
  'x\udc00y',
  '\udbff\udfff',
  '🙂',
  '\u202e',
  "'; drop table partners; --",
  '" or 1=1 --',
  '%00',
  '%ff',
  '../../etc/passwd',
  'null',
  'undefined',
  '{}',
  '[]',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  'https://evil.example/',
  'https://example.com/landing?a=1#x',
  '00000000-0000-4000-8000-000000000000',
  'NaN',
  '-1',
  '1e308',
  '99999999999999999999999999',
  '0.000001',
  '2026-02-30',
  '2026-01-01T00:00:00.000Z',
  'alice',
  'ALICE',
  'a@b.cd',
  'USD',
  'JPY',
  'XXX',
];

/** Hostile and plausible strings: NUL, lone surrogates, huge, SQL-ish, ids, codes, URLs. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 3, arbitrary: fc.string({ unit: codeUnit, maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.emailAddress() },
  { weight: 1, arbitrary: fc.stringMatching(/^[a-z][a-z0-9_-]{3,20}$/) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 300_000 }).map((n) => 'x'.repeat(n)) },
  { weight: 1, arbitrary: fc.tuple(fc.string(), codeUnit).map(([text, unit]) => `${text}${unit}${text}`) },
  { weight: 1, arbitrary: fc.webUrl() },
  { weight: 1, arbitrary: fc.date({ noInvalidDate: true }).map((date) => date.toISOString()) },
);

/** Cursors: garbage, base64url of random JSON, and well-formed ones with values of the wrong kind. */
export const cursorString: fc.Arbitrary<string> = fc.oneof(
  hostileString,
  fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value)).toString('base64url')),
  fc
    .array(fc.oneof(fc.string(), fc.integer(), fc.uuid(), fc.date({ noInvalidDate: true })), { maxLength: 4 })
    .map((values) => Buffer.from(JSON.stringify(values)).toString('base64url')),
  fc.base64String({ maxLength: 60 }),
);

/** Any JSON value, of any (wrong) shape. */
const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  hostileString,
  fc.constantFrom(null, true, 0, -1, 2 ** 31, 1.5, Number.MAX_SAFE_INTEGER, [], {}),
);

// --- Values of a GraphQL input type ----------------------------------------------------------------------

function scalarValue(name: string, argName: string): fc.Arbitrary<unknown> {
  switch (name) {
    case 'Int':
      return fc.oneof(
        fc.integer({ min: -5, max: 300 }),
        fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }),
        fc.constantFrom(0, 1, 50, 200, 201, -1),
      );
    case 'Float':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'Boolean':
      return fc.boolean();
    case 'DateTimeISO':
      return fc.oneof(
        fc
          .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
          .map((d) => d.toISOString()),
        hostileString,
      );
    case 'JSONObject':
      return fc.oneof(fc.dictionary(hostileString, anyJson, { maxKeys: 4 }), anyJson);
    default:
      return argName === 'after' || argName === 'before' ? cursorString : hostileString;
  }
}

/** A value of `type` (right shape), with hostile leaves; `depth` bounds input-object recursion. */
export function valueOf(type: GraphQLInputType, argName: string, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return valueOf(type.ofType, argName, depth);
  const nullable = (arbitrary: fc.Arbitrary<unknown>) =>
    fc.oneof({ weight: 8, arbitrary }, { weight: 1, arbitrary: fc.constant(null) });
  if (isListType(type)) {
    return nullable(fc.array(valueOf(type.ofType, argName, depth + 1), { maxLength: depth > 2 ? 1 : 4 }));
  }
  if (isEnumType(type)) {
    return nullable(
      fc.oneof(
        { weight: 9, arbitrary: fc.constantFrom(...type.getValues().map((v) => v.name)) },
        { weight: 1, arbitrary: hostileString },
      ),
    );
  }
  if (isScalarType(type)) return nullable(scalarValue(type.name, argName));
  if (isInputObjectType(type)) {
    if (depth > 4) return fc.constant({});
    const fields = Object.values(type.getFields());
    const record: Record<string, fc.Arbitrary<unknown>> = {};
    for (const field of fields) record[field.name] = valueOf(field.type, field.name, depth + 1);
    const required = fields.filter((field) => isNonNullType(field.type)).map((field) => field.name);
    return nullable(fc.record(record, { requiredKeys: required as never[] }));
  }
  return anyJson;
}

/** A value that may not fit `type` at all (wrong JSON type, missing fields, extra fields). */
function wrongValueOf(type: GraphQLInputType, argName: string): fc.Arbitrary<unknown> {
  const named = getNamedType(type);
  return fc.oneof(
    anyJson,
    fc.constant(undefined),
    isInputObjectType(named)
      ? fc
          .tuple(valueOf(named, argName), fc.dictionary(hostileString, anyJson, { maxKeys: 2 }))
          .map(([value, extra]) => (value && typeof value === 'object' ? { ...extra, ...value } : extra))
      : anyJson,
  );
}

// --- GraphQL operations ----------------------------------------------------------------------------------

/** A selection of a field's type: its scalar leaves without required arguments, or nothing for a leaf. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  if (isLeafType(named)) return '';
  if (!isObjectType(named)) return '{ __typename }';
  const leaves = Object.values(named.getFields())
    .filter((sub) => isLeafType(getNamedType(sub.type)) && sub.args.every((arg) => !isNonNullType(arg.type)))
    .map((sub) => sub.name)
    .slice(0, 12);
  return `{ __typename ${leaves.join(' ')} }`;
}

interface RootField {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

export function rootFields(schema: GraphQLSchema): RootField[] {
  const of = (operation: RootField['operation'], type: GraphQLObjectType | null | undefined) =>
    Object.values(type?.getFields() ?? {}).map((field) => ({ operation, field }));
  return [...of('query', schema.getQueryType()), ...of('mutation', schema.getMutationType())];
}

const callers = fc.constantFrom<CallerKind>('admin', 'admin', 'partner', 'apiKey', 'anonymous');

/** One operation on `root`: arguments of the right shape (mostly) or not, as variables or literals. */
function operationOf({ operation, field }: RootField): fc.Arbitrary<FuzzRequest> {
  const args = field.args as readonly GraphQLArgument[];
  const argValues = fc.tuple(
    ...args.map((arg) =>
      fc.oneof(
        { weight: 6, arbitrary: valueOf(arg.type, arg.name) },
        { weight: 1, arbitrary: wrongValueOf(arg.type, arg.name) },
      ),
    ),
  );
  return fc
    .record({
      values: argValues,
      caller: callers,
      literal: fc.boolean(),
      get: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
    })
    .map(({ values, caller, literal, get }): FuzzRequest => {
      const variables: Record<string, unknown> = {};
      const definitions: string[] = [];
      const passed: string[] = [];
      args.forEach((arg, index) => {
        const value = (values as unknown[])[index];
        if (value === undefined) return;
        const ast = literal ? safeAst(value, arg.type) : null;
        if (ast !== null) {
          passed.push(`${arg.name}: ${ast}`);
        } else {
          definitions.push(`$${arg.name}: ${String(arg.type)}`);
          variables[arg.name] = value;
          passed.push(`${arg.name}: $${arg.name}`);
        }
      });
      const query = `${operation} Fuzz${definitions.length ? `(${definitions.join(', ')})` : ''} { f: ${field.name}${passed.length ? `(${passed.join(', ')})` : ''} ${selectionOf(field)} }`;
      const body = { query, variables, operationName: 'Fuzz' };
      if (get) {
        const params = new URLSearchParams({
          query,
          variables: JSON.stringify(variables),
          operationName: 'Fuzz',
        });
        return {
          kind: 'graphql' as const,
          target: `${operation} ${field.name} (GET)`,
          caller,
          method: 'GET' as const,
          url: `/graphql?${params}`,
          headers: { 'apollo-require-preflight': 'true' },
        };
      }
      return {
        kind: 'graphql' as const,
        target: `${operation} ${field.name}`,
        caller,
        method: 'POST' as const,
        url: '/graphql',
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify(body),
      };
    });
}

function safeAst(value: unknown, type: GraphQLInputType): string | null {
  try {
    const ast = astFromValue(value, type);
    return ast ? print(ast) : null;
  } catch {
    return null;
  }
}

/** Whether an operation takes a password (argon2 makes each one cost ~100 ms: they are drawn less often). */
function takesPassword(field: GraphQLField<unknown, unknown>): boolean {
  return field.args.some((arg) => {
    const named = getNamedType(arg.type);
    return (
      /password/i.test(arg.name) ||
      (isInputObjectType(named) && Object.keys(named.getFields()).some((name) => /password/i.test(name)))
    );
  });
}

/** Operations on every root query and mutation field of the schema, callers drawn at random. */
export function graphQLOperations(schema: GraphQLSchema): fc.Arbitrary<FuzzRequest> {
  return fc.oneof(
    ...rootFields(schema).map((root) => ({
      weight: takesPassword(root.field) ? 1 : 6,
      arbitrary: operationOf(root),
    })),
  );
}

/** Malformed GraphQL requests: bodies of the wrong shape, bad persisted queries, batches. */
export const malformedGraphQL: fc.Arbitrary<FuzzRequest> = fc
  .record({
    body: fc.oneof(
      anyJson,
      fc.record({ query: anyJson, variables: anyJson, operationName: anyJson }, { requiredKeys: [] }),
      fc.record({
        query: fc.constantFrom('{ __typename }', 'query { me { kind } }', 'mutation { signOut }'),
        extensions: fc.record({
          persistedQuery: fc.record(
            { version: anyJson, sha256Hash: fc.oneof(hostileString, fc.stringMatching(/^[0-9a-f]{64}$/)) },
            { requiredKeys: [] },
          ),
        }),
      }),
      fc.array(fc.record({ query: hostileString }), { maxLength: 3 }),
      hostileString.map((query) => ({ query })),
    ),
    caller: callers,
  })
  .map(({ body, caller }) => ({
    kind: 'graphql' as const,
    target: 'malformed POST /graphql',
    caller,
    method: 'POST' as const,
    url: '/graphql',
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(body) ?? 'null',
  }));

// --- HTTP requests ---------------------------------------------------------------------------------------

/** A path segment: percent-encoded hostile text, or raw percent sequences (some invalid). */
const segment = fc.oneof(
  // encodeURIComponent refuses lone surrogates: those become the (invalid) UTF-8 bytes of one.
  hostileString.map((text) =>
    isValidText(text.replaceAll('\u0000', ''))
      ? encodeURIComponent(text)
      : encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '')) + '%ED%A0%80',
  ),
  fc.constantFrom('alice', 'bobby', 'x%00', '%ff%fe', '%ED%A0%80', '%', '%zz', '..', '.', 'a%2Fb'),
  fc.stringMatching(/^[a-z0-9_-]{1,12}$/),
);

const query = fc
  .dictionary(fc.constantFrom('url', 'sub', 'program', 'parent', 'x', 'url[]', '__proto__'), segment, {
    maxKeys: 3,
  })
  .map((entries) => {
    const pairs = Object.entries(entries).map(([key, value]) => `${encodeURIComponent(key)}=${value}`);
    return pairs.length ? `?${pairs.join('&')}` : '';
  });

const contentTypes = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'text/plain',
    'text/plain; charset=latin1',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/xml',
    'application/octet-stream',
    'application/graphql-response+json',
    '',
  ),
  fc.stringMatching(/^[a-z]{1,10}\/[a-z+.-]{1,20}$/),
);

const bodies = fc.oneof(
  anyJson.map((value) => JSON.stringify(value) ?? ''),
  fc.constantFrom(
    '{nope',
    '',
    'null',
    '[]',
    '"x"',
    '{"email":"\\u0000@b.c"}',
    '{"email":"a@b.cd","name":"\\ud800"}',
  ),
  hostileString,
  fc
    .record({ email: anyJson, name: anyJson, visitorId: anyJson, externalId: anyJson }, { requiredKeys: [] })
    .map((v) => JSON.stringify(v)),
);

/** Printable ASCII header values (others cannot be sent over HTTP at all). */
const headerValue = fc.string({
  unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)),
  maxLength: 80,
});

const extraHeaders = fc.record(
  {
    accept: fc.constantFrom(
      '*/*',
      'text/html',
      'application/json',
      'application/graphql-response+json',
      'image/png',
    ),
    origin: fc.oneof(
      fc.constantFrom('https://example.com', 'https://evil.example', 'null', 'not a url'),
      headerValue,
    ),
    cookie: fc.oneof(
      fc.constantFrom('pk_vid=0123456789abcdef0123456789abcdef', 'pk_admin_session=forged'),
      headerValue,
    ),
    authorization: fc.oneof(fc.constantFrom('Bearer pk_live_forged', 'Bearer ', 'Basic eDp5'), headerValue),
    'x-partnerkit-app': fc.oneof(fc.constantFrom('admin', 'portal', 'partner'), headerValue),
    'if-none-match': headerValue,
    'stripe-signature': headerValue,
    referer: headerValue,
    'user-agent': headerValue,
  },
  { requiredKeys: [] },
);

/** A Stripe delivery: random events, some of them correctly signed with `secret`. */
function stripeDelivery(secret: string): fc.Arbitrary<{ payload: string; signature: string }> {
  return fc
    .record({
      event: fc.record(
        {
          id: hostileString,
          type: fc.oneof(
            fc.constantFrom(
              'checkout.session.completed',
              'invoice.paid',
              'charge.refunded',
              'refund.created',
              'customer.created',
            ),
            hostileString,
          ),
          created: fc.oneof(fc.integer(), anyJson),
          data: fc.oneof(
            fc.record({ object: fc.oneof(fc.dictionary(hostileString, anyJson, { maxKeys: 6 }), anyJson) }),
            anyJson,
          ),
          object: fc.constant('event'),
        },
        { requiredKeys: [] },
      ),
      signed: fc.boolean(),
      raw: fc.oneof({ weight: 4, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: hostileString }),
    })
    .map(({ event, signed, raw }) => {
      const payload = raw ?? JSON.stringify(event);
      const timestamp = Math.floor(Date.now() / 1000);
      const v1 = createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex');
      return {
        payload,
        signature: signed ? `t=${timestamp},v1=${v1}` : `t=${timestamp},v1=${'0'.repeat(64)}`,
      };
    });
}

/** Requests to every public HTTP route (and some that do not exist), with random methods and headers. */
export function httpRequests(stripeSecret: string): fc.Arbitrary<FuzzRequest> {
  const request = (
    target: string,
    arbitrary: fc.Arbitrary<
      Pick<FuzzRequest, 'method' | 'url'> & { payload?: string; headers?: Record<string, string> }
    >,
  ) =>
    fc
      .record({ request: arbitrary, headers: extraHeaders, caller: callers })
      .map(({ request, headers, caller }) => ({
        kind: 'http' as const,
        target,
        caller,
        method: request.method,
        url: request.url,
        headers: { ...headers, ...request.headers },
        ...(request.payload !== undefined ? { payload: request.payload } : {}),
      }));
  const methods = fc.constantFrom<FuzzRequest['method']>(
    'GET',
    'GET',
    'GET',
    'POST',
    'PUT',
    'DELETE',
    'PATCH',
    'HEAD',
    'OPTIONS',
  );
  return fc.oneof(
    request(
      '/r/:code',
      fc.record({ method: methods, url: fc.tuple(segment, query).map(([code, q]) => `/r/${code}${q}`) }),
    ),
    request(
      '/r/:code/:slug',
      fc.record({
        method: methods,
        url: fc.tuple(segment, segment, query).map(([c, s, q]) => `/r/${c}/${s}${q}`),
      }),
    ),
    request(
      '/t/lead',
      fc.record({
        method: fc.constantFrom<FuzzRequest['method']>('POST', 'POST', 'POST', 'GET', 'OPTIONS'),
        url: fc.constant('/t/lead'),
        payload: bodies,
        headers: contentTypes.map((type) =>
          type ? { 'content-type': type } : ({} as Record<string, string>),
        ),
      }),
    ),
    request('/snippet.js', fc.record({ method: methods, url: query.map((q) => `/snippet.js${q}`) })),
    request(
      '/webhooks/stripe',
      fc.tuple(stripeDelivery(stripeSecret), contentTypes).map(([delivery, type]) => ({
        method: 'POST' as const,
        url: '/webhooks/stripe',
        payload: delivery.payload,
        headers: { 'stripe-signature': delivery.signature, ...(type ? { 'content-type': type } : {}) },
      })),
    ),
    request(
      '/embed/signup.js',
      fc.record({ method: methods, url: query.map((q) => `/embed/signup.js${q}`) }),
    ),
    request('/healthz /readyz', fc.record({ method: methods, url: fc.constantFrom('/healthz', '/readyz') })),
    request(
      'static SPA paths',
      fc.record({
        method: methods,
        url: fc
          .tuple(
            fc.constantFrom('/admin/', '/portal/', '/', '/admin/assets/', '/portal/signup/'),
            segment,
            query,
          )
          .map(([prefix, rest, q]) => `${prefix}${rest}${q}`),
      }),
    ),
    request(
      '/graphql (HTTP level)',
      fc.record({
        method: methods,
        url: query.map((q) => `/graphql${q}`),
        payload: bodies,
        headers: contentTypes.map((type) =>
          type ? { 'content-type': type } : ({} as Record<string, string>),
        ),
      }),
    ),
    request(
      'unknown paths',
      fc.record({
        method: methods,
        url: fc.tuple(segment, segment, query).map(([a, b, q]) => `/${a}/${b}${q}`),
      }),
    ),
  );
}

import { randomUUID } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  subscribe,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ormConfig } from '../composition/orm-config.js';
import { createScratchDatabase, type ScratchDatabase } from '../database/scratch-database.js';
import { AppError } from '../errors/app-error.js';
import { AdminRole } from '../kernel/admin-user.entity.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { RECORD_ORDER, childOrder, salesSetup, type SalePartner } from '../test-support/sales.js';
import {
  type Caller,
  cookieFrom,
  createPartner,
  createTestApp,
  signedInAdmin,
  unique,
  type TestApp,
} from '../test-support/test-app.js';
import {
  ACCESS_MATRIX,
  Access,
  type Grant,
  PENDING_APPLICANT_MUTATIONS,
  roleSatisfies,
  scopesGrant,
  scopesOf,
} from './access-matrix.js';
import { API_KEY_SCOPES, type Actor, type AdminRoleName } from './actor.js';

/**
 * The access matrix, checked against the schema and then against the running API: every root field is
 * called by every kind of caller with generated arguments, and the answer (refused or not) must be what
 * `ACCESS_MATRIX` says. The expectations come from the matrix itself (no second copy of the rules here).
 * On a database of its own: the calls really write (settings, templates, payouts).
 */

/** Fields with a rule of their own that no query reaches (only a mutation's answer). */
const ONLY_IN_MUTATION_ANSWERS = new Set(['PayoutSkippedPartner.partner']);

const REFUSALS = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'SCOPE_MISSING',
  'ROLE_FORBIDDEN',
  'PARTNER_PENDING',
]);

type Identity =
  | { kind: 'anonymous' }
  | { kind: 'partner'; who: 'A' | 'B' | 'pending' }
  | { kind: 'admin'; role: AdminRoleName }
  | { kind: 'apiKey'; scope: string };

interface Caller_ {
  name: string;
  identity: Identity;
  caller: Caller;
  /** The session token or API key, to resolve the actor for in-process subscriptions. */
  credentials: { sessionToken?: string; bearer?: string };
}

/** What the matrix says about `identity` calling `field` (a root field). */
function allowed(field: string, rule: readonly Grant[], identity: Identity): boolean {
  const mutation = field.startsWith('Mutation.');
  const name = field.slice(field.indexOf('.') + 1);
  if (identity.kind === 'partner' && identity.who === 'pending' && mutation) {
    return (
      PENDING_APPLICANT_MUTATIONS.has(name) && (rule.includes(Access.Public) || rule.includes(Access.Partner))
    );
  }
  if (rule.includes(Access.Public)) return true;
  switch (identity.kind) {
    case 'anonymous':
      return false;
    case 'partner':
      return rule.includes(Access.Partner);
    case 'admin':
      return roleSatisfies(identity.role, rule);
    case 'apiKey':
      return scopesOf(rule).some((scope) => scopesGrant([identity.scope], scope));
  }
}

// --- The schema's own rules (type-graphql metadata) -------------------------------------------------------

interface FieldMetadata {
  target: object;
  methodName: string;
  schemaName: string;
}
interface Metadata {
  queries: FieldMetadata[];
  mutations: FieldMetadata[];
  subscriptions: FieldMetadata[];
  fieldResolvers: Array<FieldMetadata & { getObjectType?: () => object }>;
  objectTypes: Array<{ target: object; name: string; fields?: Array<{ name: string; schemaName: string }> }>;
  authorizedFields: Array<{ target: object; fieldName: string }>;
}

/** Every field the auth checker guards (`@Authorized()`), as `Type.field`. */
function guardedFields(): Set<string> {
  const m = getMetadataStorage() as unknown as Metadata;
  const guarded = (target: object, name: string) =>
    m.authorizedFields.some((a) => a.target === target && a.fieldName === name);
  const typeName = (target: object | undefined) => m.objectTypes.find((o) => o.target === target)?.name;
  const out = new Set<string>();
  for (const [root, handlers] of [
    ['Query', m.queries],
    ['Mutation', m.mutations],
    ['Subscription', m.subscriptions],
  ] as const) {
    for (const h of handlers) if (guarded(h.target, h.methodName)) out.add(`${root}.${h.schemaName}`);
  }
  for (const f of m.fieldResolvers) {
    if (guarded(f.target, f.methodName)) out.add(`${typeName(f.getObjectType?.())}.${f.schemaName}`);
  }
  for (const o of m.objectTypes) {
    for (const f of o.fields ?? []) if (guarded(o.target, f.name)) out.add(`${o.name}.${f.schemaName}`);
  }
  return out;
}

function rootFields(schema: GraphQLSchema): Array<{ key: string; field: GraphQLField<unknown, unknown> }> {
  return [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
    type
      ? Object.values(type.getFields()).map((field) => ({ key: `${type.name}.${field.name}`, field }))
      : [],
  );
}

// --- Generated operations ---------------------------------------------------------------------------------

interface Ids {
  /** The partner whose data is asked for (partner A's); none: optional partner arguments are left out. */
  partnerId?: string;
}

function valueFor(type: GraphQLInputType, name: string, ids: Ids): unknown {
  if (isNonNullType(type)) return valueFor(type.ofType, name, ids);
  if (isListType(type)) return [valueFor(type.ofType, name, ids)];
  if (isInputObjectType(type)) {
    const value: Record<string, unknown> = {};
    for (const field of Object.values(type.getFields())) {
      if (isNonNullType(field.type) && field.defaultValue === undefined) {
        value[field.name] = valueFor(field.type, field.name, ids);
      }
    }
    return value;
  }
  if (isEnumType(type)) return type.getValues()[0]!.name;
  switch (type.name) {
    case 'ID':
      return /partner/i.test(name) && ids.partnerId ? ids.partnerId : randomUUID();
    case 'Int':
    case 'Float':
      return 1;
    case 'Boolean':
      return false;
    case 'DateTimeISO':
      return new Date(Date.now() + 86_400_000).toISOString();
    case 'JSONObject':
      return {};
    default:
      return /email/i.test(name) ? `m${unique()}@example.test` : `m${unique()}`;
  }
}

/** Leaf fields (and one level of objects) without required arguments, skipping fields with rules of their own. */
function selectionOf(type: GraphQLOutputType, depth = 0): string {
  const named = getNamedType(type);
  if (!isObjectType(named)) return isScalarType(named) || isEnumType(named) ? '' : '{ __typename }';
  const parts = ['__typename'];
  for (const field of Object.values(named.getFields())) {
    if (field.args.some((arg) => isNonNullType(arg.type))) continue;
    if (ACCESS_MATRIX[`${named.name}.${field.name}`]) continue;
    const inner = getNamedType(field.type);
    if (isScalarType(inner) || isEnumType(inner)) parts.push(field.name);
    else if (depth < 1 && isObjectType(inner))
      parts.push(`${field.name} ${selectionOf(field.type, depth + 1)}`);
  }
  return `{ ${parts.join(' ')} }`;
}

function operationFor(
  root: string,
  field: GraphQLField<unknown, unknown>,
  ids: Ids,
  selection = selectionOf(field.type),
) {
  const args = field.args.filter(
    (arg: GraphQLArgument) => isNonNullType(arg.type) || (ids.partnerId && /partnerId/.test(arg.name)),
  );
  const variables: Record<string, unknown> = {};
  const declared = args.map((arg, i) => {
    variables[`a${i}`] = valueFor(arg.type, arg.name, ids);
    return `$a${i}: ${String(arg.type)}`;
  });
  const passed = args.map((arg, i) => `${arg.name}: $a${i}`);
  const keyword = root === 'Query' ? 'query' : root === 'Mutation' ? 'mutation' : 'subscription';
  const query = `${keyword}${declared.length ? `(${declared.join(', ')})` : ''} { ${field.name}${
    passed.length ? `(${passed.join(', ')})` : ''
  } ${selection} }`;
  return { query, variables };
}

// --- The callers --------------------------------------------------------------------------------------------

let scratch: ScratchDatabase;
let t: TestApp;
let callers: Caller_[];
let partnerA: SalePartner;
const auth = new AuthService({ idleMs: 3_600_000, absoluteMs: 86_400_000 });

const tokenOf = (caller: Caller) => caller.cookie?.split('=')[1];

async function signInPartner(login: string, password: string): Promise<Caller> {
  const result = await t.gql(
    'mutation($l: String!, $p: String!) { signInPartner(login: $l, password: $p) { kind } }',
    { l: login, p: password },
    { app: 'portal' },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return { cookie: cookieFrom(result.headers), app: 'portal' };
}

beforeAll(async () => {
  const server = new URL(inject('databaseUrl'));
  server.pathname = '/postgres';
  scratch = await createScratchDatabase(server.toString(), 'partnerkit_matrix');
  const migrate = await MikroORM.init(ormConfig(scratch.url));
  await migrate.getMigrator().up();
  await migrate.close(true);
  t = await createTestApp(
    {
      SIGNUP_RATE_LIMIT: '1000000',
      CODE_CHECK_RATE_LIMIT: '1000000',
      PASSWORD_RESET_RATE_LIMIT: '1000000',
      SIGN_IN_MAX_DELAY_SECONDS: '0',
    },
    { databaseUrl: scratch.url },
  );
  const owner = await signedInAdmin(t, AdminRole.OWNER);
  const manager = await signedInAdmin(t, AdminRole.MANAGER);
  const viewer = await signedInAdmin(t, AdminRole.VIEWER);
  // Partner A has sales (commissions, ledger entries); B and the applicant have their own accounts.
  const sales = await salesSetup(t, owner);
  partnerA = sales.child;
  const order = await t.gql(
    RECORD_ORDER,
    { i: childOrder(sales, { customer: { externalId: `cust-${unique()}`, email: 'c@example.test' } }) },
    owner,
  );
  if (order.errors) throw new Error(JSON.stringify(order.errors));
  // A payout batch with a payment to partner A (what the batch's guarded fields are reached through).
  const adjusted = await t.gql(
    'mutation($i: AddAdjustmentInput!) { addAdjustment(input: $i) { id } }',
    { i: { partnerId: partnerA.id, amountMinor: '1000', currency: 'USD', reason: 'Matrix' } },
    owner,
  );
  if (adjusted.errors) throw new Error(JSON.stringify(adjusted.errors));
  const paid = await t.gql(
    'mutation($i: RecordPartnerPaymentInput!) { recordPartnerPayment(input: $i) { id } }',
    {
      i: {
        idempotencyKey: `matrix-${unique()}`,
        partnerId: partnerA.id,
        amountMinor: '500',
        currency: 'USD',
        method: 'CHECK',
      },
    },
    owner,
  );
  if (paid.errors) throw new Error(JSON.stringify(paid.errors));
  const b = await createPartner(t, owner, { programIds: [sales.programId], password: 'partner-pass-2' });
  for (const [query, variables] of [
    [
      'mutation($c: String!, $p: ID!) { createCoupon(code: $c, partnerId: $p) { code } }',
      { c: `MATRIX${unique()}`.toUpperCase(), p: partnerA.id },
    ],
    [
      'mutation($i: CreateTrackingLinkInput!) { createTrackingLink(input: $i) { id } }',
      {
        i: {
          name: 'Matrix',
          slug: `matrix-${unique()}`,
          destinationUrl: 'https://shop.example.test/',
          programIds: [sales.programId],
        },
      },
    ],
  ] as const) {
    const made = await t.gql(query, variables, owner);
    if (made.errors) throw new Error(JSON.stringify(made.errors));
  }
  const pending = await createPartner(t, owner, {
    programIds: [sales.programId],
    status: 'PENDING',
    password: 'partner-pass-3',
  });
  const people: Caller_[] = [
    { name: 'anonymous', identity: { kind: 'anonymous' }, caller: {}, credentials: {} },
    ...(
      [
        ['partner A', 'A', await signInPartner(partnerA.code, 'partner-pass-1')],
        ['partner B', 'B', await signInPartner(b.code, 'partner-pass-2')],
        ['pending applicant', 'pending', await signInPartner(pending.code, 'partner-pass-3')],
      ] as const
    ).map(([name, who, caller]) => ({
      name,
      identity: { kind: 'partner' as const, who },
      caller,
      credentials: { sessionToken: tokenOf(caller) },
    })),
    ...(
      [
        ['OWNER', owner],
        ['MANAGER', manager],
        ['VIEWER', viewer],
      ] as const
    ).map(([role, caller]) => ({
      name: `admin ${role}`,
      identity: { kind: 'admin' as const, role },
      caller,
      credentials: { sessionToken: tokenOf(caller) },
    })),
  ];
  const keys: Caller_[] = [];
  for (const scope of API_KEY_SCOPES) {
    const key = await t.gql(
      'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { secret } }',
      { i: { name: `key ${scope}`, scopes: [scope] } },
      owner,
    );
    if (key.errors) throw new Error(JSON.stringify(key.errors));
    const secret: string = key.data!.createApiKey.secret;
    keys.push({
      name: `API key ${scope}`,
      identity: { kind: 'apiKey', scope },
      caller: { bearer: secret },
      credentials: { bearer: secret },
    });
  }
  callers = [...people, ...keys];
}, 120_000);

afterAll(async () => {
  await t?.close();
  await scratch?.drop();
});

describe('the access matrix', () => {
  test('classifies every root field and every field with a rule of its own, and nothing else', () => {
    const schema = t.app.graphqlSchema;
    const guarded = guardedFields();
    const roots = rootFields(schema).map((r) => r.key);
    const inSchema = (key: string) => {
      const [type, field] = key.split('.') as [string, string];
      const named = schema.getType(type);
      return isObjectType(named) && field in named.getFields();
    };
    const expected = new Set([...roots, ...[...guarded].filter(inSchema)]);
    const unclassified = [...expected].filter((key) => !ACCESS_MATRIX[key]).sort();
    const stale = Object.keys(ACCESS_MATRIX)
      .filter((key) => !expected.has(key))
      .sort();
    expect({ unclassified, stale }).toEqual({ unclassified: [], stale: [] });
    // A rule other than PUBLIC is only checked on a field marked `@Authorized()`.
    const unguarded = Object.entries(ACCESS_MATRIX)
      .filter(([key, rule]) => !rule.includes(Access.Public) && !guarded.has(key))
      .map(([key]) => key);
    expect(unguarded).toEqual([]);
  });

  test('every subscription admits exactly the classified callers', async () => {
    const schema = t.app.graphqlSchema;
    const wrong: string[] = [];
    for (const { key, field } of rootFields(schema).filter((r) => r.key.startsWith('Subscription.'))) {
      const rule = ACCESS_MATRIX[key]!;
      for (const { name, identity, credentials } of callers) {
        const em = t.orm.em.fork();
        const actor: Actor =
          identity.kind === 'anonymous' ? { kind: 'anonymous' } : await auth.resolveActor(em, credentials);
        const own = identity.kind === 'partner' && identity.who === 'A';
        const { query, variables } = operationFor(
          'Subscription',
          field,
          own || identity.kind !== 'partner' ? { partnerId: partnerA.id } : {},
        );
        const result = await subscribe({
          schema,
          document: parse(query),
          variableValues: variables,
          contextValue: { em, actor },
        });
        let refused: string | null = null;
        if (Symbol.asyncIterator in result) await result.return?.();
        else {
          const original = result.errors?.[0]?.originalError;
          refused = original instanceof AppError ? original.code : String(result.errors?.[0]?.message);
        }
        const expected = allowed(key, rule, identity);
        if (expected !== (refused === null) || (refused !== null && !REFUSALS.has(refused))) {
          wrong.push(
            `${key} as ${name}: expected ${expected ? 'allowed' : 'refused'}, got ${refused ?? 'allowed'}`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  test('every query and mutation answers every caller as classified', async () => {
    const schema = t.app.graphqlSchema;
    const wrong: string[] = [];
    const inconclusive: string[] = [];
    const leaks: string[] = [];
    const fields = rootFields(schema)
      .filter(({ key }) => !key.startsWith('Subscription.'))
      // Signing out ends the caller's session: last.
      .sort((a, b) => Number(a.key === 'Mutation.signOut') - Number(b.key === 'Mutation.signOut'));
    const leakMarks = [partnerA.id, partnerA.code, partnerA.email];
    let checked = 0;
    for (const { key, field } of fields) {
      const rule = ACCESS_MATRIX[key]!;
      const root = key.slice(0, key.indexOf('.'));
      for (const { name, identity, caller } of callers) {
        // Public fields skip the checker: anonymous (and the applicant, for mutations) show it.
        const public_ = rule.includes(Access.Public);
        if (
          public_ &&
          !(identity.kind === 'anonymous' || (identity.kind === 'partner' && identity.who === 'pending'))
        ) {
          continue;
        }
        const { query, variables } = operationFor(root, field, { partnerId: partnerA.id });
        const result = await t.gql(query, variables, caller);
        const errors = result.errors ?? [];
        const refusal = errors.find(
          (e) =>
            REFUSALS.has(e.extensions?.reason ?? '') && ((e as { path?: unknown[] }).path?.length ?? 1) === 1,
        );
        const operationError = errors.find((e) => !(e as { path?: unknown[] }).path && !refusal);
        if (operationError) {
          inconclusive.push(
            `${key} as ${name}: ${operationError.extensions?.reason} ${operationError.message}`,
          );
          continue;
        }
        const expected = allowed(key, rule, identity);
        const notA = identity.kind === 'partner' && identity.who !== 'A';
        checked += 1;
        if (notA && expected) {
          // Partner-own: another partner asking with A's ids is refused, or answered with their own data only.
          const text = JSON.stringify(result.data ?? null);
          const leaked = leakMarks.filter((mark) => text.includes(mark));
          if (leaked.length) leaks.push(`${key} showed ${name} ${leaked.join(', ')} of partner A`);
          continue;
        }
        if (expected === Boolean(refusal)) {
          wrong.push(
            `${key} as ${name}: expected ${expected ? 'allowed' : 'refused'}, got ${
              refusal ? refusal.extensions?.reason : 'allowed'
            }`,
          );
        }
      }
    }
    expect({ wrong, inconclusive, leaks }).toEqual({ wrong: [], inconclusive: [], leaks: [] });
    // Every guarded field by every caller, the public ones by the anonymous caller and the applicant.
    expect(checked).toBeGreaterThan(fields.length * 2);
  }, 600_000);

  test('every field with a rule of its own answers every caller as classified, wherever it is reached', async () => {
    const schema = t.app.graphqlSchema;
    const query = schema.getQueryType()!;
    const own = Object.keys(ACCESS_MATRIX).filter((key) => !/^(Query|Mutation|Subscription)\./.test(key));
    const wrong: string[] = [];
    const checked = new Map<string, number>(own.map((key) => [key, 0]));
    for (const key of own) {
      const [typeName, fieldName] = key.split('.') as [string, string];
      // Paths from a query to the type: root, root.nodes, root.x, root.nodes.x (objects without required args).
      const paths: Array<{ root: GraphQLField<unknown, unknown>; steps: string[] }> = [];
      for (const root of Object.values(query.getFields())) {
        const walk = (type: GraphQLOutputType, steps: string[]) => {
          const named = getNamedType(type);
          if (!isObjectType(named)) return;
          if (named.name === typeName) paths.push({ root, steps });
          if (steps.length >= 2) return;
          for (const field of Object.values(named.getFields())) {
            if (field.args.some((arg) => isNonNullType(arg.type))) continue;
            if (ACCESS_MATRIX[`${named.name}.${field.name}`]) continue;
            walk(field.type, [...steps, field.name]);
          }
        };
        walk(root.type, []);
      }
      const target = (
        schema.getType(typeName) as { getFields(): Record<string, GraphQLField<unknown, unknown>> }
      ).getFields()[fieldName]!;
      const leaf = selectionOf(target.type);
      for (const { root, steps } of paths) {
        const rootKey = `Query.${root.name}`;
        for (const { name, identity, caller } of callers) {
          if (!allowed(rootKey, ACCESS_MATRIX[rootKey]!, identity)) continue;
          // The path down to the field, instead of the root's own selection.
          const inner = [...steps]
            .reverse()
            .reduce((sel, step) => `{ ${step} ${sel} }`, `{ ${fieldName} ${leaf} }`);
          const { query: text, variables } = operationFor('Query', root, { partnerId: partnerA.id }, inner);
          const result = await t.gql(text, variables, caller);
          const errors = result.errors ?? [];
          const atField = errors.filter((e) => {
            const path = (e as { path?: Array<string | number> }).path ?? [];
            return path[path.length - 1] === fieldName && path[0] === root.name;
          });
          const reached =
            atField.length > 0 || JSON.stringify(result.data ?? null).includes(`"${fieldName}":`);
          if (!reached) continue;
          checked.set(key, checked.get(key)! + 1);
          const refusal = atField.find((e) => REFUSALS.has(e.extensions?.reason ?? ''));
          const expected = allowed(key, ACCESS_MATRIX[key]!, identity);
          if (expected === Boolean(refusal)) {
            wrong.push(
              `${key} via ${[root.name, ...steps].join('.')} as ${name}: expected ${expected ? 'allowed' : 'refused'}`,
            );
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    // Each one was really reached with data by somebody (but those only a mutation answers with, whose
    // tests check them: `payout-api-key.test.ts` for the batch's skipped partners).
    expect(
      [...checked].filter(([key, n]) => n === 0 && !ONLY_IN_MUTATION_ANSWERS.has(key)).map(([key]) => key),
    ).toEqual([]);
  }, 600_000);
});

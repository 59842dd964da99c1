import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type ApolloServerPlugin } from '@apollo/server';
import { createRequire } from 'node:module';
import { type ComplexityEstimator } from 'graphql-query-complexity/cjs';
import {
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  parse,
  specifiedRules,
  validate,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { AppError } from '../errors/app-error.js';
import { type ErrorCode } from '../errors/error-catalogue.js';

/**
 * What one GraphQL document may ask for (the API page documents them). Generous for every screen of the
 * console and the portal (a test checks their operations), far below what hurts: 5,000 aliases of one field,
 * or commissions → order → commissions … 14 levels deep.
 */
export const QUERY_LIMITS = {
  /** Nested selection sets (fields inside fields, fragments flattened). */
  maxDepth: 10,
  /** Aliased fields in one operation. */
  maxAliases: 20,
  /** Directives (`@include`, `@skip`, ...) in one operation. */
  maxDirectives: 20,
  /** Lexical tokens of the document (names, punctuation, values). */
  maxTokens: 5000,
  /**
   * What an operation may cost (`operationCost`): 1 per field, and a page (a field with `first`, from the
   * document or from the variables, or its default) costs its size times what each of its items asks for.
   * The console's and the portal's operations cost at most about 6,000 at the page size of 200; a page of
   * pages (`partners(first: 200) { nodes { commissions(first: 200) ... } }`) costs far more.
   */
  maxCost: 20_000,
  /** Page size of every list (`first`). */
  maxPageSize: 200,
} as const;

/** armor's refusals, each as a coded error (never INTERNAL_SERVER_ERROR, never an uncoded validation error). */
function reportAs(code: ErrorCode, message: string) {
  return [
    (context: ValidationContext | null) => {
      context?.reportError(new GraphQLError(message, { originalError: new AppError(code, message) }));
    },
  ];
}

/**
 * graphql-armor (max depth, aliases, directives) as validation rules: Apollo runs them for queries and
 * mutations, `checkSubscription` for graphql-ws subscriptions. The token limit is graphql-js's own parser limit
 * (`PARSE_OPTIONS`; Apollo reports it as a parse error that `format-error.ts` codes `QUERY_TOO_LARGE`):
 * armor's Apollo token plugin throws from a parsing hook, which Apollo would answer as a 500.
 */
const armor = new ApolloArmor({
  maxDepth: {
    n: QUERY_LIMITS.maxDepth,
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: reportAs('QUERY_TOO_DEEP', `The query nests deeper than ${QUERY_LIMITS.maxDepth} levels.`),
  },
  maxAliases: {
    n: QUERY_LIMITS.maxAliases,
    propagateOnRejection: false,
    onReject: reportAs(
      'QUERY_TOO_MANY_ALIASES',
      `The query has more than ${QUERY_LIMITS.maxAliases} aliases.`,
    ),
  },
  maxDirectives: {
    n: QUERY_LIMITS.maxDirectives,
    propagateOnRejection: false,
    onReject: reportAs(
      'QUERY_TOO_MANY_DIRECTIVES',
      `The query has more than ${QUERY_LIMITS.maxDirectives} directives.`,
    ),
  },
  // The cost needs the variables (a page size is usually one): `operationCost`, checked once they are known.
  costLimit: { enabled: false },
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: true },
});
const protection = armor.protect();

/** The limit rules, for Apollo's `validationRules`. */
export const queryLimitRules: ValidationRule[] = protection.validationRules as ValidationRule[];

// The CommonJS build, required: the ESM build imports `graphql/index.mjs`, a second copy of graphql next to
// the one the schema is made with ("Cannot use GraphQLObjectType from another module or realm").
const { getComplexity, simpleEstimator } = createRequire(import.meta.url)(
  'graphql-query-complexity',
) as typeof import('graphql-query-complexity/cjs');

/** A page costs its size times what each item asks for: `first` (or `last`) multiplies the children. */
const pageEstimator: ComplexityEstimator = ({ args, childComplexity }) => {
  const size = [args.first, args.last].find((value): value is number => typeof value === 'number');
  return size === undefined ? undefined : 1 + Math.max(size, 1) * childComplexity;
};

/** Costs already computed, per schema and parsed document (Apollo keeps one per distinct query text). */
const knownCosts = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, number>>>();
/** Variants remembered per document (page sizes and flags seen); the oldest are forgotten first. */
const COSTS_PER_DOCUMENT = 32;

/**
 * What of the variables a cost can depend on: the values of numbers (page sizes), booleans (`@include`,
 * `@skip`) and nulls; of any other value only its kind (a string or an object cannot change a page size).
 */
function costKey(operationName: string | null | undefined, variables: Record<string, unknown>): string {
  let key = operationName ?? '';
  for (const [name, value] of Object.entries(variables)) {
    const shown =
      value === null || typeof value === 'number' || typeof value === 'boolean'
        ? String(value)
        : typeof value;
    key += `\u0000${name}=${shown}`;
  }
  return key;
}

/**
 * What an operation costs (graphql-query-complexity): 1 per field; a field with a page size (`first`,
 * written in the document, passed as a variable, or its default) costs that many times its children. Null
 * when the variables do not fit the operation (execution reports that error itself, coded). Computed once
 * per document and page sizes: every request of the console, the portal or an integration repeats its own.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName?: string | null,
): number | null {
  const ofSchema = knownCosts.get(schema) ?? new WeakMap<DocumentNode, Map<string, number>>();
  knownCosts.set(schema, ofSchema);
  const ofDocument = ofSchema.get(document) ?? new Map<string, number>();
  ofSchema.set(document, ofDocument);
  const key = costKey(operationName, variables ?? {});
  const known = ofDocument.get(key);
  if (known !== undefined) return known;
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      operationName: operationName ?? undefined,
      estimators: [pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
    });
  } catch {
    return null; // not remembered: it depends on the values themselves
  }
  ofDocument.set(key, cost);
  if (ofDocument.size > COSTS_PER_DOCUMENT) ofDocument.delete(ofDocument.keys().next().value!);
  return cost;
}

/** The refusal of an operation above {@link QUERY_LIMITS.maxCost}, or null. */
export function costRefusal(cost: number | null): GraphQLError | null {
  if (cost === null || cost <= QUERY_LIMITS.maxCost) return null;
  const message = `The query costs ${Math.ceil(cost)}, more than ${QUERY_LIMITS.maxCost}; ask for smaller pages or fewer fields.`;
  return new GraphQLError(message, {
    originalError: new AppError('QUERY_TOO_COMPLEX', message),
    extensions: { http: { status: 400 } },
  });
}

/** The cost limit for queries and mutations over HTTP, once Apollo knows the operation and its variables. */
export const queryCostPlugin: ApolloServerPlugin<object> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request, operationName }) {
        const refused = costRefusal(operationCost(schema, document, request.variables, operationName));
        if (refused) throw refused;
      },
    };
  },
};

/** For Apollo's `parseOptions`. */
export const PARSE_OPTIONS = { maxTokens: QUERY_LIMITS.maxTokens } as const;

/** armor's field-suggestion mask (`Did you mean ...` removed from validation messages), as an Apollo plugin. */
export const blockFieldSuggestionsPlugin = protection.plugins[0] as ApolloServerPlugin<object>;

/**
 * A subscription's document through the same limits as HTTP operations: the limits' refusals (coded like
 * every other error by `format-error.ts`), or none. Syntax and schema errors are left to graphql-ws.
 */
export function subscriptionLimitErrors(
  schema: GraphQLSchema,
  query: string,
  variables?: Record<string, unknown> | null,
): GraphQLError[] {
  let document: DocumentNode;
  try {
    document = parse(query, PARSE_OPTIONS);
  } catch (error) {
    if (error instanceof GraphQLError && /contains more tha[nt] \d+ tokens/i.test(error.message)) {
      const message = 'The document has more tokens than allowed.';
      return [new GraphQLError(message, { originalError: new AppError('QUERY_TOO_LARGE', message) })];
    }
    return [];
  }
  const refused = validate(schema, document, [...specifiedRules, ...queryLimitRules]).filter(
    (error) => error.originalError instanceof AppError,
  );
  if (refused.length > 0) return refused;
  const tooCostly = costRefusal(operationCost(schema, document, variables ?? undefined));
  return tooCostly ? [tooCostly] : [];
}

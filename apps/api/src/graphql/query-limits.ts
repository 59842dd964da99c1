import { ApolloArmor } from '@escape.tech/graphql-armor';
import { type ApolloServerPlugin } from '@apollo/server';
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
   * graphql-armor's cost: 1 per scalar field, 2 per object field, times 1.5 per level of depth. The costliest
   * operation of the SPAs (the product picker) costs about 3,300.
   */
  maxCost: 5000,
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
 * graphql-armor (max depth, aliases, directives, cost) as validation rules: Apollo runs them for queries and
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
  costLimit: {
    maxCost: QUERY_LIMITS.maxCost,
    flattenFragments: true,
    propagateOnRejection: false,
    onReject: reportAs('QUERY_TOO_COMPLEX', `The query costs more than ${QUERY_LIMITS.maxCost}.`),
  },
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: true },
});
const protection = armor.protect();

/** The limit rules, for Apollo's `validationRules`. */
export const queryLimitRules: ValidationRule[] = protection.validationRules as ValidationRule[];

/** For Apollo's `parseOptions`. */
export const PARSE_OPTIONS = { maxTokens: QUERY_LIMITS.maxTokens } as const;

/** armor's field-suggestion mask (`Did you mean ...` removed from validation messages), as an Apollo plugin. */
export const blockFieldSuggestionsPlugin = protection.plugins[0] as ApolloServerPlugin<object>;

/**
 * A subscription's document through the same limits as HTTP operations: the limits' refusals (coded like
 * every other error by `format-error.ts`), or none. Syntax and schema errors are left to graphql-ws.
 */
export function subscriptionLimitErrors(schema: GraphQLSchema, query: string): GraphQLError[] {
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
  return validate(schema, document, [...specifiedRules, ...queryLimitRules]).filter(
    (error) => error.originalError instanceof AppError,
  );
}

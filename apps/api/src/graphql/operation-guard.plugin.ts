import { type ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, Kind, type OperationDefinitionNode, visit } from 'graphql';
import { AppError } from '../errors/app-error.js';
import { type Actor } from './actor.js';
import { PENDING_APPLICANT_MUTATIONS, READ_ONLY_VIEW_MUTATIONS } from './access-matrix.js';
import { type GraphQLContext } from './context.js';
import { blockFieldSuggestionsPlugin } from './query-limits.js';
import { isReadOnlyView, readOnlyViewError } from './read-only-view.js';

export interface OperationGuardOptions {
  /** Production: introspection and field suggestions are off for anonymous callers. */
  production: boolean;
  /** How long a query may run, in milliseconds, before its remaining fields are refused. */
  timeBudgetMs: number;
  /** The clock (tests advance it by hand). */
  now?: () => number;
}

/** Whether the document asks for the schema (`__schema` or `__type`), in any fragment. */
export function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') found = true;
    },
  });
  return found;
}

function rootFields(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.flatMap((selection) =>
    selection.kind === Kind.FIELD ? [selection.name.value] : [],
  );
}

const isAnonymous = (actor: Actor | undefined) => !actor || actor.kind === 'anonymous';

/**
 * The callers who may read but not write, in one place for HTTP (this plugin) and WebSocket operations
 * (`composition/app.ts`): an admin's read-only view of a partner's portal (`READ_ONLY_VIEW`, except ending
 * it or opening another) and a pending applicant (`PARTNER_PENDING`, except signing out and changing the
 * password). Null when the operation may run.
 */
export function operationRefusal(
  actor: Actor | undefined,
  operation: OperationDefinitionNode,
): AppError | null {
  if (operation.operation !== 'mutation' || actor?.kind !== 'partner') return null;
  const fields = rootFields(operation);
  if (isReadOnlyView(actor)) {
    return fields.some((field) => !READ_ONLY_VIEW_MUTATIONS.has(field)) ? readOnlyViewError() : null;
  }
  if (actor.pending && fields.some((field) => !PENDING_APPLICANT_MUTATIONS.has(field))) {
    return new AppError(
      'PARTNER_PENDING',
      'Your application is awaiting approval; you can change nothing yet.',
    );
  }
  return null;
}

/**
 * Per-operation guards that need the caller or the clock (the document limits are validation rules, see
 * `query-limits.ts`):
 * - anonymous callers in production may not introspect (`INTROSPECTION_DISABLED`) and get no field
 *   suggestions in validation messages (graphql-armor's mask);
 * - a pending applicant's mutations are refused (`PARTNER_PENDING`), except signing out and changing the
 *   password; an admin's read-only view of a partner's portal has every mutation refused
 *   (`READ_ONLY_VIEW`) but ending the view (`signOut`) and opening another (`beginPartnerView`);
 * - a query's time budget: once spent, every field still to resolve fails and the answer carries one
 *   `OPERATION_TIMEOUT` (mutations run to their end: each is one transaction).
 */
export function operationGuardPlugin<C extends Pick<GraphQLContext, 'actor'> = GraphQLContext>(
  options: OperationGuardOptions,
): ApolloServerPlugin<C> {
  const now = options.now ?? Date.now;
  const suggestions = blockFieldSuggestionsPlugin as ApolloServerPlugin<C>;
  return {
    async requestDidStart(requestContext) {
      const actor = requestContext.contextValue.actor;
      const masked =
        options.production && isAnonymous(actor)
          ? await suggestions.requestDidStart?.(requestContext)
          : undefined;
      let timedOut = false;
      return {
        async didEncounterErrors(context) {
          await masked?.didEncounterErrors?.(context);
        },
        async didResolveOperation({ document, operation }) {
          if (options.production && isAnonymous(actor) && asksForSchema(document)) {
            throw new GraphQLError('Introspection needs a sign-in or an API key.', {
              originalError: new AppError(
                'INTROSPECTION_DISABLED',
                'Introspection needs a sign-in or an API key.',
              ),
              extensions: { http: { status: 403 } },
            });
          }
          const refused = operation ? operationRefusal(actor, operation) : null;
          if (refused) {
            throw new GraphQLError(refused.message, {
              originalError: refused,
              extensions: { http: { status: 403 } },
            });
          }
        },
        async executionDidStart({ operation }) {
          // No operation when the document does not name the one asked for (graphql-js then refuses it).
          if (operation?.operation !== 'query') return;
          const deadline = now() + options.timeBudgetMs;
          return {
            willResolveField() {
              if (!timedOut && now() <= deadline) return;
              timedOut = true;
              throw new AppError(
                'OPERATION_TIMEOUT',
                `The query ran longer than ${options.timeBudgetMs} ms; ask for less.`,
              );
            },
          };
        },
        async willSendResponse({ response }) {
          if (!timedOut || response.body.kind !== 'single') return;
          // One timeout error instead of one per field that was cut off.
          const errors = response.body.singleResult.errors ?? [];
          const timeout = errors.find((error) => error.extensions?.reason === 'OPERATION_TIMEOUT');
          response.body.singleResult.errors = [
            ...errors.filter((error) => error.extensions?.reason !== 'OPERATION_TIMEOUT'),
            ...(timeout ? [{ message: timeout.message, extensions: timeout.extensions }] : []),
          ];
        },
      };
    },
  };
}

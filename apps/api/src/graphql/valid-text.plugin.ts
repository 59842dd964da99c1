import { type ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, visit, valueFromASTUntyped } from 'graphql';
import { invalidTextPath } from '../common/text.js';
import { AppError } from '../errors/app-error.js';
import { type ErrorLog } from '../errors/client-error.js';
import { graphQLErrorOf } from './format-error.js';

/**
 * The field (as the caller names it: an `input` argument's own fields, `items[0].sku`; else the argument,
 * `search`) of the first argument of `document` whose value, literal or from `variables`, holds a NUL
 * character or invalid UTF-16 anywhere; undefined when every argument is fine. Variables no argument uses
 * are checked too (`$name...`), since a resolver never sees them but they should not be there either.
 */
export function invalidTextArgument(
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
): string | undefined {
  let found: string | undefined;
  visit(document, {
    Argument(node) {
      if (found !== undefined) return false;
      const value: unknown = valueFromASTUntyped(node.value, variables ?? {});
      const name = node.name.value;
      const path =
        name === 'input' && value && typeof value === 'object' && !Array.isArray(value)
          ? invalidTextPath(value, '')
          : invalidTextPath(value, name);
      if (path !== null) found = path;
      return false;
    },
  });
  if (found === undefined && variables) {
    const path = invalidTextPath(variables, '');
    if (path !== null) found = `$${path}`;
  }
  return found;
}

export const textInvalid = (field: string) =>
  new AppError(
    'TEXT_INVALID',
    'Text may not contain NUL characters or invalid UTF-16 (lone surrogates).',
    field || undefined,
  );

/**
 * One check for every GraphQL operation, before any resolver runs: no argument or variable, at any depth,
 * holds a NUL character or invalid UTF-16 (the database would refuse or silently alter it). Refused as
 * `BAD_USER_INPUT` / `TEXT_INVALID` with the field at fault. Subscriptions run the same check
 * (`invalidTextArgument` in graphql-ws's `onSubscribe`).
 */
export function validTextPlugin(log: ErrorLog): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request }) {
          const field = invalidTextArgument(document, request.variables);
          if (field !== undefined) throw graphQLErrorOf(textInvalid(field), log);
        },
      };
    },
  };
}

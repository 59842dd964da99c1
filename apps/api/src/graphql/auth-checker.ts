import { type AuthChecker } from 'type-graphql';
import { AppError, fail } from '../errors/app-error.js';
import { actorSatisfies, scopesForField, scopesGrant } from './actor.js';
import { type GraphQLContext } from './context.js';

/**
 * `@Authorized()` with no requirement: any signed-in admin or partner, or any API key.
 * `@Authorized(Access.Admin, Access.Read)`: an admin, or an API key holding `*:read` (or the field's
 * narrower scope of `FIELD_SCOPES` in `actor.ts`).
 * Anonymous callers get UNAUTHENTICATED; everybody else who does not qualify gets FORBIDDEN.
 */
export const authChecker: AuthChecker<GraphQLContext> = ({ context, info }, requirements) => {
  const { actor } = context;
  if (actor.kind === 'anonymous') fail('UNAUTHENTICATED', 'Sign in first.');
  if (requirements.length === 0) return true;
  if (requirements.some((requirement) => actorSatisfies(actor, requirement))) return true;
  if (actor.kind !== 'apiKey') return false;
  const scopes = scopesForField(requirements, `${info.parentType.name}.${info.fieldName}`);
  if (scopes.some((scope) => scopesGrant(actor.scopes, scope))) return true;
  if (scopes.length > 0) {
    throw new AppError(
      'SCOPE_MISSING',
      `This API key needs the scope ${scopes.map((s) => `"${s}"`).join(' or ')}.`,
    );
  }
  return false;
};

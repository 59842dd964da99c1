import { type AuthChecker } from 'type-graphql';
import { AppError, fail } from '../errors/app-error.js';
import { actorSatisfies } from './actor.js';
import { type GraphQLContext } from './context.js';

/**
 * `@Authorized()` with no requirement: any signed-in admin or partner, or any API key.
 * `@Authorized(Access.Admin, Access.Read)`: an admin, or an API key holding `*:read`.
 * Anonymous callers get UNAUTHENTICATED; everybody else who does not qualify gets FORBIDDEN.
 */
export const authChecker: AuthChecker<GraphQLContext> = ({ context }, requirements) => {
  const { actor } = context;
  if (actor.kind === 'anonymous') fail('UNAUTHENTICATED', 'Sign in first.');
  if (requirements.length === 0) return true;
  if (requirements.some((requirement) => actorSatisfies(actor, requirement))) return true;
  const scopes = requirements.filter((r) => r.startsWith('scope:')).map((r) => r.slice('scope:'.length));
  if (actor.kind === 'apiKey' && scopes.length > 0) {
    throw new AppError(
      'SCOPE_MISSING',
      `This API key needs the scope ${scopes.map((s) => `"${s}"`).join(' or ')}.`,
    );
  }
  return false;
};

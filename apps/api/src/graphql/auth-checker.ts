import { type AuthChecker } from 'type-graphql';
import { unauthenticated } from '../common/app-error.js';
import { actorSatisfies } from '../modules/auth/actor.js';
import { type GraphQLContext } from './context.js';

/**
 * `@Authorized()` with no requirement: any signed-in admin or partner, or any API key.
 * `@Authorized(Access.Admin, Access.Read)`: an admin, or an API key holding `*:read`.
 * Anonymous callers get UNAUTHENTICATED; everybody else who does not qualify gets FORBIDDEN.
 */
export const authChecker: AuthChecker<GraphQLContext> = ({ context }, requirements) => {
  const { actor } = context;
  if (actor.kind === 'anonymous') throw unauthenticated();
  if (requirements.length === 0) return true;
  return requirements.some((requirement) => actorSatisfies(actor, requirement));
};

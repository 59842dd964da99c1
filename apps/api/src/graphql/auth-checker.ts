import { type AuthChecker } from 'type-graphql';
import { AppError, fail } from '../errors/app-error.js';
import {
  ACCESS_MATRIX,
  Access,
  leastAdminRole,
  roleSatisfies,
  scopesGrant,
  scopesOf,
} from './access-matrix.js';
import { type GraphQLContext } from './context.js';

/**
 * The one access check. A field marked `@Authorized()` gets the rule of `ACCESS_MATRIX` under its
 * `Type.field` name (`access-matrix.ts`); the decorator's own arguments are not used. A field missing from
 * the matrix is refused to everybody (the matrix test names it). Anonymous callers get UNAUTHENTICATED; an
 * admin whose role is too low ROLE_FORBIDDEN; an API key without the scope SCOPE_MISSING; everybody else who
 * does not qualify FORBIDDEN.
 */
// Thrown, not `false`: type-graphql would answer `false` on a decorator without roles as UNAUTHENTICATED.
const forbidden = (): never => fail('FORBIDDEN', 'You may not do this.');

export const authChecker: AuthChecker<GraphQLContext> = ({ context, info }) =>
  checkAccess(context.actor, `${info.parentType.name}.${info.fieldName}`);

/**
 * Whether `actor` may use `field` (`Type.field` of `ACCESS_MATRIX`); throws the refusal otherwise. Routes
 * outside GraphQL that do what a field does (the collateral upload is `Mutation.createCollateral`) check
 * that field's rule with it, so each rule lives in one place.
 */
export function checkAccess(actor: GraphQLContext['actor'], field: string): true {
  const rule = ACCESS_MATRIX[field];
  if (!rule) fail('FORBIDDEN', `${field} has no access rule yet.`);
  if (rule.includes(Access.Public)) return true;
  switch (actor.kind) {
    case 'anonymous':
      return fail('UNAUTHENTICATED', 'Sign in first.');
    case 'partner':
      return rule.includes(Access.Partner) || forbidden();
    case 'admin': {
      if (roleSatisfies(actor.role, rule)) return true;
      const least = leastAdminRole(rule);
      if (least === null) return forbidden();
      throw new AppError(
        'ROLE_FORBIDDEN',
        `Your role (${actor.role}) may not do this; it needs ${least === 'OWNER' ? 'an owner' : 'a manager or an owner'}.`,
      );
    }
    case 'apiKey': {
      const scopes = scopesOf(rule);
      if (scopes.some((scope) => scopesGrant(actor.scopes, scope))) return true;
      if (scopes.length === 0) return forbidden();
      throw new AppError(
        'SCOPE_MISSING',
        `This API key needs the scope ${scopes.map((s) => `"${s}"`).join(' or ')}.`,
      );
    }
  }
}

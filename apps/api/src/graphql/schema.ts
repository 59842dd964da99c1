import { type GraphQLSchema } from 'graphql';
import { buildSchema, type ContainerType } from 'type-graphql';
import { type EventBus } from '../events/event-bus.js';
import { ApiKeyResolver } from '../modules/api-keys/api-key.resolver.js';
import { ApiKeyService } from '../modules/api-keys/api-key.service.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { type AuthService } from '../modules/auth/auth.service.js';
import { type CookiePolicy } from '../modules/auth/session-cookie.js';
import { PartnerResolver } from '../modules/partners/partner.resolver.js';
import { PartnerService } from '../modules/partners/partner.service.js';
import { ProgramResolver } from '../modules/programs/program.resolver.js';
import { ProgramService } from '../modules/programs/program.service.js';
import { ProductResolver } from '../modules/products/product.resolver.js';
import { ProductService } from '../modules/products/product.service.js';
import { EmailResolver } from '../modules/emails/email.resolver.js';
import { EmailService } from '../modules/emails/email.service.js';
import { type Mailer } from '../modules/emails/mailer.js';
import { PartnerImportResolver } from '../modules/partner-import/partner-import.resolver.js';
import { PartnerImportService } from '../modules/partner-import/partner-import.service.js';
import { SignupResolver } from '../modules/signup/signup.resolver.js';
import { SignupService, type SignupLimits } from '../modules/signup/signup.service.js';
import { authChecker } from './auth-checker.js';

export interface SchemaDependencies {
  auth: AuthService;
  events: EventBus;
  cookies: CookiePolicy;
  mailer: Mailer;
  signupLimits: SignupLimits;
}

/**
 * Builds the GraphQL schema. Resolvers are constructed here with their services (explicit wiring, no
 * reflection-based injection), and type-graphql asks this container for them.
 */
export async function createSchema(deps: SchemaDependencies): Promise<GraphQLSchema> {
  const resolvers = [
    new AuthResolver(deps.auth, deps.cookies),
    new PartnerResolver(new PartnerService(deps.events, deps.mailer)),
    new ProgramResolver(new ProgramService()),
    new ProductResolver(new ProductService()),
    new ApiKeyResolver(new ApiKeyService()),
    new SignupResolver(new SignupService(deps.mailer, deps.events, deps.signupLimits)),
    new EmailResolver(new EmailService(), deps.mailer),
    new PartnerImportResolver(new PartnerImportService(deps.events)),
  ];
  const byClass = new Map<unknown, object>(resolvers.map((resolver) => [resolver.constructor, resolver]));
  const container: ContainerType = {
    get(someClass) {
      const instance = byClass.get(someClass);
      if (!instance)
        throw new Error(`No instance wired for ${String((someClass as { name?: string }).name)}`);
      return instance;
    },
  };
  return buildSchema({
    resolvers: [
      AuthResolver,
      PartnerResolver,
      ProgramResolver,
      ProductResolver,
      ApiKeyResolver,
      SignupResolver,
      EmailResolver,
      PartnerImportResolver,
    ],
    container,
    authChecker,
    pubSub: deps.events.pubSub,
    validate: false,
  });
}

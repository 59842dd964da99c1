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
import { ClickResolver } from '../modules/clicks/click.resolver.js';
import { ClickService } from '../modules/clicks/click.service.js';
import { MerchantSettingsResolver } from '../modules/merchant-settings/merchant-settings.resolver.js';
import { MerchantSettingsService } from '../modules/merchant-settings/merchant-settings.service.js';
import { TrackingLinkResolver } from '../modules/tracking-links/tracking-link.resolver.js';
import { TrackingLinkService } from '../modules/tracking-links/tracking-link.service.js';
import { authChecker } from './auth-checker.js';

export interface SchemaDependencies {
  auth: AuthService;
  events: EventBus;
  cookies: CookiePolicy;
  /** Base of the tracking links shown to partners (else the origin of the request). */
  publicUrl?: string | undefined;
}

/**
 * Builds the GraphQL schema. Resolvers are constructed here with their services (explicit wiring, no
 * reflection-based injection), and type-graphql asks this container for them.
 */
export async function createSchema(deps: SchemaDependencies): Promise<GraphQLSchema> {
  const settings = new MerchantSettingsService(deps.events);
  const resolvers = [
    new AuthResolver(deps.auth, deps.cookies),
    new PartnerResolver(new PartnerService(deps.events)),
    new ProgramResolver(new ProgramService()),
    new ProductResolver(new ProductService()),
    new ApiKeyResolver(new ApiKeyService()),
    new TrackingLinkResolver(new TrackingLinkService(deps.events, settings), deps.publicUrl),
    new MerchantSettingsResolver(settings),
    new ClickResolver(new ClickService()),
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
      TrackingLinkResolver,
      MerchantSettingsResolver,
      ClickResolver,
    ],
    container,
    authChecker,
    pubSub: deps.events.pubSub,
    validate: false,
  });
}

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyStatic from '@fastify/static';
import { type MikroORM } from '@mikro-orm/postgresql';
import Fastify, {
  LogController,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
  type FastifyServerOptions,
} from 'fastify';
import { getOperationAST, GraphQLError, type GraphQLSchema, parse } from 'graphql';
import { quoteInput } from '@partnerkit/domain';
import { useServer } from 'graphql-ws/use/ws';
import { Redis } from 'ioredis';
import { WebSocketServer } from 'ws';
import { registerRequestLog } from '../common/request-log.js';
import {
  type Config,
  filesDir,
  ipHashSecret,
  isProduction,
  webhooksMayTargetPrivate,
} from '../config/config.js';
import { WebhookDispatcher, type WebhookDispatcherOptions } from '../modules/webhooks/webhook-dispatcher.js';
import { isDatabaseUnavailable } from '../database/database-outage.js';
import { AppError } from '../errors/app-error.js';
import { createInProcessEventBus, createRedisEventBus, type EventBus } from '../events/event-bus.js';
import {
  frameworkErrorHandler,
  registerErrorHandler,
  registerNotFoundHandler,
} from '../errors/http-error-handler.js';
import { createFormatError, graphQLErrorOf } from '../graphql/format-error.js';
import { retryAfterPlugin } from '../graphql/retry-after.plugin.js';
import { invalidTextArgument, textInvalid, validTextPlugin } from '../graphql/valid-text.plugin.js';
import { type GraphQLContext } from '../graphql/context.js';
import { createSchema, createServices } from './schema.js';
import { LiveSockets } from './live-sockets.js';
import { type Actor } from '../graphql/actor.js';
import { AuthService } from '../modules/auth/auth.service.js';
import { SignInThrottle } from '../modules/auth/sign-in-throttle.js';
import {
  bearerOf,
  type CookiePolicy,
  requestedAudience,
  SESSION_COOKIE,
  sessionTokenOf,
} from '../modules/auth/session-cookie.js';
import { ClickBuffer, type ClickBufferOptions } from '../modules/tracking/click-buffer.js';
import { registerClickRoutes } from '../modules/tracking/click.routes.js';
import { RedirectCache } from '../modules/tracking/redirect-cache.js';
import { registerHealthRoutes } from '../modules/health/health.routes.js';
import { registerApiDocsRoutes } from '../modules/api-docs/api-docs.routes.js';
import { registerStripeWebhook } from '../modules/stripe/stripe-webhook.routes.js';
import { Mailer } from '../modules/emails/mailer.service.js';
import { registerSignupEmbedRoutes } from '../modules/signup/signup-embed.routes.js';
import { LimiterStore, RateLimit } from '../common/rate-limit.js';
import {
  PARSE_OPTIONS,
  queryCostPlugin,
  queryLimitRules,
  subscriptionLimitErrors,
} from '../graphql/query-limits.js';
import { operationGuardPlugin, operationRefusal } from '../graphql/operation-guard.plugin.js';
import { OperationRateLimits } from '../graphql/operation-rate-limits.js';
import { registerSnippetRoutes } from '../modules/snippet/snippet.routes.js';
import { registerLeadCaptureRoutes } from '../modules/leads/lead-capture.routes.js';
import { registerCollateralRoutes } from '../modules/collateral/collateral.routes.js';
import { type FileStorage } from '../storage/file-storage.js';
import { LocalDiskStorage } from '../storage/local-disk-storage.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The click buffer and redirect cache (tests flush the buffer and inspect the cache). */
    tracking: { buffer: ClickBuffer; cache: RedirectCache };
    /** The executable GraphQL schema (the access-matrix test subscribes in-process). */
    graphqlSchema: GraphQLSchema;
  }
}

export interface AppOptions {
  config: Config;
  orm: MikroORM;
  events?: EventBus;
  mailer?: Mailer;
  logger?: FastifyServerOptions['logger'];
  /** Click buffer tuning (tests use small intervals and batches). */
  clicks?: ClickBufferOptions;
  /** Where collateral files live (default: the local disk under FILES_DIR, else `<DATA_DIR>/files`). */
  storage?: FileStorage;
  /** Webhook dispatcher tuning (tests use short retry delays). */
  webhooks?: Partial<WebhookDispatcherOptions>;
}

/** The built SPAs, relative to this file (`apps/api/dist/composition/app.js` -> `apps/<spa>/dist`). */
const SPAS = [
  { prefix: '/admin/', dist: '../../../admin/dist' },
  { prefix: '/portal/', dist: '../../../partner-portal/dist' },
] as const;

/** Builds the whole HTTP application: GraphQL over HTTP and WebSocket, health checks and the two SPAs. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, orm } = options;
  const production = isProduction(config);
  const app = Fastify({
    logger: options.logger ?? { level: config.LOG_LEVEL },
    trustProxy: config.TRUST_PROXY,
    bodyLimit: 1024 * 1024,
    frameworkErrors: frameworkErrorHandler,
    // One line per request from registerRequestLog instead: quiet on redirects, probes and static files.
    logController: new LogController({ disableRequestLogging: true }),
  });
  registerRequestLog(app);
  // First, so that every route and plugin below answers its errors through the one handler.
  registerErrorHandler(app);
  // With REDIS_URL, events cross instances through Redis pub/sub; a bus given by the caller is theirs to close.
  const ownBus = options.events
    ? undefined
    : config.REDIS_URL
      ? createRedisEventBus(config.REDIS_URL)
      : undefined;
  const events = options.events ?? ownBus ?? createInProcessEventBus();
  // Rate limits count in Redis when REDIS_URL is set (shared by every instance), in memory otherwise.
  const redis = config.REDIS_URL
    ? new Redis(config.REDIS_URL, { enableOfflineQueue: false, maxRetriesPerRequest: 1, lazyConnect: true })
    : undefined;
  redis?.on('error', (error: Error) => app.log.warn(`redis (rate limits): ${error.message}`));
  // While Redis cannot be reached, each instance counts in memory (rate-limiter-flexible's insurance).
  await redis?.connect().catch(() => undefined);
  const limiterStore = new LimiterStore(redis);
  const auth = new AuthService(
    {
      idleMs: config.SESSION_IDLE_MINUTES * 60_000,
      absoluteMs: config.SESSION_ABSOLUTE_HOURS * 3_600_000,
    },
    undefined,
    undefined,
    new SignInThrottle(limiterStore, undefined, config.SIGN_IN_MAX_DELAY_SECONDS * 1000),
  );
  const cookies: CookiePolicy = {
    secure: production,
    sameSite: config.CORS_ORIGINS.length > 0 ? 'none' : 'lax',
  };

  await app.register(fastifyCookie);
  if (config.CORS_ORIGINS.length > 0) {
    await app.register(fastifyCors, { origin: config.CORS_ORIGINS, credentials: true });
  }

  const mailer =
    options.mailer ??
    new Mailer({
      publicUrl: config.PUBLIC_URL ?? `http://localhost:${config.PORT}`,
      smtpUrl: config.SMTP_URL,
      from: config.MAIL_FROM,
      log: app.log,
    });
  const operationLimits = new OperationRateLimits(limiterStore, {
    anonymousPerMinute: config.GRAPHQL_RATE_LIMIT_ANONYMOUS,
    sessionPerMinute: config.GRAPHQL_RATE_LIMIT_SESSION,
    apiKeyPerMinute: config.GRAPHQL_RATE_LIMIT_API_KEY,
  });
  const signupLimits = {
    signups: new RateLimit(config.SIGNUP_RATE_LIMIT, 600, { name: 'signups', store: limiterStore }),
    codeChecks: new RateLimit(config.CODE_CHECK_RATE_LIMIT, 60, { name: 'code-checks', store: limiterStore }),
  };
  // Clicks wait here before they are written (flushed on close, before the database closes).
  const buffer = new ClickBuffer(orm, events, {
    onError: (message, error) =>
      error
        ? app.log.error({ err: error }, `click buffer: ${message}`)
        : app.log.warn(`click buffer: ${message}`),
    ...options.clicks,
  });
  // Outgoing webhooks: queued in the transactions of their events, sent after commit.
  const allowPrivateTargets = webhooksMayTargetPrivate(config);
  const dispatcher = new WebhookDispatcher({ allowPrivateTargets, log: app.log, ...options.webhooks });
  const schemaDeps = {
    webhooks: { dispatcher, allowPrivateTargets },
    clicks: buffer,
    auth,
    events,
    cookies,
    mailer,
    signupLimits,
    publicUrl: config.PUBLIC_URL,
    ipHashSecret: ipHashSecret(config),
    files: {
      storage: options.storage ?? new LocalDiskStorage(filesDir(config)),
      limits: {
        bannerBytes: Math.round(config.COLLATERAL_MAX_BANNER_MB * 1024 * 1024),
        fileBytes: Math.round(config.COLLATERAL_MAX_FILE_MB * 1024 * 1024),
      },
    },
    passwordResetLimit: new RateLimit(config.PASSWORD_RESET_RATE_LIMIT, 3600, {
      name: 'password-resets',
      store: limiterStore,
    }),
    leadPartnerHourlyLimit: config.LEAD_PARTNER_HOURLY_LIMIT,
  };
  const services = createServices(schemaDeps);
  const schema = await createSchema(schemaDeps, services);
  app.decorate('graphqlSchema', schema);
  const formatError = createFormatError({ log: app.log });

  const resolveActor = async (
    em: GraphQLContext['em'],
    credentials: Parameters<AuthService['resolveActor']>[1],
  ) => {
    try {
      return await auth.resolveActor(em, credentials);
    } catch (error) {
      // An unknown API key (401), or the database is down (503, Retry-After): coded like any other error.
      throw graphQLErrorOf(error, app.log);
    }
  };

  // Subscriptions: graphql-ws on the same path; the caller is resolved once per connection, and checked
  // again when their sessions end or their status changes (the socket is closed then).
  const liveSockets = new LiveSockets(orm, auth, (error) =>
    app.log.error({ err: error }, 'live sockets: check failed'),
  );
  liveSockets.listen(events);
  const wsServer = new WebSocketServer({ server: app.server, path: '/graphql' });
  const wsCleanup = useServer<Record<string, unknown>, { actor: Actor; ip: string }>(
    {
      schema,
      onConnect: async (ctx) => {
        const request = ctx.extra.request;
        const parsed = app.parseCookie(request.headers.cookie ?? '');
        const app_ = request.headers['x-partnerkit-app'] ?? ctx.connectionParams?.app;
        const audience =
          app_ === 'portal' || app_ === 'partner' ? 'partner' : app_ === 'admin' ? 'admin' : null;
        const token = audience
          ? parsed[SESSION_COOKIE[audience]]
          : (parsed[SESSION_COOKIE.admin] ?? parsed[SESSION_COOKIE.partner]);
        const authorization = ctx.connectionParams?.authorization;
        const bearer =
          typeof authorization === 'string' ? authorization.replace(/^Bearer\s+/i, '') : undefined;
        const credentials = { bearer, sessionToken: token };
        try {
          ctx.extra.actor = await auth.resolveActor(orm.em.fork(), credentials);
          // Everything live is personal: an anonymous socket (or a suspended partner's) is closed (4403).
          if (!(await liveSockets.allowed(ctx.extra.actor))) return false;
        } catch {
          return false;
        }
        ctx.extra.ip = request.socket.remoteAddress ?? '';
        liveSockets.add(ctx.extra.socket, ctx.extra.actor, credentials);
        return true;
      },
      context: (ctx): GraphQLContext => ({
        em: orm.em.fork(),
        actor: ctx.extra.actor ?? { kind: 'anonymous' },
      }),
      // The same text check and error format as queries and mutations over HTTP.
      onSubscribe: async (ctx, _id, payload) => {
        // The same limits as HTTP operations: document limits, then the caller's rate limit.
        const refused = subscriptionLimitErrors(schema, payload.query, payload.variables);
        if (refused.length > 0) return refused;
        try {
          await operationLimits.consume(ctx.extra.actor ?? { kind: 'anonymous' }, ctx.extra.ip ?? '');
        } catch (error) {
          return [graphQLErrorOf(error, app.log)];
        }
        let document;
        try {
          document = parse(payload.query);
        } catch {
          return; // graphql-ws reports the syntax error itself
        }
        // Read-only callers write nothing over the socket either (the HTTP side: operationGuardPlugin).
        const operation = getOperationAST(document, payload.operationName ?? undefined);
        if (!operation) {
          const unknown = new AppError(
            'OPERATION_NAME_UNKNOWN',
            payload.operationName
              ? `The document has no operation named ${quoteInput(payload.operationName)}.`
              : 'The document has several operations: name the one to run (operationName).',
          );
          return [new GraphQLError(unknown.message, { originalError: unknown })];
        }
        const readOnly = operationRefusal(ctx.extra.actor, operation);
        if (readOnly) return [new GraphQLError(readOnly.message, { originalError: readOnly })];
        const field = invalidTextArgument(document, payload.variables ?? undefined);
        if (field === undefined) return;
        const error = textInvalid(field);
        return [new GraphQLError(error.message, { originalError: error })];
      },
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) }
          : undefined,
      onError: (_ctx, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error)),
    },
    wsServer,
  );

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    formatError,
    // Anonymous callers in production: refused by operationGuardPlugin (INTROSPECTION_DISABLED).
    introspection: true,
    // Document limits (graphql-armor: depth, aliases, directives; graphql-js: tokens); the cost once the
    // variables are known (queryCostPlugin).
    validationRules: queryLimitRules,
    parseOptions: PARSE_OPTIONS,
    allowBatchedHttpRequests: false,
    // Never, in any mode: unknown errors are logged on the server only (see graphql/format-error.ts).
    includeStacktraceInErrorResponses: false,
    plugins: [
      validTextPlugin(app.log),
      queryCostPlugin,
      operationGuardPlugin({ production, timeBudgetMs: config.GRAPHQL_TIME_BUDGET_MS }),
      retryAfterPlugin,
      fastifyApolloDrainPlugin(app),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    context: async (request, reply) => {
      const em = orm.em.fork();
      const actor = await resolveActor(em, {
        bearer: bearerOf(request),
        sessionToken: sessionTokenOf(request),
      });
      try {
        await operationLimits.consume(actor, request.ip);
      } catch (error) {
        throw graphQLErrorOf(error, app.log);
      }
      return { em, actor, request, reply };
    },
  });

  // Tracking: the redirect answers from this cache; clicks go to the buffer above.
  const cache = new RedirectCache(orm, {
    ttlMs: config.TRACKING_CACHE_SECONDS * 1000,
    onError: (error) =>
      isDatabaseUnavailable(error)
        ? app.log.warn(`tracking cache: reload failed, database unavailable; serving what it holds`)
        : app.log.error({ err: error }, 'tracking cache: load failed'),
  });
  cache.listen(events);
  app.decorate('tracking', { buffer, cache });
  registerClickRoutes(app, { cache, buffer, ipHashSecret: ipHashSecret(config), secureCookie: production });
  registerSnippetRoutes(app, cache);
  registerLeadCaptureRoutes(app, {
    orm,
    leads: services.leads,
    cache,
    limit: new RateLimit(config.LEAD_CAPTURE_RATE_LIMIT, 600, { name: 'leads', store: limiterStore }),
  });

  await registerCollateralRoutes(app, {
    orm,
    auth,
    credentialsOf: (request, audience = requestedAudience(request)) => ({
      bearer: bearerOf(request),
      sessionToken: audience ? request.cookies[SESSION_COOKIE[audience]] : sessionTokenOf(request),
      audience: requestedAudience(request),
    }),
    collateral: services.collateral,
    publicUrl: config.PUBLIC_URL,
  });

  registerHealthRoutes(app, orm);
  registerApiDocsRoutes(app, {
    anonymousPerMinute: config.GRAPHQL_RATE_LIMIT_ANONYMOUS,
    sessionPerMinute: config.GRAPHQL_RATE_LIMIT_SESSION,
    apiKeyPerMinute: config.GRAPHQL_RATE_LIMIT_API_KEY,
    timeBudgetMs: config.GRAPHQL_TIME_BUDGET_MS,
  });
  await registerStripeWebhook(app, { orm, orders: services.orders, secrets: config.STRIPE_WEBHOOK_SECRETS });
  registerSignupEmbedRoutes(app, config.PUBLIC_URL);
  mailer.start(orm);
  app.addHook('onClose', () => mailer.stop());
  dispatcher.start(orm);
  // Every event that may have queued deliveries is published after its transaction committed; with no
  // endpoint enabled, nothing was queued (a round trip per order saved).
  for (const topic of [
    'PARTNER_UPDATED',
    'LEAD_RECORDED',
    'SALE_RECORDED',
    'COMMISSION_CHANGED',
    'PAYOUT_PAID',
  ] as const) {
    const unsubscribe = events.subscribe(topic, () => {
      if (services.webhooks.mayHaveQueued()) dispatcher.kick();
    });
    app.addHook('onClose', async () => unsubscribe());
  }
  app.addHook('onClose', () => dispatcher.stop());
  registerNotFoundHandler(app, config.SERVE_SPAS ? await registerSpas(app) : undefined);
  app.addHook('onClose', async () => {
    await new Promise<void>((resolve) => wsServer.close(() => resolve()));
    liveSockets.stop();
    cache.stop();
    await buffer.close();
    await ownBus?.close?.();
    redis?.disconnect();
  });
  return app;
}

/**
 * Hashed build files (`assets/`) never change under their name: cached for a year. `index.html` and
 * `config.js` (edited by deployers) are revalidated on every load; anything else for an hour.
 */
function cacheControlOf(path: string): string {
  if (/[\\/]assets[\\/]/.test(path)) return 'public, max-age=31536000, immutable';
  if (/(^|[\\/])(index\.html|config\.js)(\.br|\.gz)?$/.test(path)) return 'no-cache';
  return 'public, max-age=3600';
}

/**
 * Serves the built admin console under /admin/ and the portal under /portal/; returns the not-found
 * fallback that answers their deep links with index.html.
 */
async function registerSpas(app: FastifyInstance) {
  const available = SPAS.map((spa) => ({
    ...spa,
    root: fileURLToPath(new URL(spa.dist, import.meta.url)),
  })).filter((spa) => existsSync(spa.root));
  for (const [index, spa] of available.entries()) {
    await app.register(fastifyStatic, {
      root: spa.root,
      prefix: spa.prefix,
      decorateReply: index === 0,
      wildcard: true,
      index: 'index.html',
      // The build writes .br and .gz copies next to each asset (packages/spa-config `precompress`).
      preCompressed: true,
      cacheControl: false,
      setHeaders: (response, path) => response.setHeader('cache-control', cacheControlOf(path)),
    });
  }
  app.get('/', (_request, reply) => reply.redirect('/admin/'));
  return (request: FastifyRequest, reply: FastifyReply) => {
    const spa = available.find((candidate) => request.url.startsWith(candidate.prefix));
    if (spa && request.method === 'GET' && !/\.[a-z0-9]+$/i.test(request.url.split('?')[0]!)) {
      return reply.type('text/html').sendFile('index.html', spa.root);
    }
    return null;
  };
}

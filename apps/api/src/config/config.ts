import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';

/** `true`/`1`, `false`/`0`, or unset (undefined: the default applies). */
const booleanFlag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((value) =>
    value === undefined || value === '' ? undefined : value === 'true' || value === '1',
  );

/** Every environment variable the API reads, parsed once at boot. `.env.example` lists them all. */
const ConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    /** Default: 127.0.0.1 with demo data (its passwords are public), 0.0.0.0 otherwise. */
    HOST: z.string().optional(),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    PUBLIC_URL: z.string().url().optional(),
    DATABASE_URL: z.string().url().optional(),
    /** Default true; false behind a pooler in transaction mode without prepared-statement support. */
    DATABASE_PREPARED_STATEMENTS: booleanFlag,
    DATA_DIR: z.string().default('.data'),
    EMBEDDED_DB_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    DEMO_DATA: booleanFlag,
    ADMIN_EMAIL: z.string().email().optional(),
    ADMIN_PASSWORD: z.string().min(10, 'ADMIN_PASSWORD has at least 10 characters').optional(),
    SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .positive()
      .default(60 * 12),
    SESSION_ABSOLUTE_HOURS: z.coerce
      .number()
      .int()
      .positive()
      .default(24 * 14),
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      ),
    STRIPE_WEBHOOK_SECRETS: z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((secret) => secret.trim())
          .filter(Boolean),
      ),
    /**
     * Behind a reverse proxy, the client IP comes from X-Forwarded-For: `true` (trust every hop) or the
     * proxies' addresses/CIDRs (comma-separated). Default: off (the socket's address).
     */
    TRUST_PROXY: z
      .string()
      .default('false')
      .transform((value): boolean | string[] => {
        if (value === 'true' || value === 'false') return value === 'true';
        return value
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean);
      }),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    SMTP_URL: z.string().url().optional(),
    MAIL_FROM: z.string().default('Partnerkit <partners@localhost>'),
    SIGNUP_RATE_LIMIT: z.coerce.number().int().positive().default(10),
    CODE_CHECK_RATE_LIMIT: z.coerce.number().int().positive().default(60),
    /** Leads from the merchant snippet (`POST /t/lead`) per client IP per 10 minutes. */
    LEAD_CAPTURE_RATE_LIMIT: z.coerce.number().int().positive().default(20),
    /**
     * Secret of the HMAC-SHA256 that hashes visitors' IP addresses in clicks. Unset: derived from
     * DATABASE_URL (or the embedded database's DATA_DIR), stable per database; set it in production.
     */
    IP_HASH_SECRET: z.string().min(16, 'IP_HASH_SECRET has at least 16 characters').optional(),
    /** How long the redirect serves a cached partner, link or setting before reloading it (in the background). */
    TRACKING_CACHE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    /** Where uploaded collateral files live (local disk). Default: `<DATA_DIR>/files`. */
    FILES_DIR: z.string().optional(),
    /** Largest banner upload, in MiB (decimals allowed). */
    COLLATERAL_MAX_BANNER_MB: z.coerce.number().positive().max(1024).default(5),
    /** Largest file upload (PDF, ZIP), in MiB (decimals allowed). */
    COLLATERAL_MAX_FILE_MB: z.coerce.number().positive().max(4096).default(25),
    /**
     * Outgoing webhooks to loopback and private addresses. Unset: allowed outside production (local
     * receivers while developing), refused in production (server-side request forgery).
     */
    WEBHOOK_ALLOW_PRIVATE_TARGETS: booleanFlag,
    /**
     * Redis for the live path across instances (events, redirect-cache invalidation): `redis://host:6379`.
     * Unset: events stay in the process (one API instance).
     */
    REDIS_URL: z
      .string()
      .url()
      .refine((value) => /^rediss?:\/\//.test(value), 'REDIS_URL starts with redis:// or rediss://')
      .optional(),
    // Limits of the public API (also shared through REDIS_URL when it is set, in memory otherwise).
    /** GraphQL operations per minute: anonymous callers per IP, each signed-in person, each API key. */
    GRAPHQL_RATE_LIMIT_ANONYMOUS: z.coerce.number().int().positive().default(300),
    GRAPHQL_RATE_LIMIT_SESSION: z.coerce.number().int().positive().default(600),
    GRAPHQL_RATE_LIMIT_API_KEY: z.coerce.number().int().positive().default(600),
    /** Milliseconds a query may run before it is cut off (`OPERATION_TIMEOUT`). */
    GRAPHQL_TIME_BUDGET_MS: z.coerce.number().int().positive().default(10_000),
    /** The longest sign-in delay in seconds (growing delays per account and IP; 0: none, for tests only). */
    SIGN_IN_MAX_DELAY_SECONDS: z.coerce.number().int().min(0).max(600).default(60),
    /** Password-reset requests per client IP per hour. */
    PASSWORD_RESET_RATE_LIMIT: z.coerce.number().int().positive().default(10),
    /** Snippet leads one partner may earn per hour before further ones are flagged for review. */
    LEAD_PARTNER_HOURLY_LIMIT: z.coerce.number().int().positive().default(20),
    SERVE_SPAS: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
  })
  .refine((c) => (c.ADMIN_EMAIL === undefined) === (c.ADMIN_PASSWORD === undefined), {
    message: 'ADMIN_EMAIL and ADMIN_PASSWORD are set together',
    path: ['ADMIN_PASSWORD'],
  });

export type Config = z.infer<typeof ConfigSchema>;

/** Parses the environment; throws one readable error listing every bad variable. Empty means unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // An empty variable (`DATABASE_URL=` in a .env file) means unset.
  const given = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = ConfigSchema.safeParse(given);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

/** The IP-hash secret: IP_HASH_SECRET, or one derived from the database's address (see above). */
export function ipHashSecret(config: Config): string {
  if (config.IP_HASH_SECRET) return config.IP_HASH_SECRET;
  const database = config.DATABASE_URL ?? `embedded:${resolve(config.DATA_DIR)}`;
  return createHash('sha256').update(`partnerkit-ip-hash\u0000${database}`).digest('hex');
}

/** The folder of uploaded files: FILES_DIR, else `files` in the embedded database's DATA_DIR. */
export const filesDir = (config: Config) => resolve(config.FILES_DIR ?? `${config.DATA_DIR}/files`);

export const isProduction = (config: Config) => config.NODE_ENV === 'production';

/** Whether webhook endpoints may be on loopback or private addresses (see WEBHOOK_ALLOW_PRIVATE_TARGETS). */
export const webhooksMayTargetPrivate = (config: Config) =>
  config.WEBHOOK_ALLOW_PRIVATE_TARGETS ?? !isProduction(config);

/** Demo data is loaded by default on the embedded database only; DEMO_DATA overrides. */
export const wantsDemoData = (config: Config) => config.DEMO_DATA ?? config.DATABASE_URL === undefined;

/** Where to listen: HOST, else loopback only while the (publicly documented) demo accounts exist. */
export const listenHost = (config: Config) =>
  config.HOST ?? (wantsDemoData(config) ? '127.0.0.1' : '0.0.0.0');

/**
 * Reads `.env` in the working folder, if there is one (`cp .env.example .env`), into the environment;
 * variables already set in the environment win.
 */
export function loadDotEnv(path = '.env', env: NodeJS.ProcessEnv = process.env): void {
  if (!existsSync(path)) return;
  for (const [key, value] of Object.entries(parseEnv(readFileSync(path, 'utf8')))) {
    if (env[key] === undefined) env[key] = value;
  }
}

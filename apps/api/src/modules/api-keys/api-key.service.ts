import { type EntityManager } from '@mikro-orm/postgresql';
import { fail } from '../../errors/app-error.js';
import { parseId } from '../../common/ids.js';
import { requiredText } from '../../common/text.js';
import { API_KEY_SCOPES, type Actor, type ApiKeyScope } from '../../graphql/actor.js';
import { AdminUser } from '../../kernel/admin-user.entity.js';
import { ApiKey } from './api-key.entity.js';
import { generateApiKeySecret, hashApiKeySecret } from './api-key-secret.js';
import { type CreateApiKeyInput } from './api-key.input.js';
import { plainRows } from '../../database/plain-statements.js';

/** Last-used times are written at most this often per key (not on every request). */
export const TOUCH_EVERY_MS = 60_000;
/** The old secret of a rotation stays valid this long unless the admin chooses another time. */
export const DEFAULT_ROTATION_OVERLAP_MS = 24 * 3_600_000;
const MAX_RATE_LIMIT = 100_000;

/** The columns of `api_keys` that authentication reads. */
interface KeyRow {
  id: string;
  secret_hash: string;
  scopes: string[];
  expires_at: string | null;
  last_used_at: string | null;
  rate_limit_per_minute: number | null;
  previous_secret_expires_at: string | null;
}

/** API keys for third parties: created with a name, scopes, an expiry and a limit, shown once, rotated, revocable. */
export class ApiKeyService {
  /**
   * The caller behind a bearer secret: the key's scopes and limit. Its current secret, or the old one of a
   * rotation until that one's end. An unknown or revoked key is `API_KEY_INVALID`, an expired key (or old
   * secret) `API_KEY_EXPIRED` (a third party should learn its key is wrong, not get empty results).
   */
  async authenticate(em: EntityManager, secret: string, now = new Date()): Promise<Actor> {
    const hash = hashApiKeySecret(secret);
    // Every request of a third party passes here: one plain statement, no entity (see README, "Benchmark").
    const [key] = await plainRows<KeyRow>(
      em,
      `select id, secret_hash, scopes, expires_at, last_used_at, rate_limit_per_minute,
         previous_secret_expires_at
       from api_keys where (secret_hash = ? or previous_secret_hash = ?) and revoked_at is null limit 1`,
      [hash, hash],
    );
    if (!key) fail('API_KEY_INVALID', 'This API key is unknown or revoked.');
    // The driver hands timestamps over as text (the ORM's setting).
    const [expiresAt, previousEnds, lastUsedAt] = [
      key.expires_at,
      key.previous_secret_expires_at,
      key.last_used_at,
    ].map((value) => (value === null ? null : new Date(value)));
    if (expiresAt && expiresAt <= now) fail('API_KEY_EXPIRED', 'This API key has expired.');
    if (key.secret_hash !== hash && (!previousEnds || previousEnds <= now)) {
      fail('API_KEY_EXPIRED', 'This secret was rotated and its time is over; use the new one.');
    }
    if (!lastUsedAt || now.getTime() - lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await em.nativeUpdate(ApiKey, { id: key.id }, { lastUsedAt: now });
    }
    return {
      kind: 'apiKey',
      apiKeyId: key.id,
      scopes: key.scopes,
      rateLimitPerMinute: key.rate_limit_per_minute,
    };
  }

  list(em: EntityManager): Promise<ApiKey[]> {
    return em.find(ApiKey, {}, { orderBy: { createdAt: 'desc' } });
  }

  async create(em: EntityManager, input: CreateApiKeyInput, adminUserId: string, now = new Date()) {
    const name = requiredText(input.name, 'name', 120);
    const scopes = [...new Set(input.scopes)];
    if (scopes.length === 0) fail('API_KEY_SCOPES_REQUIRED', 'Choose at least one scope.', 'scopes');
    const unknown = scopes.find((scope) => !API_KEY_SCOPES.includes(scope as ApiKeyScope));
    if (unknown !== undefined) {
      fail(
        'API_KEY_SCOPE_UNKNOWN',
        `Unknown scope "${unknown}"; use ${API_KEY_SCOPES.join(', ')}.`,
        'scopes',
      );
    }
    if (input.expiresAt && input.expiresAt <= now) {
      fail('API_KEY_EXPIRY_INVALID', 'The expiry is in the future.', 'expiresAt');
    }
    const limit = input.rateLimitPerMinute;
    if (limit != null && (!Number.isInteger(limit) || limit < 1 || limit > MAX_RATE_LIMIT)) {
      fail(
        'API_KEY_RATE_LIMIT_INVALID',
        `The limit is 1 to ${MAX_RATE_LIMIT} operations per minute.`,
        'rateLimitPerMinute',
      );
    }
    const secret = generateApiKeySecret();
    const apiKey = em.create(ApiKey, {
      name,
      scopes,
      prefix: secret.slice(0, 16),
      secretHash: hashApiKeySecret(secret),
      createdBy: em.getReference(AdminUser, adminUserId),
      expiresAt: input.expiresAt ?? null,
      rateLimitPerMinute: limit ?? null,
    });
    await em.persistAndFlush(apiKey);
    return { apiKey, secret };
  }

  /**
   * A new secret for the key (shown once); the old one keeps working until `oldSecretValidUntil` (default:
   * 24 hours; now ends it at once), so the integration can switch without downtime. Two keys at most: a
   * second rotation replaces the older secret.
   */
  async rotate(em: EntityManager, id: string, oldSecretValidUntil?: Date | null, now = new Date()) {
    const apiKey = await em.findOne(ApiKey, { id: parseId(id), revokedAt: null });
    if (!apiKey) fail('API_KEY_NOT_FOUND', 'API key not found (or revoked).', 'id');
    const until = oldSecretValidUntil ?? new Date(now.getTime() + DEFAULT_ROTATION_OVERLAP_MS);
    if (until < now) {
      fail('API_KEY_EXPIRY_INVALID', 'The old secret can end now or later.', 'oldSecretValidUntil');
    }
    const secret = generateApiKeySecret();
    apiKey.previousSecretHash = apiKey.secretHash;
    apiKey.previousSecretExpiresAt = until;
    apiKey.secretHash = hashApiKeySecret(secret);
    apiKey.prefix = secret.slice(0, 16);
    apiKey.rotatedAt = now;
    await em.flush();
    return { apiKey, secret };
  }

  /** Revoking is final and idempotent; the record stays for the audit trail. */
  async revoke(em: EntityManager, id: string): Promise<ApiKey> {
    const apiKey = await em.findOne(ApiKey, { id: parseId(id) });
    if (!apiKey) fail('API_KEY_NOT_FOUND', 'API key not found.', 'id');
    apiKey.revokedAt ??= new Date();
    await em.flush();
    return apiKey;
  }
}

import { type EntityManager } from '@mikro-orm/postgresql';
import { fail } from '../../errors/app-error.js';
import { parseId } from '../../common/ids.js';
import { requiredText } from '../../common/text.js';
import { API_KEY_SCOPES, type Actor, type ApiKeyScope } from '../../graphql/actor.js';
import { AdminUser } from '../../kernel/admin-user.entity.js';
import { ApiKey } from './api-key.entity.js';
import { generateApiKeySecret, hashApiKeySecret } from './api-key-secret.js';
import { type CreateApiKeyInput } from './api-key.input.js';

/** Last-used times are written at most this often per key (not on every request). */
const TOUCH_EVERY_MS = 60_000;

/** API keys for third parties: created with a name and scopes, shown once, revocable. */
export class ApiKeyService {
  /**
   * The caller behind a bearer secret: the key's scopes. An unknown or revoked key is an error (a third
   * party should learn its key is wrong, not get empty results).
   */
  async authenticate(em: EntityManager, secret: string, now = new Date()): Promise<Actor> {
    const key = await em.findOne(ApiKey, { secretHash: hashApiKeySecret(secret), revokedAt: null });
    if (!key) fail('API_KEY_INVALID', 'This API key is unknown or revoked.');
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() > TOUCH_EVERY_MS) {
      await em.nativeUpdate(ApiKey, { id: key.id }, { lastUsedAt: now });
    }
    return { kind: 'apiKey', apiKeyId: key.id, scopes: key.scopes };
  }

  list(em: EntityManager): Promise<ApiKey[]> {
    return em.find(ApiKey, {}, { orderBy: { createdAt: 'desc' } });
  }

  async create(em: EntityManager, input: CreateApiKeyInput, adminUserId: string) {
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
    const secret = generateApiKeySecret();
    const apiKey = em.create(ApiKey, {
      name,
      scopes,
      prefix: secret.slice(0, 16),
      secretHash: hashApiKeySecret(secret),
      createdBy: em.getReference(AdminUser, adminUserId),
    });
    await em.persistAndFlush(apiKey);
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

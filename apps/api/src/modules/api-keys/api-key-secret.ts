import { createHash, randomBytes } from 'node:crypto';

/** Every secret starts with this, so leaked keys are easy to recognise (and to scan for). */
export const API_KEY_PREFIX = 'pk_live_';

/** A new secret: the prefix plus 32 random bytes (256 bits) in base64url. */
export function generateApiKeySecret(): string {
  return `${API_KEY_PREFIX}${randomBytes(32).toString('base64url')}`;
}

/** Secrets are high-entropy, so a fast SHA-256 is the right hash (no password stretching needed). */
export function hashApiKeySecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

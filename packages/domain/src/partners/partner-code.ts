import { DomainError } from '../errors/domain-error.js';
import { PartnerErrorCode } from './partner.errors.js';

const PARTNER_CODE = /^[a-z][a-z0-9_-]{3,31}$/;

/**
 * Normalises and validates a partner code: trimmed and lower-cased (codes are case-insensitive), then
 * 4 to 32 characters of `a-z 0-9 - _`, starting with a letter. Returns the canonical (lower-case) code.
 *
 * @throws DomainError `PARTNER_CODE_INVALID` (field `code`) when the code does not follow the rule.
 */
export function normalizePartnerCode(raw: string): string {
  const code = raw.trim().toLowerCase();
  if (!PARTNER_CODE.test(code)) {
    throw new DomainError(
      PartnerErrorCode.InvalidCode,
      'A partner code is 4 to 32 characters of a-z, 0-9, "-" or "_", starting with a letter.',
      'code',
    );
  }
  return code;
}

/** True when `raw` is a valid partner code (in any letter case). */
export function isValidPartnerCode(raw: string): boolean {
  return PARTNER_CODE.test(raw.trim().toLowerCase());
}

import { DomainError } from '../errors/domain-error.js';
import { SignupErrorCode } from './signup.errors.js';

/** The emails Partnerkit sends (to partners, and the two account emails: password reset, admin invite). */
export const PARTNER_EMAIL_KINDS = [
  'WELCOME',
  'APPROVED',
  'REJECTED',
  'FIRST_COMMISSION',
  'PAYMENT_SENT',
  'PASSWORD_RESET',
  'ADMIN_INVITE',
] as const;
export type PartnerEmailKind = (typeof PARTNER_EMAIL_KINDS)[number];

/** Merge fields every template may use. */
export const COMMON_MERGE_FIELDS = ['name', 'code', 'portalLink', 'trackingLink', 'programName'] as const;

/** Merge fields a template may use: the common ones plus those of its kind (`note`, `amount`). */
export function mergeFieldsOf(kind: PartnerEmailKind): readonly string[] {
  switch (kind) {
    case 'APPROVED':
    case 'REJECTED':
      return [...COMMON_MERGE_FIELDS, 'note'];
    case 'FIRST_COMMISSION':
    case 'PAYMENT_SENT':
      return [...COMMON_MERGE_FIELDS, 'amount'];
    case 'PASSWORD_RESET':
      return [...COMMON_MERGE_FIELDS, 'resetLink'];
    case 'ADMIN_INVITE':
      return [...COMMON_MERGE_FIELDS, 'inviteLink', 'role', 'invitedBy'];
    default:
      return COMMON_MERGE_FIELDS;
  }
}

const MERGE_FIELD = /\{\{\s*([^{}]*?)\s*\}\}/g;

/**
 * Checks a template text: every `{{field}}` must be a merge field of the template's kind.
 *
 * @throws DomainError `EMAIL_TEMPLATE_MERGE_FIELD_UNKNOWN` with `field` (e.g. `body`) naming the text.
 */
export function assertTemplateText(kind: PartnerEmailKind, text: string, field: string): void {
  const allowed = mergeFieldsOf(kind);
  const name = unknownMergeField(text, allowed);
  if (name !== null) {
    throw new DomainError(
      SignupErrorCode.MergeFieldUnknown,
      `Unknown merge field {{${name}}}. Use ${allowed.map((f) => `{{${f}}}`).join(', ')}.`,
      field,
    );
  }
}

/** The first `{{field}}` of `text` that is not in `allowed`, or null (shared by emails and collateral). */
export function unknownMergeField(text: string, allowed: readonly string[]): string | null {
  for (const match of text.matchAll(MERGE_FIELD)) {
    if (!allowed.includes(match[1]!)) return match[1]!;
  }
  return null;
}

/** Replaces every `{{field}}` with its value (a missing value becomes empty text). */
export function renderTemplateText(text: string, values: Readonly<Record<string, string>>): string {
  return text.replace(MERGE_FIELD, (_whole, name: string) => values[name] ?? '');
}

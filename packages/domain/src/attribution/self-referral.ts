/**
 * Normalises an email address for self-referral comparison: trimmed, lower-cased, and the `+tag` of the
 * local part removed (`Jane.Doe+shop@Example.com` -> `jane.doe@example.com`). Dots are kept: they are
 * significant for most providers. Returns null for an empty or malformed address.
 */
export function normalizeEmailForComparison(email: string | null | undefined): string | null {
  if (typeof email !== 'string') return null;
  const trimmed = email.trim().toLowerCase();
  const at = trimmed.lastIndexOf('@');
  if (at <= 0 || at === trimmed.length - 1) return null;
  const local = trimmed.slice(0, at).split('+')[0] ?? '';
  if (local === '') return null;
  return `${local}@${trimmed.slice(at + 1)}`;
}

/** True when the partner's email and the customer's are the same address once normalised. */
export function isSelfReferral(
  partnerEmail: string | null | undefined,
  customerEmail: string | null | undefined,
): boolean {
  const partner = normalizeEmailForComparison(partnerEmail);
  return partner !== null && partner === normalizeEmailForComparison(customerEmail);
}

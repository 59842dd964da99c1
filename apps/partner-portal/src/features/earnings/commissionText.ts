/** "Sale" / "Lead" for the API's SALE / LEAD. */
export function commissionKindLabel(kind: string): string {
  if (kind === 'SALE') return 'Sale';
  if (kind === 'LEAD') return 'Lead';
  return kind;
}

/** Level 1 is the partner's own sale; 2 and up come from partners they recruited (and their recruits). */
export function commissionLevelLabel(level: number): string {
  return level === 1 ? 'Your sale' : `From your recruits (level ${level})`;
}

/** "Commission", "Clawback", ... for the API's ledger entry kinds. */
export function ledgerKindLabel(kind: string): string {
  return kind.charAt(0) + kind.slice(1).toLowerCase();
}

/** True for a non-zero amount of integer minor units. */
export { isNonZeroMinor as isNonZero } from '@partnerkit/ui';

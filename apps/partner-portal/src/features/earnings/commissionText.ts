/** Level 1 is the partner's own sale; 2 and up come from partners they recruited (and their recruits). */
export function commissionLevelLabel(level: number): string {
  return level === 1 ? 'Your sale' : `From your recruits (level ${level})`;
}

/** "Commission", "Clawback", ... for the API's ledger entry kinds. */
export function ledgerKindLabel(kind: string): string {
  return kind.charAt(0) + kind.slice(1).toLowerCase();
}

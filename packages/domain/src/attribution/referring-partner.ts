import type { Credit } from '../commissions/commission.types.js';

/**
 * The partner a customer belongs to from now on (permanent referral) after a credited conversion: the one
 * with the largest share of the credit; on a tie, the first in `credits` (attribution lists them first-click
 * first). Null when nobody was credited.
 */
export function referringPartner(credits: readonly Pick<Credit, 'partnerId' | 'weightBps'>[]): string | null {
  let best: Pick<Credit, 'partnerId' | 'weightBps'> | null = null;
  for (const credit of credits) if (best === null || credit.weightBps > best.weightBps) best = credit;
  return best?.partnerId ?? null;
}

import { DomainError } from '../errors/domain-error.js';
import { CommissionErrorCode } from './commission.errors.js';
import type { ChainPartner, Credit } from './commission.types.js';

/**
 * The chain of a credited partner: `[partner, parent, grandparent, ...]`, at most `depth` long, ending
 * early where a partner has no parent. Inactive partners stay in the chain (their level is unused, the
 * level numbers above them do not shift).
 *
 * @throws DomainError `COMMISSION_PARTNER_UNKNOWN` (field `partners`) when the partner or an ancestor within
 * `depth` is missing from `partners`; `COMMISSION_CHAIN_CYCLE` (field `partners`) when the chain loops.
 */
export function buildChain(
  partnerId: string,
  partners: ReadonlyMap<string, ChainPartner>,
  depth: number,
): ChainPartner[] {
  const chain: ChainPartner[] = [];
  const seen = new Set<string>();
  let id: string | null = partnerId;
  // Walk the whole known ancestry (not only `depth` levels) so that a loop anywhere is reported.
  while (id !== null) {
    const partner = partners.get(id);
    if (!partner) {
      if (chain.length >= depth) break;
      throw new DomainError(
        CommissionErrorCode.PartnerUnknown,
        `Partner ${id} of the chain is unknown.`,
        'partners',
      );
    }
    if (seen.has(id)) {
      throw new DomainError(
        CommissionErrorCode.ChainCycle,
        `Partner ${id} is its own ancestor: the chain has a cycle.`,
        'partners',
      );
    }
    seen.add(id);
    if (chain.length < depth) chain.push(partner);
    id = partner.parentId;
  }
  return chain;
}

/** Indexes partners by id. */
export function partnersById(partners: readonly ChainPartner[]): Map<string, ChainPartner> {
  return new Map(partners.map((partner) => [partner.id, partner]));
}

/**
 * Checks credits: each names a distinct partner with an integer weight in 0..10,000 bp, and the weights sum
 * to exactly 10,000 (an empty list = unattributed is fine).
 *
 * @throws DomainError `COMMISSION_CREDITS_INVALID` (field `credits`).
 */
export function assertCredits(credits: readonly Credit[]): void {
  if (credits.length === 0) return;
  const ids = new Set<string>();
  let sum = 0;
  for (const credit of credits) {
    if (
      typeof credit.partnerId !== 'string' ||
      credit.partnerId === '' ||
      ids.has(credit.partnerId) ||
      !Number.isInteger(credit.weightBps) ||
      credit.weightBps < 0 ||
      credit.weightBps > 10_000
    ) {
      throw new DomainError(
        CommissionErrorCode.CreditsInvalid,
        'Each credit names a different partner with an integer weight of 0 to 10,000 bp.',
        'credits',
      );
    }
    ids.add(credit.partnerId);
    sum += credit.weightBps;
  }
  if (sum !== 10_000) {
    throw new DomainError(
      CommissionErrorCode.CreditsInvalid,
      'Credit weights must sum to 10,000 bp.',
      'credits',
    );
  }
}

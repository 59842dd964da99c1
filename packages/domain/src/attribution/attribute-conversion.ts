import type { Credit } from '../commissions/commission.types.js';
import { DomainError } from '../errors/domain-error.js';
import { allocateLargestRemainder } from '../money/allocate.js';
import type { SplitWeights } from '../programs/program.types.js';
import { addDaysToDayKey, assertInstant, assertTimeZone, localDayKey } from '../time/zoned-day.js';
import { AttributionErrorCode } from './attribution.errors.js';
import type {
  Attribution,
  AttributionInput,
  AttributionMethod,
  AttributionPartner,
  Touch,
} from './attribution.types.js';
import { isSelfReferral } from './self-referral.js';

/**
 * Split weights (basis points summing to 10,000) between the distinct partners of `touches` (in time
 * order): the first referring partner gets `firstBps`, the last `lastBps`, the partners in between share
 * `middleBps` equally. Rule choices where docs/domain.md is silent: one partner gets everything; a partner that
 * is both first and last gets both shares; with no partner in between, the middle share goes to the first
 * and the last in proportion to their weights (equally if both are 0). Shares are allocated by largest
 * remainder; zero shares are dropped. Order: first, then the middle partners by first touch, then last.
 */
export function splitCredit(
  touches: readonly Touch[],
  weights: SplitWeights,
): { partnerId: string; weightBps: number }[] {
  const ordered = sortTouches(touches);
  const first = ordered[0]?.partnerId;
  const last = ordered[ordered.length - 1]?.partnerId;
  if (first === undefined || last === undefined) return [];
  const middles: string[] = [];
  for (const touch of ordered) {
    if (touch.partnerId !== first && touch.partnerId !== last && !middles.includes(touch.partnerId)) {
      middles.push(touch.partnerId);
    }
  }
  const partners = [first, ...middles, ...(last === first ? [] : [last])];
  if (partners.length === 1) return [{ partnerId: first, weightBps: 10_000 }];
  const scale = BigInt(Math.max(1, middles.length));
  const raw = new Map<string, bigint>(partners.map((id) => [id, 0n]));
  const add = (id: string, value: bigint) => raw.set(id, (raw.get(id) ?? 0n) + value);
  add(first, BigInt(weights.firstBps) * scale);
  add(last, BigInt(weights.lastBps) * scale);
  for (const id of middles) add(id, BigInt(weights.middleBps));
  let values = partners.map((id) => raw.get(id) ?? 0n);
  if (values.every((value) => value === 0n)) values = partners.map(() => 1n);
  const shares = allocateLargestRemainder(10_000n, values);
  return partners
    .map((partnerId, index) => ({ partnerId, weightBps: Number(shares[index]) }))
    .filter((credit) => credit.weightBps > 0);
}

function sortTouches(touches: readonly Touch[]): Touch[] {
  return touches
    .map((touch, index) => ({ touch, index }))
    .sort((a, b) => a.touch.at.getTime() - b.touch.at.getTime() || a.index - b.index)
    .map(({ touch }) => touch);
}

/**
 * Attributes a lead or sale, in the order of docs/domain.md: (1) the admin's manual assignment; (2) the
 * customer's permanent referral, when the program keeps referrals; (3) the partner's coupon on the order;
 * (4) the visitor's clicks within the cookie window, first or last referring partner as the program says,
 * or split between all of them (see {@link splitCredit}); (5) clicks from the same IP within the program's
 * IP window (most recent wins); otherwise NONE (unattributed, earns nothing).
 *
 * Rule choices: only ACTIVE partners are ever credited. An inactive (or unknown) partner is skipped at every
 * source and the next source is tried, the manual assignment included: a sale is always recorded, and an
 * assignment that no longer counts (the partner was suspended after the admin assigned the customer, or the
 * caller named a partner who is not active) never refuses it. A click counts
 * when it is not after the sale and its local day, in the program's time zone, is at most `cookieWindowDays`
 * days before the sale's local day (a 30-day window opened on May 1 covers sales through May 31 local
 * time); the partner's own cookie window replaces the program's. Self-referral (partner email = customer
 * email, case and `+tag` ignored) sets `flagged` on that credit.
 *
 * @throws DomainError `ATTRIBUTION_TOUCH_INVALID` (field `visitorTouches` / `ipTouches`), `ATTRIBUTION_COOKIE_WINDOW_INVALID`, `TIME_INSTANT_INVALID`, `TIME_ZONE_INVALID`.
 */
export function attributeConversion(input: AttributionInput): Attribution {
  const at = assertInstant(input.at, 'at');
  const { program } = input;
  const timeZone = assertTimeZone(program.timeZone, 'program.timeZone');
  const partners = new Map(input.partners.map((partner) => [partner.id, partner]));
  const active = (id: string | null | undefined): AttributionPartner | null => {
    const partner = id ? partners.get(id) : undefined;
    return partner && partner.status === 'ACTIVE' ? partner : null;
  };
  const credit = (
    method: AttributionMethod,
    shares: { partnerId: string; weightBps: number }[],
  ): Attribution => ({
    method,
    credits: shares.map((share): Credit => ({
      ...share,
      flagged: isSelfReferral(partners.get(share.partnerId)?.email, input.customerEmail),
    })),
  });
  const single = (method: AttributionMethod, partnerId: string) =>
    credit(method, [{ partnerId, weightBps: 10_000 }]);

  const manual = active(input.manualPartnerId);
  if (manual) return single('MANUAL', manual.id);
  const permanent = program.permanentReferral ? active(input.permanentReferralPartnerId) : null;
  if (permanent) return single('PERMANENT_REFERRAL', permanent.id);
  const coupon = active(input.couponPartnerId);
  if (coupon) return single('COUPON', coupon.id);

  const saleDay = localDayKey(at, timeZone);
  const cookieTouches = validTouches(input.visitorTouches, 'visitorTouches').filter((touch) => {
    const partner = active(touch.partnerId);
    if (!partner || touch.at.getTime() > at.getTime()) return false;
    const window = partner.cookieWindowDays ?? program.cookieWindowDays;
    if (!Number.isInteger(window) || window < 0 || window > 3650) {
      throw new DomainError(
        AttributionErrorCode.CookieWindowInvalid,
        'A cookie window is a whole number of days from 0 to 3650.',
        'cookieWindowDays',
      );
    }
    return localDayKey(touch.at, timeZone) >= addDaysToDayKey(saleDay, -window);
  });
  if (cookieTouches.length > 0) {
    const ordered = sortTouches(cookieTouches);
    if (program.attributionMode === 'SPLIT' && program.splitWeights) {
      return credit('COOKIE', splitCredit(ordered, program.splitWeights));
    }
    const chosen = program.attributionMode === 'FIRST' ? ordered[0] : ordered[ordered.length - 1];
    return single('COOKIE', (chosen as Touch).partnerId);
  }
  if (program.ipWindowMinutes) {
    const windowMs = program.ipWindowMinutes * 60_000;
    const ipTouches = validTouches(input.ipTouches, 'ipTouches').filter(
      (touch) =>
        active(touch.partnerId) !== null &&
        touch.at.getTime() <= at.getTime() &&
        at.getTime() - touch.at.getTime() <= windowMs,
    );
    const latest = sortTouches(ipTouches).pop();
    if (latest) return single('IP', latest.partnerId);
  }
  return { method: 'NONE', credits: [] };
}

function validTouches(touches: readonly Touch[] | null | undefined, field: string): Touch[] {
  return (touches ?? []).map((touch, index) => {
    if (typeof touch.partnerId !== 'string' || touch.partnerId === '') {
      throw new DomainError(
        AttributionErrorCode.TouchInvalid,
        'A click names its partner.',
        `${field}[${index}].partnerId`,
      );
    }
    assertInstant(touch.at, `${field}[${index}].at`);
    return touch;
  });
}

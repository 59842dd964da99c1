import { type EntityManager } from '@mikro-orm/postgresql';
import {
  attributeConversion,
  defaultAttributionProgram,
  type Attribution,
  type AttributionPartner,
} from '@partnerkit/domain';
import { fail } from '../../errors/app-error.js';
import { visitorId } from '../../common/external-id.js';
import { hashIp } from '../../common/ip-hash.js';
import { isIP } from 'node:net';
import { parseId } from '../../common/ids.js';
import { ClickService } from '../tracking/click.service.js';
import { CouponService } from '../coupons/coupon.service.js';
import { type Customer } from '../../kernel/customer.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import { Program } from '../../kernel/program.entity.js';
import { toDomainProgram } from '../../kernel/program.mapper.js';

export interface ConversionFacts {
  at: Date;
  /** The program whose attribution settings apply; default: the program with the lowest priority number. */
  programId?: string | null;
  customer: Customer | null;
  customerEmail?: string | null;
  /** A partner named by the caller (partner code on the event): handled as a manual assignment. */
  namedPartnerId?: string | null;
  couponCode?: string | null;
  visitorId?: string | null;
  ipHash?: string | null;
}

export interface AttributionOutcome extends Attribution {
  program: Program | null;
}

/** What a caller tells about a referral on a lead or order (GraphQL `ReferralInput`, Stripe metadata). */
export interface ReferralFacts {
  visitorId?: string | null;
  /** The buyer's IP address (hashed before use), for programs that attribute by IP. */
  ipAddress?: string | null;
  couponCode?: string | null;
  partnerCode?: string | null;
  programId?: string | null;
}

function ipAddress(raw: string): string {
  const ip = raw.trim();
  if (!isIP(ip)) fail('IP_ADDRESS_INVALID', 'This is not an IPv4 or IPv6 address.', 'referral.ipAddress');
  return ip;
}

/**
 * Gathers what attribution needs (the program's settings, the customer's referral and assignment, the
 * coupon's partner, the visitor's and the IP's clicks, the partners involved) and lets the domain decide.
 * Runs inside the caller's transaction (`tx`).
 */
/** Clicks this instance has taken but not yet written (the click buffer). */
export interface PendingClicks {
  flush(): Promise<void>;
}

export class AttributionService {
  /**
   * @param ipHashSecret the secret clicks' IP addresses are hashed with (`IP_HASH_SECRET`).
   * @param pendingClicks the click buffer: see {@link AttributionService.settleClicks}.
   */
  constructor(
    private readonly ipHashSecret: string,
    private readonly pendingClicks?: PendingClicks,
    private readonly clicks = new ClickService(),
    private readonly coupons = new CouponService(),
  ) {}

  /**
   * Writes the clicks still waiting in this instance's buffer, so a lead or sale made right after its click
   * finds it. Call it before the event's transaction opens (the embedded database runs one at a time).
   */
  async settleClicks(referral: ReferralFacts | null | undefined): Promise<void> {
    if (this.pendingClicks && (referral?.visitorId || referral?.ipAddress)) await this.pendingClicks.flush();
  }

  /**
   * Checks the caller's referral facts (field errors under `referral.`) and attributes the conversion.
   * Returns the decision and the visitor id as stored.
   */
  async attributeReferral(
    tx: EntityManager,
    at: Date,
    customer: Customer | null,
    referral: ReferralFacts | null | undefined,
  ): Promise<AttributionOutcome & { visitorId: string | null; ipHash: string | null }> {
    const facts = referral ?? {};
    const namedPartner = facts.partnerCode
      ? await tx.findOne(Partner, { code: facts.partnerCode.trim().toLowerCase() })
      : null;
    if (facts.partnerCode && !namedPartner) {
      fail('PARTNER_NOT_FOUND', `No partner has the code "${facts.partnerCode}".`, 'referral.partnerCode');
    }
    const visitor = visitorId(facts.visitorId, 'referral.visitorId');
    const ipHash = facts.ipAddress ? hashIp(this.ipHashSecret, ipAddress(facts.ipAddress)) : null;
    const outcome = await this.attribute(tx, {
      ipHash,
      at,
      programId: facts.programId ? parseId(facts.programId, 'referral.programId') : null,
      customer,
      namedPartnerId: namedPartner?.id ?? null,
      couponCode: facts.couponCode ?? null,
      visitorId: visitor,
    });
    return { ...outcome, visitorId: visitor, ipHash };
  }

  /**
   * Whether `visitorId` has a click of an active partner within the cookie window before `at` (what the
   * visitor-id source of attribution would credit): the proof a snippet lead must bring.
   */
  async visitorHasClick(tx: EntityManager, at: Date, visitorId: string | null): Promise<boolean> {
    if (!visitorId) return false;
    const outcome = await this.attribute(tx, { at, customer: null, visitorId });
    return outcome.method === 'COOKIE';
  }

  async attribute(tx: EntityManager, facts: ConversionFacts): Promise<AttributionOutcome> {
    const program = await this.attributionProgram(tx, facts.programId);
    if (!program) return { method: 'NONE', credits: [], program: null };
    const settings = toDomainProgram(program);

    const couponPartnerId = await this.coupons.partnerIdOf(tx, facts.couponCode);
    const visitorTouches = facts.visitorId
      ? await this.clicks.touches(tx, { visitorId: facts.visitorId }, facts.at)
      : [];
    const ipTouches =
      facts.ipHash && settings.ipWindowMinutes
        ? await this.clicks.touches(tx, { ipHash: facts.ipHash }, facts.at, settings.ipWindowMinutes)
        : [];
    const manualPartnerId = facts.customer?.assignedPartner?.id ?? facts.namedPartnerId ?? null;
    const permanentReferralPartnerId = facts.customer?.referredBy?.id ?? null;

    const ids = new Set<string>(
      [
        manualPartnerId,
        permanentReferralPartnerId,
        couponPartnerId,
        ...visitorTouches.map((t) => t.partnerId),
        ...ipTouches.map((t) => t.partnerId),
      ].filter((id): id is string => id !== null),
    );
    const partners: AttributionPartner[] = ids.size
      ? (await tx.find(Partner, { id: { $in: [...ids] } })).map((partner) => ({
          id: partner.id,
          status: partner.status,
          email: partner.email,
          cookieWindowDays: partner.cookieWindowDays,
        }))
      : [];

    const decision = attributeConversion({
      at: facts.at,
      program: settings,
      partners,
      manualPartnerId,
      permanentReferralPartnerId,
      couponPartnerId,
      visitorTouches,
      ipTouches,
      customerEmail: facts.customerEmail ?? facts.customer?.email ?? null,
    });
    return { ...decision, program };
  }

  private async attributionProgram(tx: EntityManager, programId?: string | null): Promise<Program | null> {
    if (programId) {
      const program = await tx.findOne(Program, { id: programId });
      if (!program) fail('PROGRAM_NOT_FOUND', 'No program has this id.', 'referral.programId');
      return program;
    }
    return defaultAttributionProgram(await tx.find(Program, {}));
  }
}

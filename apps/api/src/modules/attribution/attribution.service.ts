import { type EntityManager } from '@mikro-orm/postgresql';
import {
  attributeConversion,
  defaultAttributionProgram,
  type Attribution,
  type AttributionPartner,
  type Program as DomainProgram,
  type Touch,
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
import { PROGRAM_ROW_COLUMNS, programRowToDomain, type ProgramRow } from '../../kernel/program.mapper.js';
import { plainRows } from '../../database/plain-statements.js';

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
  /** The program whose attribution settings applied (the domain's view of it). */
  program: DomainProgram | null;
}

export type ReferralOutcome = AttributionOutcome & { visitorId: string | null; ipHash: string | null };

/** What attribution read before knowing the customer. */
interface GatheredFacts {
  at: Date;
  program: DomainProgram | null;
  couponPartnerId: string | null;
  visitorTouches: Touch[];
  ipTouches: Touch[];
  namedPartnerId: string | null;
  /** The partners read so far, by id. */
  partners: Map<string, AttributionPartner>;
}

/** A referral checked and read before the event's transaction (see `AttributionService.prepareReferral`). */
export interface PreparedReferral {
  gathered: GatheredFacts;
  visitorId: string | null;
  ipHash: string | null;
}

const attributionPartner = (partner: Partner): AttributionPartner => ({
  id: partner.id,
  status: partner.status,
  email: partner.email,
  cookieWindowDays: partner.cookieWindowDays,
});

/** A partner's row as attribution reads it (the partner a caller names: every such order reads it). */
interface PartnerRow {
  id: string;
  status: AttributionPartner['status'];
  email: string;
  cookie_window_days: number | null;
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
  ): Promise<ReferralOutcome> {
    return this.decideReferral(tx, await this.prepareReferral(tx, at, referral), customer);
  }

  /**
   * The first half of {@link attributeReferral}: checks the referral facts and reads everything attribution
   * needs that does not depend on the customer (program, named partner, coupon, clicks), so a caller can do
   * it before its transaction opens. None of it is protected by the event's lock: read a moment earlier, it
   * is what the transaction would have read.
   */
  async prepareReferral(
    em: EntityManager,
    at: Date,
    referral: ReferralFacts | null | undefined,
  ): Promise<PreparedReferral> {
    const facts = referral ?? {};
    const visitor = visitorId(facts.visitorId, 'referral.visitorId');
    const ipHash = facts.ipAddress ? hashIp(this.ipHashSecret, ipAddress(facts.ipAddress)) : null;
    const programId = facts.programId ? parseId(facts.programId, 'referral.programId') : null;
    const [namedPartner, gathered] = await Promise.all([
      facts.partnerCode
        ? plainRows<PartnerRow>(
            em,
            'select id, status, email, cookie_window_days from partners where code = ? limit 1',
            [facts.partnerCode.trim().toLowerCase()],
          ).then(([row]) => row ?? null)
        : Promise.resolve(null),
      this.gather(em, { at, programId, couponCode: facts.couponCode ?? null, visitorId: visitor, ipHash }),
    ]);
    if (facts.partnerCode && !namedPartner) {
      fail('PARTNER_NOT_FOUND', `No partner has the code "${facts.partnerCode}".`, 'referral.partnerCode');
    }
    if (namedPartner) {
      gathered.namedPartnerId = namedPartner.id;
      gathered.partners.set(namedPartner.id, {
        id: namedPartner.id,
        status: namedPartner.status,
        email: namedPartner.email,
        cookieWindowDays: namedPartner.cookie_window_days,
      });
    }
    return { gathered, visitorId: visitor, ipHash };
  }

  /** The second half of {@link attributeReferral}: decides, with the customer found under its lock. */
  async decideReferral(
    tx: EntityManager,
    prepared: PreparedReferral,
    customer: Customer | null,
  ): Promise<ReferralOutcome> {
    const outcome = await this.decide(tx, prepared.gathered, customer);
    return { ...outcome, visitorId: prepared.visitorId, ipHash: prepared.ipHash };
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
    const gathered = await this.gather(tx, facts);
    gathered.namedPartnerId = facts.namedPartnerId ?? null;
    return this.decide(tx, gathered, facts.customer, facts.customerEmail);
  }

  /** Ids of the partners a conversion may credit, known before the customer is (see {@link prepareReferral}). */
  candidatePartnerIds(prepared: PreparedReferral): string[] {
    return [...prepared.gathered.partners.keys(), ...this.touchIds(prepared.gathered)].filter(
      (id, index, all) => all.indexOf(id) === index,
    );
  }

  private touchIds(gathered: GatheredFacts): string[] {
    return [
      gathered.couponPartnerId,
      ...gathered.visitorTouches.map((t) => t.partnerId),
      ...gathered.ipTouches.map((t) => t.partnerId),
    ].filter((id): id is string => id !== null);
  }

  /** What attribution reads that does not depend on the customer. */
  private async gather(
    em: EntityManager,
    facts: Pick<ConversionFacts, 'at' | 'programId' | 'couponCode' | 'visitorId' | 'ipHash'>,
  ): Promise<GatheredFacts> {
    const program = await this.attributionProgram(em, facts.programId);
    const gathered: GatheredFacts = {
      at: facts.at,
      program,
      couponPartnerId: null,
      visitorTouches: [],
      ipTouches: [],
      namedPartnerId: null,
      partners: new Map(),
    };
    if (!program) return gathered;
    const [couponPartnerId, visitorTouches, ipTouches] = await Promise.all([
      this.coupons.partnerIdOf(em, facts.couponCode),
      facts.visitorId
        ? this.clicks.touches(em, { visitorId: facts.visitorId }, facts.at)
        : Promise.resolve([]),
      facts.ipHash && program.ipWindowMinutes
        ? this.clicks.touches(em, { ipHash: facts.ipHash }, facts.at, program.ipWindowMinutes)
        : Promise.resolve([]),
    ]);
    Object.assign(gathered, { couponPartnerId, visitorTouches, ipTouches });
    return gathered;
  }

  private async decide(
    tx: EntityManager,
    gathered: GatheredFacts,
    customer: Customer | null,
    customerEmail?: string | null,
  ): Promise<AttributionOutcome> {
    const { program } = gathered;
    if (!program) return { method: 'NONE', credits: [], program: null };
    const manualPartnerId = customer?.assignedPartner?.id ?? gathered.namedPartnerId ?? null;
    const permanentReferralPartnerId = customer?.referredBy?.id ?? null;
    const ids = new Set<string>(
      [manualPartnerId, permanentReferralPartnerId, ...this.touchIds(gathered)].filter(
        (id): id is string => id !== null,
      ),
    );
    const missing = [...ids].filter((id) => !gathered.partners.has(id));
    if (missing.length) {
      for (const partner of await tx.find(Partner, { id: { $in: missing } })) {
        gathered.partners.set(partner.id, attributionPartner(partner));
      }
    }
    const partners = [...ids].flatMap((id) => {
      const partner = gathered.partners.get(id);
      return partner ? [partner] : [];
    });

    const decision = attributeConversion({
      at: gathered.at,
      program,
      partners,
      manualPartnerId,
      permanentReferralPartnerId,
      couponPartnerId: gathered.couponPartnerId,
      visitorTouches: gathered.visitorTouches,
      ipTouches: gathered.ipTouches,
      customerEmail: customerEmail ?? customer?.email ?? null,
    });
    return { ...decision, program };
  }

  private async attributionProgram(
    tx: EntityManager,
    programId?: string | null,
  ): Promise<DomainProgram | null> {
    // A plain statement (every order and lead runs one), no entities.
    const rows = await plainRows<ProgramRow>(
      tx,
      `select ${PROGRAM_ROW_COLUMNS} from programs${programId ? ' where id = ?' : ''}`,
      programId ? [programId] : [],
    );
    if (programId && !rows[0]) fail('PROGRAM_NOT_FOUND', 'No program has this id.', 'referral.programId');
    const chosen = defaultAttributionProgram(
      rows.map((row) => ({ id: row.id, priority: row.priority, createdAt: new Date(row.created_at), row })),
    );
    return chosen && programRowToDomain(chosen.row);
  }
}

import type { Credit } from '../commissions/commission.types.js';
import type { PartnerStatus } from '../partners/partner.types.js';
import type { Program } from '../programs/program.types.js';

/** A recorded click that may refer the buyer: by the same visitor id, or from the same (hashed) IP. */
export interface Touch {
  readonly partnerId: string;
  readonly at: Date;
}

/** What attribution needs to know about a partner. */
export interface AttributionPartner {
  readonly id: string;
  readonly status: PartnerStatus;
  /** For self-referral detection. */
  readonly email?: string | null;
  /** The partner's own cookie window (days), replacing the program's. */
  readonly cookieWindowDays?: number | null;
}

/** The program settings attribution uses. */
export type AttributionProgram = Pick<
  Program,
  | 'cookieWindowDays'
  | 'attributionMode'
  | 'splitWeights'
  | 'permanentReferral'
  | 'ipWindowMinutes'
  | 'timeZone'
>;

/** Input of {@link attributeConversion}: everything known about one lead or sale. */
export interface AttributionInput {
  /** When the lead or sale happened. */
  readonly at: Date;
  readonly program: AttributionProgram;
  /** Every partner referenced below. */
  readonly partners: readonly AttributionPartner[];
  readonly manualPartnerId?: string | null;
  /** The partner this customer was attributed to before (used when the program keeps referrals permanently). */
  readonly permanentReferralPartnerId?: string | null;
  /** The partner whose coupon code is on the order. */
  readonly couponPartnerId?: string | null;
  /** Clicks of the buyer's visitor id (tracking cookie). */
  readonly visitorTouches?: readonly Touch[] | null;
  /** Clicks from the buyer's IP address (hashed), used only when the program has an IP window. */
  readonly ipTouches?: readonly Touch[] | null;
  readonly customerEmail?: string | null;
}

/** How a conversion was attributed. */
export type AttributionMethod = 'MANUAL' | 'PERMANENT_REFERRAL' | 'COUPON' | 'COOKIE' | 'IP' | 'NONE';

/** The decision: how, and which partners get which share of the level-1 credit (empty for NONE). */
export interface Attribution {
  readonly method: AttributionMethod;
  /** Ready for `calculateCommissions`; weights sum to 10,000 bp; `flagged` marks self-referral. */
  readonly credits: readonly Credit[];
}

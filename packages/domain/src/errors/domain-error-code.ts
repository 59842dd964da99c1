import { AttributionErrorCode } from '../attribution/attribution.errors.js';
import { CollateralErrorCode } from '../collateral/collateral.errors.js';
import { CouponErrorCode } from '../coupons/coupon.errors.js';
import { CommissionErrorCode } from '../commissions/commission.errors.js';
import { LedgerErrorCode } from '../ledger/ledger.errors.js';
import { MoneyErrorCode } from '../money/money.errors.js';
import { PartnerErrorCode } from '../partners/partner.errors.js';
import { PreviewErrorCode } from '../preview/preview.errors.js';
import { ProgramErrorCode } from '../programs/program.errors.js';
import { SaleErrorCode } from '../sales/sales.errors.js';
import { SignupErrorCode } from '../signup/signup.errors.js';
import { TimeErrorCode } from '../time/time.errors.js';
import { TrackingErrorCode } from '../tracking/tracking.errors.js';

/** The code objects of every area of the domain (each area's `*.errors.ts` declares its own). */
const CODE_OBJECTS = [
  AttributionErrorCode,
  CollateralErrorCode,
  CommissionErrorCode,
  CouponErrorCode,
  LedgerErrorCode,
  MoneyErrorCode,
  PartnerErrorCode,
  PreviewErrorCode,
  ProgramErrorCode,
  SaleErrorCode,
  SignupErrorCode,
  TimeErrorCode,
  TrackingErrorCode,
] as const;

/** The values of each code object of a union (distributes: `keyof (A | B)` alone would be the shared keys). */
type CodesOf<T> = T extends unknown ? T[keyof T] : never;

/** Every stable code a {@link DomainError} can carry: the union of the areas' `XErrorCode` values. */
export type DomainErrorCode = CodesOf<(typeof CODE_OBJECTS)[number]>;

/** Every domain error code, once each (for the API's catalogue test and generated docs). */
export const DOMAIN_ERROR_CODES: readonly DomainErrorCode[] = [
  ...new Set(CODE_OBJECTS.flatMap((codes) => Object.values(codes) as DomainErrorCode[])),
];

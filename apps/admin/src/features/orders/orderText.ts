import { percentFromBasisPoints } from '@partnerkit/domain';

const ATTRIBUTION: Record<string, string> = {
  MANUAL: 'Manual assignment',
  PERMANENT_REFERRAL: 'Permanent referral',
  COUPON: 'Coupon code',
  COOKIE: 'Tracking link',
  IP: 'IP address',
  NONE: 'Not attributed',
};

/** "Tracking link" for COOKIE, ...; an unknown method is shown as sent. */
export function attributionLabel(method: string): string {
  return ATTRIBUTION[method] ?? method;
}

/** A partner's share of an order's credit: "50 %" for 5000 basis points, "33.33 %" for 3333. */
export function shareLabel(weightBps: number): string {
  return `${percentFromBasisPoints(weightBps, 'weightBps')} %`;
}

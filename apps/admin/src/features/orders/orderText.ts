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

/** "50 %" for 5000 basis points. */
export function shareLabel(weightBps: number): string {
  return `${weightBps / 100} %`;
}

/** True for a non-zero amount of integer minor units. */
export { isNonZeroMinor as isNonZero } from '@partnerkit/ui';

/** Error codes of the Stripe webhook. */
export const StripeErrorCode = {
  NotConfigured: 'STRIPE_NOT_CONFIGURED',
  SignatureMissing: 'SIGNATURE_MISSING',
  SignatureInvalid: 'SIGNATURE_INVALID',
  EventInvalid: 'STRIPE_EVENT_INVALID',
} as const;

/** Labels of payout methods and of why a partner cannot be paid. */
export const PAYOUT_METHOD_OPTIONS = [
  { value: 'PAYPAL', label: 'PayPal' },
  { value: 'BANK_TRANSFER', label: 'Bank transfer' },
  { value: 'CHECK', label: 'Check' },
  { value: 'OTHER', label: 'Other' },
] as const;

export const payoutMethodLabel = (method: string | null | undefined) =>
  PAYOUT_METHOD_OPTIONS.find((option) => option.value === method)?.label ?? method ?? '—';

const READINESS: Record<string, { label: string; color: string }> = {
  READY: { label: 'Ready', color: 'teal' },
  BELOW_MINIMUM: { label: 'Below minimum', color: 'yellow' },
  NO_PAYOUT_DETAILS: { label: 'No payout details', color: 'orange' },
  NOTHING_PAYABLE: { label: 'Nothing payable', color: 'gray' },
  ALREADY_PAID: { label: 'Paid by this batch', color: 'gray' },
};

export const readinessOf = (readiness: string) => READINESS[readiness] ?? { label: readiness, color: 'gray' };

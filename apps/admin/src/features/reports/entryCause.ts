/** What the drill-down says caused a ledger entry. */
export interface EntryCauseValue {
  kind: string;
  level?: number | null;
  orderExternalId?: string | null;
  leadExternalId?: string | null;
  customerEmail?: string | null;
  refundExternalId?: string | null;
  payoutBatchId?: string | null;
  method?: string | null;
  reference?: string | null;
  reason?: string | null;
  adminEmail?: string | null;
}

const METHODS: Record<string, string> = {
  PAYPAL: 'PayPal',
  BANK_TRANSFER: 'Bank transfer',
  CHECK: 'Check',
  OTHER: 'Other',
};

export const methodLabel = (method: string | null | undefined) => (method ? (METHODS[method] ?? method) : '');

/** One line about an entry's cause: "Sale o-1001 (level 2)", "Refund r-9 of o-1001", "Payout b-3, PayPal". */
export function describeCause(cause: EntryCauseValue): string {
  const level = cause.level != null ? ` (level ${cause.level})` : '';
  switch (cause.kind) {
    case 'SALE':
      return `Sale ${cause.orderExternalId ?? ''}${level}`.trim();
    case 'LEAD':
      return `Lead ${cause.leadExternalId ?? ''}${level}`.trim();
    case 'REFUND':
      return `Refund ${cause.refundExternalId ?? ''} of ${cause.orderExternalId ?? 'the sale'}${level}`;
    case 'PAYOUT':
      return [
        `Payout ${cause.payoutBatchId ?? ''}`.trim(),
        methodLabel(cause.method),
        cause.reference ? `ref. ${cause.reference}` : '',
      ]
        .filter(Boolean)
        .join(', ');
    case 'ADJUSTMENT':
      return `Adjustment: ${cause.reason ?? ''}${cause.adminEmail ? ` (by ${cause.adminEmail})` : ''}`;
    case 'REVIEW':
      return `Review${cause.adminEmail ? ` by ${cause.adminEmail}` : ''}${cause.reason ? `: ${cause.reason}` : ''}${level}`;
    default:
      return cause.kind;
  }
}

/** How the admin console describes the cause of a ledger entry. */
export function ledgerCauseText(cause: {
  kind: string;
  commissionId?: string | null;
  refundId?: string | null;
  reason?: string | null;
  adminName?: string | null;
}): string {
  const by = cause.adminName ? ` by ${cause.adminName}` : '';
  switch (cause.kind) {
    case 'COMMISSION_EARNED':
      return 'Commission earned';
    case 'REFUND':
      return 'Refund of the sale';
    case 'REVIEW_REJECTED':
      return `Rejected in review${by}`;
    case 'COMMISSION_REVERSED':
      return `Commission reversed${cause.reason ? ` (${cause.reason})` : ''}`;
    case 'PAYOUT':
      return 'Payout';
    case 'PAYMENT_VOID':
      return `Payment voided${by}${cause.reason ? `: ${cause.reason}` : ''}`;
    case 'ADJUSTMENT':
      return `Adjustment${by}: ${cause.reason ?? ''}`;
    default:
      return cause.kind;
  }
}

export type { Commission, CommissionReview, CommissionStatus } from './commission-record.types.js';
export {
  commissionStatus,
  createCommissions,
  flaggedCommissionIds,
  refundSale,
  reverseCommission,
  reviewCommission,
  type LifecycleDecision,
  type ReverseCommissionInput,
  type ReviewCommissionInput,
  type SaleAmounts,
  type SaleRefund,
} from './commission-lifecycle.js';

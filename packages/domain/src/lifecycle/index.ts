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
  type SaleRefund,
} from './commission-lifecycle.js';

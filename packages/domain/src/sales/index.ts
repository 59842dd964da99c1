export { SaleErrorCode } from './sales.errors.js';
export {
  applyInstalment,
  applyRefund,
  planRenewal,
  type RenewableItem,
  type RenewalInput,
  type RenewalPlan,
  type SaleAmounts,
} from './sale-payments.js';

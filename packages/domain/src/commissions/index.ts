export type {
  CalculateCommissionsInput,
  CalculateLeadCommissionsInput,
  ChainPartner,
  CommissionBase,
  CommissionLine,
  Credit,
  Lead,
  ManualCommissionOverride,
  Order,
  OrderItem,
  OrderPayment,
  RuleSource,
  RuleSourceLayer,
} from './commission.types.js';
export { CommissionErrorCode } from './commission.errors.js';
export { commissionBase } from './commission-base.js';
export { assertCredits, buildChain, partnersById } from './commission-chain.js';
export { calculateCommissions, calculateLeadCommissions } from './calculate-commissions.js';

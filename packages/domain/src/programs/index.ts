export {
  ATTRIBUTION_MODES,
  PAYOUT_TIMINGS,
  PERCENT_OF,
  RULE_LAYERS,
  UNUSED_LEVEL_SHARES,
  DEFAULT_PROGRAM_LEVELS,
  MAX_PROGRAM_LEVELS,
  MIN_PROGRAM_LEVELS,
  type AttributionMode,
  type CommissionRule,
  type LevelRule,
  type PartnerRateOverride,
  type PayoutTiming,
  type PercentOf,
  type Program,
  type ProgramInput,
  type ProgramIssue,
  type RecurringTerms,
  type RuleLayer,
  type SaleCommission,
  type SplitWeights,
  type UnusedLevelShare,
} from './program.types.js';
export { ProgramErrorCode } from './program.errors.js';
export {
  PROGRAM_DEFAULTS,
  assertLevelRules,
  assertPartnerOverride,
  defineProgram,
  programIssues,
} from './define-program.js';
export {
  mostSpecificRule,
  resolveRule,
  selectProgram,
  type ResolvedRule,
  type SubscriptionPayment,
} from './resolve-rule.js';

/** Stable codes of program rule violations. */
export const ProgramErrorCode = {
  /** `levels` is not an integer in 1..10, or a level rule names a level outside 1..program levels. */
  LevelsOutOfRange: 'PROGRAM_LEVELS_OUT_OF_RANGE',
  /** Two level rules of one rule (or override) name the same level. */
  LevelDuplicate: 'PROGRAM_LEVEL_DUPLICATE',
  /** Level 1 uses a percent of the child's commission, but level 1 has no child. */
  ChildCommissionAtLevelOne: 'PROGRAM_CHILD_COMMISSION_AT_LEVEL_1',
  /** The levels of one rule together would pay more than 100 % of the commission base. */
  RatesExceedBase: 'PROGRAM_RATES_EXCEED_BASE',
  /** A required text field (id, name) is empty. */
  FieldRequired: 'PROGRAM_FIELD_REQUIRED',
  /** A count (priority, days, minutes, payments, months) is not an integer in its range. */
  NumberInvalid: 'PROGRAM_NUMBER_INVALID',
  /** An enumerated setting has an unknown value. */
  OptionInvalid: 'PROGRAM_OPTION_INVALID',
  /** Split weights are missing for SPLIT attribution, or do not sum to 10,000 bp. */
  SplitWeightsInvalid: 'PROGRAM_SPLIT_WEIGHTS_INVALID',
  /** More than one DEFAULT rule, or more than one catch-all SUBSCRIPTION rule. */
  RuleLayerDuplicate: 'PROGRAM_RULE_LAYER_DUPLICATE',
  /** A product appears in two rules of the same layer, so neither is more specific. */
  RuleProductDuplicate: 'PROGRAM_RULE_PRODUCT_DUPLICATE',
  /** A PRODUCT rule without products, or products on a DEFAULT rule. */
  RuleProductsInvalid: 'PROGRAM_RULE_PRODUCTS_INVALID',
  /** Two rules share one id. */
  RuleIdDuplicate: 'PROGRAM_RULE_ID_DUPLICATE',
  /** Recurring terms on a non-SUBSCRIPTION rule, or `afterPayments` without `afterLevels` (or vice versa). */
  RecurringInvalid: 'PROGRAM_RECURRING_INVALID',
  /** Several program rules/overrides were given that do not belong together. */
  OverrideInvalid: 'PROGRAM_OVERRIDE_INVALID',
} as const;

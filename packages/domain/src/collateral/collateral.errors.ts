/** Stable codes of collateral rule violations. */
export const CollateralErrorCode = {
  MergeFieldUnknown: 'COLLATERAL_MERGE_FIELD_UNKNOWN',
  TypeNotAllowed: 'COLLATERAL_TYPE_NOT_ALLOWED',
  KindInvalid: 'COLLATERAL_KIND_INVALID',
} as const;

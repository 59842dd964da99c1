/** Stable codes of partner rule violations. */
export const PartnerErrorCode = {
  InvalidCode: 'PARTNER_CODE_INVALID',
  InvalidStatusTransition: 'PARTNER_STATUS_TRANSITION_INVALID',
  ParentCycle: 'PARTNER_PARENT_CYCLE',
} as const;

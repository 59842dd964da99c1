/** Error codes of programs (the domain's program rules have their own: `PROGRAM_LEVELS_OUT_OF_RANGE`, ...). */
export const ProgramApiErrorCode = {
  NotFound: 'PROGRAM_NOT_FOUND',
  CurrencyLocked: 'PROGRAM_CURRENCY_LOCKED',
} as const;

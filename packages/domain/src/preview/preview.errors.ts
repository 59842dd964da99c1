/** Stable codes of program-change preview errors. */
export const PreviewErrorCode = {
  /** The preview period ends before it starts. */
  PeriodInvalid: 'PREVIEW_PERIOD_INVALID',
  /** The changed program is not one of the programs of any previewed sale. */
  ProgramNotUsed: 'PREVIEW_PROGRAM_NOT_USED',
} as const;

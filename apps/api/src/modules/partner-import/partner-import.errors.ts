/** Error codes of the partner CSV import (the rows' problems also use the partners' and domain's codes). */
export const PartnerImportErrorCode = {
  ColumnMissing: 'CSV_COLUMN_MISSING',
  ColumnUnknown: 'CSV_COLUMN_UNKNOWN',
  Empty: 'CSV_EMPTY',
  TooLarge: 'CSV_TOO_LARGE',
  Invalid: 'CSV_INVALID',
  TooManyValues: 'CSV_TOO_MANY_VALUES',
  DuplicateCode: 'IMPORT_DUPLICATE_CODE',
  DuplicateEmail: 'IMPORT_DUPLICATE_EMAIL',
  Conflict: 'IMPORT_CONFLICT',
} as const;

/** Error codes of stored files. */
export const StorageErrorCode = {
  FileTooLarge: 'FILE_TOO_LARGE',
  FileMissing: 'STORED_FILE_MISSING',
} as const;

/** Error codes of the collateral library. */
export const CollateralApiErrorCode = {
  NotFound: 'COLLATERAL_NOT_FOUND',
  NotVisible: 'COLLATERAL_NOT_VISIBLE',
  SvgUnsafe: 'SVG_UNSAFE',
  ImageInvalid: 'IMAGE_INVALID',
  FileMissing: 'UPLOAD_FILE_MISSING',
  UploadInvalid: 'UPLOAD_INVALID',
  KindMismatch: 'COLLATERAL_KIND_MISMATCH',
  SortOrderInvalid: 'SORT_ORDER_INVALID',
} as const;

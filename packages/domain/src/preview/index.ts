export { PreviewErrorCode } from './preview.errors.js';
export {
  previewProgramChange,
  type PreviewSale,
  type ProgramChangePreview,
  type ProgramChangePreviewInput,
  type ProgramChangePreviewRow,
} from './preview-program-change.js';

import { DomainError } from '../errors/domain-error.js';
import { renderTemplateText, unknownMergeField } from '../signup/email-template.js';
import { CollateralErrorCode } from './collateral.errors.js';

/**
 * What an admin can put in the collateral library: banners (images) and files are uploaded; email swipes
 * and snippets are written.
 */
export const COLLATERAL_KINDS = ['BANNER', 'EMAIL_SWIPE', 'SNIPPET', 'FILE'] as const;
export type CollateralKind = (typeof COLLATERAL_KINDS)[number];

/** The kinds that carry an uploaded file. */
export const UPLOADED_COLLATERAL_KINDS = ['BANNER', 'FILE'] as const satisfies readonly CollateralKind[];
export type UploadedCollateralKind = (typeof UPLOADED_COLLATERAL_KINDS)[number];

/** A snippet is plain text or HTML (HTML gets its merge values escaped). */
export const SNIPPET_FORMATS = ['TEXT', 'HTML'] as const;
export type SnippetFormat = (typeof SNIPPET_FORMATS)[number];

/** Merge fields of swipes and snippets: the partner's own tracking link (to the item's landing URL), name, code. */
export const COLLATERAL_MERGE_FIELDS = ['trackingLink', 'name', 'code'] as const;

/** A file type as detected from a file's bytes (never from its name or its declared type). */
export interface DetectedFileType {
  /** Lower-case extension: `png`, `jpg`, `gif`, `webp`, `svg`, `pdf`, `zip`. */
  ext: string;
  mime: string;
}

/** The file types each uploaded kind accepts, by detected extension, with the type they are served as. */
export const COLLATERAL_FILE_TYPES: Readonly<
  Record<UploadedCollateralKind, Readonly<Record<string, string>>>
> = {
  BANNER: {
    png: 'image/png',
    jpg: 'image/jpeg',
    gif: 'image/gif',
    webp: 'image/webp',
    svg: 'image/svg+xml',
  },
  FILE: { pdf: 'application/pdf', zip: 'application/zip' },
};

/** Whether `raw` names an uploaded kind (`BANNER`, `FILE`); else `COLLATERAL_KIND_INVALID` on `field`. */
export function parseUploadedKind(raw: string | undefined, field: string): UploadedCollateralKind {
  const kind = (raw ?? '').trim().toUpperCase();
  if (!(UPLOADED_COLLATERAL_KINDS as readonly string[]).includes(kind)) {
    throw new DomainError(CollateralErrorCode.KindInvalid, 'kind is BANNER or FILE.', field);
  }
  return kind as UploadedCollateralKind;
}

/**
 * The content type a detected file is stored and served as, when `kind` accepts it.
 *
 * @throws DomainError `COLLATERAL_TYPE_NOT_ALLOWED` (field `file`) for anything else, including an
 * undetectable type (e.g. an HTML page named `.png`).
 */
export function acceptedContentType(kind: UploadedCollateralKind, detected: DetectedFileType | null): string {
  const allowed = COLLATERAL_FILE_TYPES[kind];
  const type = detected ? allowed[detected.ext] : undefined;
  if (!type) {
    const names = Object.keys(allowed)
      .map((ext) => ext.toUpperCase())
      .join(', ');
    throw new DomainError(
      CollateralErrorCode.TypeNotAllowed,
      `${kind === 'BANNER' ? 'A banner' : 'A file'} must be ${names}${detected ? ` (this file is ${detected.ext.toUpperCase()})` : ' (the type of this file is not recognised)'}.`,
      'file',
    );
  }
  return type;
}

/**
 * Checks a swipe's or snippet's text: every `{{field}}` must be one of {@link COLLATERAL_MERGE_FIELDS}.
 *
 * @throws DomainError `COLLATERAL_MERGE_FIELD_UNKNOWN` on `field`.
 */
export function assertCollateralText(text: string, field: string): void {
  const unknown = unknownMergeField(text, COLLATERAL_MERGE_FIELDS);
  if (unknown !== null) {
    throw new DomainError(
      CollateralErrorCode.MergeFieldUnknown,
      `Unknown merge field {{${unknown}}}. Use ${COLLATERAL_MERGE_FIELDS.map((f) => `{{${f}}}`).join(', ')}.`,
      field,
    );
  }
}

/** The values merged into one partner's copy of an item. */
export interface CollateralMergeValues {
  trackingLink: string;
  name: string;
  code: string;
}

/** Escapes text for an HTML element or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A swipe or snippet with the partner's values merged in; in `HTML` the values are escaped. */
export function renderCollateralText(
  text: string,
  values: CollateralMergeValues,
  format: SnippetFormat = 'TEXT',
): string {
  const merged: Record<string, string> =
    format === 'HTML'
      ? {
          trackingLink: escapeHtml(values.trackingLink),
          name: escapeHtml(values.name),
          code: escapeHtml(values.code),
        }
      : { ...values };
  return renderTemplateText(text, merged);
}

/** The HTML a partner pastes into a page: the banner image, linked with the partner's tracking link. */
export function bannerHtml(banner: {
  trackingLink: string;
  imageUrl: string;
  width: number | null;
  height: number | null;
  alt: string;
}): string {
  const size = banner.width && banner.height ? ` width="${banner.width}" height="${banner.height}"` : '';
  return `<a href="${escapeHtml(banner.trackingLink)}"><img src="${escapeHtml(banner.imageUrl)}"${size} alt="${escapeHtml(banner.alt)}"></a>`;
}

/**
 * The file name a download is offered under: the item's title made safe (letters, digits, `-`, `_`, at most
 * 80 characters; `download` when nothing is left) plus the extension of its detected type.
 */
export function downloadFileName(title: string, ext: string): string {
  const base =
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'download';
  return `${base}.${ext.replace(/[^a-z0-9]/gi, '').toLowerCase() || 'bin'}`;
}

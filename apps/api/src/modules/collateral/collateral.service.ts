import { randomBytes } from 'node:crypto';
import { type Readable } from 'node:stream';
import { type EntityManager } from '@mikro-orm/postgresql';
import {
  acceptedContentType,
  assertCollateralText,
  bannerHtml,
  type CollateralKind,
  type DetectedFileType,
  downloadFileName,
  parseUploadedKind,
  renderCollateralText,
  type SnippetFormat,
  type UploadedCollateralKind,
} from '@partnerkit/domain';
import { fileTypeFromBuffer, fileTypeFromStream } from 'file-type';
import { imageSize } from 'image-size';
import { fail } from '../../errors/app-error.js';
import { parseId, parseIds } from '../../common/ids.js';
import { requiredText } from '../../common/text.js';
import { Partner } from '../../kernel/partner.entity.js';
import { Program } from '../../kernel/program.entity.js';
import { type FileStorage, type StoredObject } from '../../storage/file-storage.js';
import { type TrackingLinkService } from '../tracking/tracking-link.service.js';
import { CollateralItem } from './collateral-item.entity.js';
import { CollateralUsage } from './collateral-usage.entity.js';
import { type CreateCollateralInput, type UpdateCollateralInput } from './collateral.input.js';
import {
  type CollateralUsageSummary,
  type CollateralUseKind,
  type PartnerCollateral,
} from './collateral.type.js';
import { inspectSvg } from './svg-inspection.js';

/** Size limits of uploads, in bytes. */
export interface CollateralLimits {
  bannerBytes: number;
  fileBytes: number;
}

/** The checked metadata of an upload, ready before its file is read. */
export interface UploadPlan {
  kind: UploadedCollateralKind;
  title: string;
  notes: string;
  sortOrder: number;
  landingUrl: string | null;
  programIds: string[];
  maxBytes: number;
}

/** An uploaded file in storage, with what its bytes say it is. Discard it when it is not used. */
export interface ReceivedFile {
  stored: StoredObject;
  contentType: string;
  fileExtension: string;
  width: number | null;
  height: number | null;
}

/** A file to send: its bytes, type and name. */
export interface CollateralDownload {
  body: Readable | string;
  contentType: string;
  fileName: string;
  byteSize: number | null;
}

const MAX_NOTES = 5_000;
const MAX_BODY = 50_000;
const MAX_SORT = 1_000_000;
const UPLOAD_FIELDS = ['kind', 'title', 'notes', 'sortOrder', 'landingUrl', 'programIds'] as const;

/**
 * The collateral library: admins upload banners and files (through the upload route) and write swipes and
 * snippets; partners get the items their programs can see, with their own tracking link merged in.
 */
export class CollateralService {
  constructor(
    private readonly storage: FileStorage,
    private readonly links: TrackingLinkService,
    readonly limits: CollateralLimits,
  ) {}

  // --- Admin: the library ------------------------------------------------------------------------------

  list(em: EntityManager, kind: CollateralKind | null | undefined, includeArchived: boolean) {
    return em.find(
      CollateralItem,
      { ...(kind ? { kind } : {}), ...(includeArchived ? {} : { archived: false }) },
      { orderBy: { kind: 'asc', sortOrder: 'asc', title: 'asc', id: 'asc' }, populate: ['programs'] },
    );
  }

  async get(em: EntityManager, id: string): Promise<CollateralItem> {
    const item = await em.findOne(CollateralItem, { id: parseId(id) }, { populate: ['programs'] });
    if (!item) fail('COLLATERAL_NOT_FOUND', 'No collateral item has this id.', 'id');
    return item;
  }

  /** A written item (email swipe or snippet); everything is checked before anything is written. */
  async create(em: EntityManager, input: CreateCollateralInput): Promise<CollateralItem> {
    if (input.kind !== 'EMAIL_SWIPE' && input.kind !== 'SNIPPET') {
      fail('COLLATERAL_KIND_MISMATCH', 'Banners and files are uploaded (POST /collateral/uploads).', 'kind');
    }
    const common = await this.checkCommon(em, input);
    const text = this.checkText(input.kind, input);
    return em.transactional(async (tx) => {
      const item = tx.create(CollateralItem, { kind: input.kind, ...common.fields, ...text });
      item.programs.set(await this.findPrograms(tx, common.programIds));
      return item;
    });
  }

  async update(em: EntityManager, id: string, input: UpdateCollateralInput): Promise<CollateralItem> {
    const current = await this.get(em, id);
    const title = input.title != null ? requiredText(input.title, 'title', 200) : undefined;
    const notes = input.notes != null ? checkNotes(input.notes) : undefined;
    const sortOrder = input.sortOrder != null ? checkSortOrder(input.sortOrder) : undefined;
    const landingUrl =
      input.landingUrl === undefined ? undefined : await this.checkLandingUrl(em, input.landingUrl ?? null);
    const programIds = input.programIds != null ? checkProgramIds(input.programIds) : undefined;
    const text =
      input.subject != null || input.body != null || input.format != null
        ? this.checkText(current.kind, {
            subject: input.subject ?? current.subject,
            body: input.body ?? current.body ?? '',
            format: input.format ?? current.format,
          })
        : undefined;
    return em.transactional(async (tx) => {
      const item = await tx.findOneOrFail(CollateralItem, { id: current.id }, { populate: ['programs'] });
      if (title !== undefined) item.title = title;
      if (notes !== undefined) item.notes = notes;
      if (sortOrder !== undefined) item.sortOrder = sortOrder;
      if (landingUrl !== undefined) item.landingUrl = landingUrl;
      if (text) Object.assign(item, text);
      if (programIds !== undefined) item.programs.set(await this.findPrograms(tx, programIds));
      if (input.archived != null) item.archived = input.archived;
      return item;
    });
  }

  /** Deletes the item, its usage counters and its file (the file after the row is gone). */
  async delete(em: EntityManager, id: string): Promise<boolean> {
    const item = await this.get(em, id);
    const key = item.storageKey;
    await em.transactional(async (tx) => {
      await tx.nativeDelete(CollateralUsage, { item: item.id });
      await tx.nativeDelete(CollateralItem, { id: item.id });
    });
    if (key) await this.storage.delete(key);
    return true;
  }

  async usage(em: EntityManager, itemId: string): Promise<CollateralUsageSummary> {
    const rows = await em.find(
      CollateralUsage,
      { item: itemId },
      { populate: ['partner'], orderBy: { lastUsedAt: 'desc' } },
    );
    rows.sort((a, b) => b.copies + b.downloads - (a.copies + a.downloads));
    return {
      copies: rows.reduce((sum, row) => sum + row.copies, 0),
      downloads: rows.reduce((sum, row) => sum + row.downloads, 0),
      partners: rows.map((row) => ({
        partner: row.partner,
        copies: row.copies,
        downloads: row.downloads,
        lastUsedAt: row.lastUsedAt,
      })),
    };
  }

  // --- Admin: uploads ----------------------------------------------------------------------------------

  /**
   * Checks an upload's form fields (sent before its file) so that a bad upload is refused before its file
   * is read: kind, title, notes, sort order, landing URL (an allowed domain) and programs.
   */
  async planUpload(em: EntityManager, fields: Readonly<Record<string, string[]>>): Promise<UploadPlan> {
    for (const name of Object.keys(fields)) {
      if (!(UPLOAD_FIELDS as readonly string[]).includes(name)) {
        fail('UPLOAD_INVALID', `Unknown field "${name}" (fields: ${UPLOAD_FIELDS.join(', ')}, file).`, name);
      }
    }
    const one = (name: string) => fields[name]?.at(-1);
    const kind = parseUploadedKind(one('kind'), 'kind');
    const rawSort = one('sortOrder')?.trim();
    if (rawSort && !/^-?\d{1,7}$/.test(rawSort)) {
      fail('SORT_ORDER_INVALID', 'sortOrder is a whole number.', 'sortOrder');
    }
    const programIds = (fields.programIds ?? [])
      .flatMap((value) => value.split(','))
      .map((value) => value.trim())
      .filter(Boolean);
    const common = await this.checkCommon(em, {
      title: one('title') ?? '',
      notes: one('notes') ?? '',
      sortOrder: rawSort ? Number(rawSort) : 0,
      landingUrl: one('landingUrl') ?? null,
      programIds,
    });
    await this.findPrograms(em, common.programIds);
    return {
      kind,
      ...common.fields,
      programIds: common.programIds,
      maxBytes: kind === 'BANNER' ? this.limits.bannerBytes : this.limits.fileBytes,
    };
  }

  /**
   * Streams the file into storage (refused past the kind's size limit while streaming) and finds out what
   * it is from its bytes: PNG, JPEG, GIF, WebP or a safe SVG for banners (with their size in pixels), PDF or
   * ZIP for files. Anything else is removed from storage again and refused.
   */
  async receiveFile(plan: UploadPlan, stream: Readable): Promise<ReceivedFile> {
    const stored = await this.storage.put(stream, { maxBytes: plan.maxBytes });
    try {
      return { stored, ...(await this.identify(plan.kind, stored)) };
    } catch (error) {
      await this.storage.delete(stored.key);
      throw error;
    }
  }

  /** Removes a received file that will not be used. */
  discard(file: ReceivedFile): Promise<void> {
    return this.storage.delete(file.stored.key);
  }

  /** Creates the item of an upload; when that fails, the file is removed from storage. */
  async createUploaded(em: EntityManager, plan: UploadPlan, file: ReceivedFile): Promise<CollateralItem> {
    try {
      return await em.transactional(async (tx) => {
        const item = tx.create(CollateralItem, {
          kind: plan.kind,
          title: plan.title,
          notes: plan.notes,
          sortOrder: plan.sortOrder,
          landingUrl: plan.landingUrl,
          storageKey: file.stored.key,
          contentType: file.contentType,
          fileExtension: file.fileExtension,
          byteSize: file.stored.byteSize,
          sha256: file.stored.sha256,
          width: file.width,
          height: file.height,
          publicToken: plan.kind === 'BANNER' ? randomBytes(16).toString('hex') : null,
        });
        item.programs.set(await this.findPrograms(tx, plan.programIds));
        return item;
      });
    } catch (error) {
      await this.discard(file);
      throw error;
    }
  }

  private async identify(kind: UploadedCollateralKind, stored: StoredObject) {
    const detected = await this.detectType(kind, stored);
    const contentType = acceptedContentType(kind, detected.type);
    const size = kind === 'BANNER' ? (detected.svg ?? rasterSize(detected.type!.ext, detected.bytes!)) : null;
    return {
      contentType,
      fileExtension: detected.type!.ext,
      width: size?.width ?? null,
      height: size?.height ?? null,
    };
  }

  /** The type from the bytes (file-type); SVG, which is text, by parsing it. */
  private async detectType(kind: UploadedCollateralKind, stored: StoredObject) {
    if (kind === 'FILE') {
      const stream = await this.storage.get(stored.key);
      try {
        const type = await fileTypeFromStream(stream);
        return { type: type ? toDetected(type) : null };
      } finally {
        stream.destroy();
      }
    }
    const bytes = await readAll(await this.storage.get(stored.key));
    const type = await fileTypeFromBuffer(bytes);
    if (type && type.ext !== 'xml') return { type: toDetected(type), bytes };
    const svg = inspectSvg(decodeUtf8(bytes));
    if (!svg) return { type: null };
    return { type: { ext: 'svg', mime: 'image/svg+xml' }, svg, bytes };
  }

  // --- Partners ----------------------------------------------------------------------------------------

  /** The items the partner's programs can see (active partners only), with their tracking link merged in. */
  async partnerItems(
    em: EntityManager,
    partnerId: string,
    baseUrl: string,
    kind: CollateralKind | null | undefined,
  ): Promise<PartnerCollateral[]> {
    const partner = await em.findOneOrFail(Partner, { id: partnerId }, { populate: ['programs'] });
    if (partner.status !== 'ACTIVE') return [];
    const programIds = partner.programs.getItems().map((program) => program.id);
    if (programIds.length === 0) return [];
    const items = await em.find(
      CollateralItem,
      { archived: false, programs: { $in: programIds }, ...(kind ? { kind } : {}) },
      { orderBy: { kind: 'asc', sortOrder: 'asc', title: 'asc', id: 'asc' } },
    );
    const linkTo = await this.links.partnerLinkTo(em, partnerId, baseUrl);
    return items.map((item) => this.partnerView(item, partner, linkTo(item.landingUrl), baseUrl));
  }

  /** Counts a copy (or a download) by the partner of an item they can see. */
  async recordUse(
    em: EntityManager,
    partnerId: string,
    id: string,
    kind: CollateralUseKind,
  ): Promise<boolean> {
    const item = await this.visibleItem(em, partnerId, id);
    await this.count(em, item.id, partnerId, kind);
    return true;
  }

  /**
   * A download: for an admin (`partnerId` null) the stored file or the written text as it is; for a partner,
   * only an item their programs can see (`COLLATERAL_NOT_VISIBLE`), with their values merged in, counted.
   */
  async download(
    em: EntityManager,
    partnerId: string | null,
    id: string,
    baseUrl: string,
    /** Whether a partner's download counts in the item's usage (not for an admin's read-only view). */
    { count = true }: { count?: boolean } = {},
  ): Promise<CollateralDownload> {
    const item = partnerId ? await this.visibleItem(em, partnerId, id) : await this.get(em, id);
    let download: CollateralDownload;
    if (item.storageKey) {
      download = {
        body: await this.storage.get(item.storageKey),
        contentType: item.contentType ?? 'application/octet-stream',
        fileName: downloadFileName(item.title, item.fileExtension ?? 'bin'),
        byteSize: item.byteSize,
      };
    } else {
      let text =
        item.kind === 'EMAIL_SWIPE'
          ? `Subject: ${item.subject ?? ''}\n\n${item.body ?? ''}`
          : (item.body ?? '');
      if (partnerId) {
        const partner = await em.findOneOrFail(Partner, { id: partnerId });
        const link = (await this.links.partnerLinkTo(em, partnerId, baseUrl))(item.landingUrl);
        text = renderCollateralText(
          text,
          { trackingLink: link, name: partner.name, code: partner.code },
          item.format ?? 'TEXT',
        );
      }
      const html = item.kind === 'SNIPPET' && item.format === 'HTML';
      download = {
        body: text,
        contentType: html ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8',
        fileName: downloadFileName(item.title, html ? 'html' : 'txt'),
        byteSize: null,
      };
    }
    if (partnerId && count) await this.count(em, item.id, partnerId, 'DOWNLOAD');
    return download;
  }

  /** A banner's public image (the address in its HTML); archived banners keep working, deleted ones do not. */
  async publicBanner(em: EntityManager, name: string): Promise<CollateralDownload> {
    const match = /^([0-9a-f]{32})\.([a-z0-9]{1,10})$/.exec(name);
    const item = match
      ? await em.findOne(CollateralItem, { publicToken: match[1]!, fileExtension: match[2]!, kind: 'BANNER' })
      : null;
    if (!item?.storageKey) fail('COLLATERAL_NOT_FOUND', 'No banner has this address.');
    return {
      body: await this.storage.get(item.storageKey),
      contentType: item.contentType!,
      fileName: downloadFileName(item.title, item.fileExtension!),
      byteSize: item.byteSize,
    };
  }

  /** `/collateral/banners/<token>.<ext>` under `baseUrl`, for banners. */
  imageUrl(item: CollateralItem, baseUrl: string): string | null {
    return item.kind === 'BANNER' && item.publicToken
      ? `${baseUrl}/collateral/banners/${item.publicToken}.${item.fileExtension}`
      : null;
  }

  downloadUrl(item: CollateralItem, baseUrl: string, app: 'admin' | 'portal'): string | null {
    return item.kind === 'SNIPPET' && app === 'portal'
      ? null
      : `${baseUrl}/collateral/${item.id}/download?app=${app}`;
  }

  private partnerView(
    item: CollateralItem,
    partner: Partner,
    trackingLink: string,
    baseUrl: string,
  ): PartnerCollateral {
    const values = { trackingLink, name: partner.name, code: partner.code };
    const imageUrl = this.imageUrl(item, baseUrl);
    return {
      id: item.id,
      kind: item.kind,
      title: item.title,
      notes: item.notes,
      landingUrl: item.landingUrl,
      trackingLink,
      contentType: item.contentType,
      fileExtension: item.fileExtension,
      byteSize: item.byteSize,
      width: item.width,
      height: item.height,
      imageUrl,
      bannerHtml: imageUrl
        ? bannerHtml({ trackingLink, imageUrl, width: item.width, height: item.height, alt: item.title })
        : null,
      subject: item.subject !== null ? renderCollateralText(item.subject, values) : null,
      body: item.body !== null ? renderCollateralText(item.body, values, item.format ?? 'TEXT') : null,
      format: item.format,
      downloadUrl: this.downloadUrl(item, baseUrl, 'portal'),
      updatedAt: item.updatedAt,
    };
  }

  /** The item, when the partner is active and shares a program with it (else `COLLATERAL_NOT_VISIBLE`). */
  private async visibleItem(em: EntityManager, partnerId: string, id: string): Promise<CollateralItem> {
    const item = await this.get(em, id);
    const partner = await em.findOneOrFail(Partner, { id: partnerId }, { populate: ['programs'] });
    const mine = new Set(partner.programs.getItems().map((program) => program.id));
    const visible =
      partner.status === 'ACTIVE' && !item.archived && item.programs.getItems().some((p) => mine.has(p.id));
    if (!visible) fail('COLLATERAL_NOT_VISIBLE', 'This item is not available to you.', 'id');
    return item;
  }

  /** One more copy or download: `INSERT ... ON CONFLICT DO UPDATE`, exact under concurrent uses. */
  private async count(em: EntityManager, itemId: string, partnerId: string, kind: CollateralUseKind) {
    await em
      .getConnection()
      .execute(
        'insert into collateral_usages (item_id, partner_id, copies, downloads, last_used_at) values (?, ?, ?, ?, now())' +
          ' on conflict (item_id, partner_id) do update set copies = collateral_usages.copies + excluded.copies,' +
          ' downloads = collateral_usages.downloads + excluded.downloads, last_used_at = now()',
        [itemId, partnerId, kind === 'COPY' ? 1 : 0, kind === 'DOWNLOAD' ? 1 : 0],
      );
  }

  // --- Checks ------------------------------------------------------------------------------------------

  private async checkCommon(
    em: EntityManager,
    input: {
      title: string;
      notes?: string | null;
      sortOrder?: number | null;
      landingUrl?: string | null;
      programIds: readonly string[];
    },
  ) {
    const title = requiredText(input.title, 'title', 200);
    const notes = checkNotes(input.notes ?? '');
    const sortOrder = checkSortOrder(input.sortOrder ?? 0);
    const landingUrl = await this.checkLandingUrl(em, input.landingUrl ?? null);
    const programIds = checkProgramIds(input.programIds);
    return { fields: { title, notes, sortOrder, landingUrl }, programIds };
  }

  private checkLandingUrl(em: EntityManager, raw: string | null): Promise<string | null> | null {
    if (raw === null || raw.trim() === '') return null;
    return this.links.allowedLandingUrl(em, raw.trim(), 'landingUrl');
  }

  private checkText(
    kind: CollateralKind,
    input: { subject?: string | null; body?: string | null; format?: SnippetFormat | null },
  ) {
    if (kind !== 'EMAIL_SWIPE' && kind !== 'SNIPPET') {
      if (input.subject != null || input.body != null || input.format != null) {
        fail('COLLATERAL_KIND_MISMATCH', 'Only email swipes and snippets have a text.', 'body');
      }
      return {};
    }
    const body = input.body ?? '';
    if (body.trim() === '') fail('REQUIRED', 'body is required.', 'body');
    if (body.length > MAX_BODY) fail('TOO_LONG', `body has at most ${MAX_BODY} characters.`, 'body');
    assertCollateralText(body, 'body');
    if (kind === 'EMAIL_SWIPE') {
      const subject = requiredText(input.subject ?? '', 'subject', 300);
      assertCollateralText(subject, 'subject');
      if (input.format != null) fail('COLLATERAL_KIND_MISMATCH', 'Only snippets have a format.', 'format');
      return { subject, body, format: null };
    }
    if (input.subject != null && input.subject !== '') {
      fail('COLLATERAL_KIND_MISMATCH', 'Only email swipes have a subject.', 'subject');
    }
    return { subject: null, body, format: input.format ?? 'TEXT' };
  }

  private async findPrograms(em: EntityManager, ids: string[]): Promise<Program[]> {
    const programs = await em.find(Program, { id: { $in: ids } });
    if (programs.length !== ids.length) {
      fail('PROGRAM_NOT_FOUND', 'One of the programs does not exist.', 'programIds');
    }
    return programs;
  }
}

function checkNotes(raw: string): string {
  const notes = raw.trim();
  if (notes.length > MAX_NOTES) fail('TOO_LONG', `notes has at most ${MAX_NOTES} characters.`, 'notes');
  return notes;
}

function checkSortOrder(value: number): number {
  if (!Number.isInteger(value) || Math.abs(value) > MAX_SORT) {
    fail('SORT_ORDER_INVALID', `sortOrder is a whole number from -${MAX_SORT} to ${MAX_SORT}.`, 'sortOrder');
  }
  return value;
}

function checkProgramIds(raw: readonly string[]): string[] {
  const ids = [...new Set(parseIds(raw, 'programIds'))];
  if (ids.length === 0) fail('REQUIRED', 'Choose at least one program.', 'programIds');
  return ids;
}

const toDetected = (type: { ext: string; mime: string }): DetectedFileType => ({
  ext: type.ext,
  mime: type.mime,
});

/** Width and height of a raster banner; an image whose header cannot be read is refused. */
function rasterSize(ext: string, bytes: Buffer) {
  try {
    const size = imageSize(bytes);
    const same = size.type === ext || (size.type === 'jpg' && ext === 'jpg');
    if (same && size.width > 0 && size.height > 0) return { width: size.width, height: size.height };
  } catch {
    // refused below
  }
  return fail('IMAGE_INVALID', 'The image cannot be read (a damaged or unfinished file?).', 'file');
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** UTF-8 text, or an empty string when the bytes are not UTF-8 (then it is not an SVG we take). */
function decodeUtf8(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return '';
  }
}

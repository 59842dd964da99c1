import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { fail } from '../errors/app-error.js';
import { type Actor } from './actor.js';
import { type Page } from './paginate.js';

/**
 * What partners see of ids that embed other records' ids. Commission and ledger-entry ids are deterministic
 * keys of the commission engine (`ORDER:<order>:<credited partner>:…:L2:<earner>…`, `commission:<that>`):
 * shown as they are, a recruiter would read the UUID of the partner who made the sale. Partners get a keyed
 * hash of such an id instead (stable, so lists and live events still match up; not reversible without the
 * server's secret), and their page cursors (which carry the last id) sealed with AES-256-GCM. Admins and API
 * keys keep the real ids. UUIDs of the partner's own records (orders, leads, batches) stay as they are.
 */
export class PartnerFacingIds {
  private readonly hashKey: Buffer;
  private readonly cursorKey: Buffer;

  constructor(secret: string) {
    this.hashKey = createHmac('sha256', secret).update('partner-facing-ids').digest();
    this.cursorKey = createHmac('sha256', secret).update('partner-facing-cursors').digest();
  }

  /** `id` as `actor` may see it: a composite key is hashed for partners; anything else is unchanged. */
  id<T extends string | null | undefined>(actor: Actor, id: T): T | string {
    if (actor.kind !== 'partner' || typeof id !== 'string' || !id.includes(':')) return id;
    return `k_${createHmac('sha256', this.hashKey).update(id).digest('base64url').slice(0, 32)}`;
  }

  /** The list cursor a partner sent, opened (`CURSOR_INVALID` when it is not one we sealed). */
  openCursor(actor: Actor, after: string | null | undefined): string | null | undefined {
    if (actor.kind !== 'partner' || after == null) return after;
    try {
      const raw = Buffer.from(after, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', this.cursorKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(raw.length - 16));
      return Buffer.concat([decipher.update(raw.subarray(12, raw.length - 16)), decipher.final()]).toString(
        'utf8',
      );
    } catch {
      return fail('CURSOR_INVALID', 'This is not a cursor of this list.', 'after');
    }
  }

  /** The page with its `endCursor` sealed for a partner (the page's lazy `totalCount` stays lazy). */
  sealPage<T>(actor: Actor, page: Page<T>): Page<T> {
    const cursor = page.pageInfo.endCursor;
    if (actor.kind !== 'partner' || cursor === null) return page;
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.cursorKey, iv);
    const sealed = Buffer.concat([iv, cipher.update(cursor, 'utf8'), cipher.final(), cipher.getAuthTag()]);
    page.pageInfo = { ...page.pageInfo, endCursor: sealed.toString('base64url') };
    return page;
  }
}

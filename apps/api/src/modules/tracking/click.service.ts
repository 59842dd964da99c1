import { type EntityManager } from '@mikro-orm/postgresql';
import { addDaysToDayKey, localDayKey, zonedDayStart, type Touch } from '@partnerkit/domain';
import { fail } from '../../errors/app-error.js';
import { parseId } from '../../common/ids.js';
import { plainRows } from '../../database/plain-statements.js';
import { Partner } from '../../kernel/partner.entity.js';
import { TrackingLink } from './tracking-link.entity.js';
import { DEFAULT_LINK_KEY } from './click-stat.entity.js';
import { type ClickStats, type ClickSummary } from './click.type.js';

const MAX_RANGE_MS = 400 * 86_400_000;

/** Most touches attribution looks at (the most recent ones). */
const MAX_TOUCHES = 500;

/**
 * {@link ClickService.touches}' statement. An IP hash is looked up by its 64-bit hash, the key of the clicks'
 * IP index (`clicks_ip_key_clicked_at_index`), then compared whole.
 */
export function touchesStatement(
  by: { visitorId: string } | { ipHash: string },
  at: Date,
  minutes?: number,
): { sql: string; params: unknown[] } {
  const [match, params] =
    'visitorId' in by
      ? ['visitor_id = ?', [by.visitorId]]
      : ['hashtextextended(ip_hash, 0) = hashtextextended(?, 0) and ip_hash = ?', [by.ipHash, by.ipHash]];
  return {
    sql: `select partner_id, clicked_at from clicks
      where ${match} and not is_bot and clicked_at <= ?${minutes ? ' and clicked_at >= ?' : ''}
      order by clicked_at desc limit ${MAX_TOUCHES}`,
    params: [...params, at, ...(minutes ? [new Date(at.getTime() - minutes * 60_000)] : [])],
  };
}

/** Click statistics, read from the hourly rollup (never from raw clicks), and the clicks of a visitor. */
export class ClickService {
  /**
   * The human clicks of one visitor id or one IP hash up to `at` (optionally only within the last
   * `minutes`), oldest first: the touches attribution weighs. At most the 500 most recent. A plain read
   * (`plainRows`: it travels with the order's other reads of the same turn).
   */
  async touches(
    em: EntityManager,
    by: { visitorId: string } | { ipHash: string },
    at: Date,
    minutes?: number,
  ): Promise<Touch[]> {
    const { sql, params } = touchesStatement(by, at, minutes);
    const rows = await plainRows<{ partner_id: string; clicked_at: Date | string }>(em, sql, params);
    return rows.map((row) => ({ partnerId: row.partner_id, at: new Date(row.clicked_at) })).reverse();
  }

  /** Counts over [from, to) for one partner, or for all partners when `partnerId` is null. */
  async stats(em: EntityManager, partnerId: string | null, from: Date, to: Date): Promise<ClickStats> {
    if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) {
      fail('STATS_RANGE_INVALID', '`from` comes before `to`.', 'from');
    }
    if (to.getTime() - from.getTime() > MAX_RANGE_MS) {
      fail('STATS_RANGE_TOO_LONG', 'Ask for at most 400 days at once.', 'to');
    }
    const params: unknown[] = [from, to];
    let filter = '';
    if (partnerId) {
      filter = ' and partner_id = ?';
      params.push(parseId(partnerId, 'partnerId'));
    }
    const rows = await em
      .getConnection()
      .execute<Array<{ link_key: string; raw: string; unique: string; bot: string }>>(
        `select link_key, sum(raw_count) as raw, sum(unique_count) as unique, sum(bot_count) as bot
         from click_stats_hourly
        where hour >= date_trunc('hour', ?::timestamptz) and hour < ?${filter}
        group by link_key`,
        params,
      );
    const linkIds = rows.map((row) => row.link_key).filter((key) => key !== DEFAULT_LINK_KEY);
    const links = new Map(
      (linkIds.length ? await em.find(TrackingLink, { id: { $in: linkIds } }) : []).map((link) => [
        link.id,
        link,
      ]),
    );
    const byLink = rows
      .map((row) => {
        const link = links.get(row.link_key) ?? null;
        return {
          trackingLink: link,
          name:
            link?.name ??
            (row.link_key === DEFAULT_LINK_KEY ? 'Default link and deep links' : 'Removed link'),
          slug: link?.slug ?? null,
          raw: Number(row.raw),
          unique: Number(row.unique),
          bot: Number(row.bot),
        };
      })
      .sort((a, b) => b.raw - a.raw || a.name.localeCompare(b.name));
    return {
      from,
      to,
      raw: byLink.reduce((sum, link) => sum + link.raw, 0),
      unique: byLink.reduce((sum, link) => sum + link.unique, 0),
      bot: byLink.reduce((sum, link) => sum + link.bot, 0),
      byLink,
    };
  }

  /**
   * Today, the last 7 and the last 30 days (today included) for a partner, with day boundaries in the time
   * zone of the partner's first program by priority (UTC without programs).
   */
  async summary(em: EntityManager, partnerId: string, now = new Date()): Promise<ClickSummary> {
    const partner = await em.findOneOrFail(Partner, { id: partnerId }, { populate: ['programs'] });
    const [first] = partner.programs
      .getItems()
      .sort((a, b) => a.priority - b.priority || a.createdAt.getTime() - b.createdAt.getTime());
    const timeZone = first?.timeZone ?? 'UTC';
    const today = localDayKey(now, timeZone);
    const to = new Date(now.getTime() + 1);
    const since = (days: number) => zonedDayStart(addDaysToDayKey(today, -days), timeZone);
    return {
      timeZone,
      today: await this.stats(em, partnerId, since(0), to),
      last7Days: await this.stats(em, partnerId, since(6), to),
      last30Days: await this.stats(em, partnerId, since(29), to),
    };
  }
}

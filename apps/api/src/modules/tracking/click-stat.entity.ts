import { Entity, Index, ManyToOne, PrimaryKey, Property, type Opt } from '@mikro-orm/core';
import { Partner } from '../../kernel/partner.entity.js';

/** `linkKey` of clicks on the partner's default link and deep links (no named link). */
export const DEFAULT_LINK_KEY = 'default';

/**
 * Hourly click counts per partner and link, maintained by the click buffer in the same transaction as the
 * raw clicks (`INSERT ... ON CONFLICT DO UPDATE`). Reports read this, never the raw clicks.
 */
@Entity({ tableName: 'click_stats_hourly' })
// `clickStats` over all partners reads a range of hours.
@Index({ properties: ['hour'] })
export class ClickStat {
  @ManyToOne(() => Partner, { primary: true, deleteRule: 'cascade' })
  partner!: Partner;

  /** The named tracking link's id, or `default` for the default link and deep links. */
  @PrimaryKey({ type: 'string', length: 36 })
  linkKey!: string;

  /** Start of the UTC hour. */
  @PrimaryKey({ type: 'datetime', columnType: 'timestamptz' })
  hour!: Date;

  @Property({ type: 'integer', default: 0 })
  rawCount: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  uniqueCount: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  botCount: Opt<number> = 0;
}

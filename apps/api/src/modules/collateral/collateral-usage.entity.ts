import { Entity, ManyToOne, Property, type Opt } from '@mikro-orm/core';
import { Partner } from '../../kernel/partner.entity.js';
import { CollateralItem } from './collateral-item.entity.js';

/**
 * How often one partner copied and downloaded one item: counters kept by `INSERT ... ON CONFLICT DO UPDATE`
 * (exact under concurrent uses). Deleted with the item or the partner.
 */
@Entity({ tableName: 'collateral_usages' })
export class CollateralUsage {
  @ManyToOne(() => CollateralItem, { primary: true, deleteRule: 'cascade' })
  item!: CollateralItem;

  @ManyToOne(() => Partner, { primary: true, deleteRule: 'cascade' })
  partner!: Partner;

  @Property({ type: 'integer', default: 0 })
  copies: Opt<number> = 0;

  @Property({ type: 'integer', default: 0 })
  downloads: Opt<number> = 0;

  @Property({ type: 'datetime', columnType: 'timestamptz' })
  lastUsedAt!: Date;
}

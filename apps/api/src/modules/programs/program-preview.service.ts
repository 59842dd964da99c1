import { type EntityManager } from '@mikro-orm/postgresql';
import { defineProgram, previewProgramChange, type PreviewSale } from '@partnerkit/domain';
import { fail } from '../../errors/app-error.js';
import { parseId } from '../../common/ids.js';
import { type CommissionService } from '../commissions/commission.service.js';
import { MoneyType } from '../../graphql/money.type.js';
import { SaleOrder } from '../../kernel/order.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import { Program } from '../../kernel/program.entity.js';
import { type UpdateProgramInput } from './program.input.js';
import { toDomainProgram } from '../../kernel/program.mapper.js';
import { settingsFromInput } from './program.service.js';
import { type ProgramChangePreview } from './program-preview.type.js';

/** At most this many sales (the most recent of the period) are recomputed per preview. */
export const PREVIEW_SALES_LIMIT = 5_000;
const MAX_PERIOD_DAYS = 366;

/**
 * The "what if" of a program edit: every attributed sale of the period whose credited partners belong to
 * the program is recomputed by the domain as recorded and as changed; the difference per partner is shown.
 * Reads only; the program and its commissions stay as they are.
 */
export class ProgramPreviewService {
  constructor(private readonly commissions: CommissionService) {}

  async preview(
    em: EntityManager,
    programId: string,
    input: UpdateProgramInput,
    from: Date,
    to: Date,
  ): Promise<ProgramChangePreview> {
    if (!(to > from) || to.getTime() - from.getTime() > MAX_PERIOD_DAYS * 86_400_000) {
      fail(
        'PREVIEW_PERIOD_INVALID',
        `A preview period ends after it starts and spans at most ${MAX_PERIOD_DAYS} days.`,
        'to',
      );
    }
    const program = await em.findOne(Program, { id: parseId(programId, 'programId') });
    if (!program) fail('PROGRAM_NOT_FOUND', 'Program not found.', 'programId');
    const changed = defineProgram({ ...toDomainProgram(program), ...settingsFromInput(input) });

    const orders = await em.find(
      SaleOrder,
      { orderedAt: { $gte: from, $lt: to }, attributionMethod: { $ne: 'NONE' } },
      { orderBy: { orderedAt: 'desc', id: 'desc' }, limit: PREVIEW_SALES_LIMIT + 1, populate: ['renewalOf'] },
    );
    const truncated = orders.length > PREVIEW_SALES_LIMIT;
    const cache = new Map();
    const sales: PreviewSale[] = [];
    for (const order of orders.slice(0, PREVIEW_SALES_LIMIT)) {
      const sale = await this.commissions.saleInput(em, order, cache);
      if (sale && sale.programs.some((p) => p.id === program.id)) sales.push(sale.input);
    }
    if (sales.length === 0) return { salesCompared: 0, truncated, rows: [] };

    const result = previewProgramChange({ sales, changed, from, to });
    const partners = await em.find(Partner, { id: { $in: result.rows.map((row) => row.partnerId) } });
    const byId = new Map(partners.map((partner) => [partner.id, partner]));
    return {
      salesCompared: result.salesCompared,
      truncated,
      rows: result.rows.map((row) => ({
        partner: byId.get(row.partnerId)!,
        current: MoneyType.of(row.current),
        changed: MoneyType.of(row.changed),
        difference: MoneyType.of(row.difference),
      })),
    };
  }
}

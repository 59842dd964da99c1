import { calculateCommissions } from '../commissions/calculate-commissions.js';
import type { CalculateCommissionsInput, CommissionLine } from '../commissions/commission.types.js';
import { DomainError } from '../errors/domain-error.js';
import type { Money } from '../money/money.types.js';
import type { Program } from '../programs/program.types.js';
import { assertInstant } from '../time/zoned-day.js';
import { PreviewErrorCode } from './preview.errors.js';

/** A past sale as it was recorded: the same input the commission engine got (credits, chain, programs). */
export type PreviewSale = CalculateCommissionsInput;

/** Input of {@link previewProgramChange}. */
export interface ProgramChangePreviewInput {
  /** Past sales; only those with `orderedAt` in `[from, to)` are recomputed. */
  readonly sales: readonly PreviewSale[];
  /** The program as it would be after the change (same id as the program it replaces); validated already. */
  readonly changed: Program;
  readonly from: Date;
  readonly to: Date;
}

/** Per partner and currency: commissions under the current program, under the changed one, and the difference. */
export interface ProgramChangePreviewRow {
  readonly partnerId: string;
  readonly currency: string;
  readonly current: Money;
  readonly changed: Money;
  /** `changed - current`. */
  readonly difference: Money;
}

/** The preview: one row per partner and currency whose commissions exist under either version. */
export interface ProgramChangePreview {
  readonly salesCompared: number;
  readonly rows: ProgramChangePreviewRow[];
}

function add(
  totals: Map<string, { partnerId: string; currency: string; sums: [bigint, bigint] }>,
  lines: CommissionLine[],
  slot: 0 | 1,
): void {
  for (const line of lines) {
    const key = `${line.partnerId}\u0000${line.amount.currency}`;
    const row = totals.get(key) ?? {
      partnerId: line.partnerId,
      currency: line.amount.currency,
      sums: [0n, 0n],
    };
    row.sums[slot] += line.amount.amountMinor;
    totals.set(key, row);
  }
}

/**
 * What a program change would have produced over a past period, writing nothing: each sale of
 * `[from, to)` is recomputed with `calculateCommissions` once as recorded and once with the program of the
 * same id replaced by `changed` (so changes of priority, rules, levels, timing or unused shares all show),
 * and the commissions are summed per partner and currency. Rule choices: the preview compares commissions
 * as created (payments known on the sale included; later refunds, reviews and payouts are not replayed),
 * and editing a program never changes commissions already created: this is only a what-if.
 * Rows are sorted by partner, then currency.
 *
 * @throws DomainError `PREVIEW_PERIOD_INVALID` (field `to`), `PREVIEW_PROGRAM_NOT_USED` (field
 * `changed.id`) when no sale of the period uses a program with that id, and any error of
 * `calculateCommissions` for a malformed sale.
 */
export function previewProgramChange(input: ProgramChangePreviewInput): ProgramChangePreview {
  const from = assertInstant(input.from, 'from').getTime();
  const to = assertInstant(input.to, 'to').getTime();
  if (to < from)
    throw new DomainError(PreviewErrorCode.PeriodInvalid, 'A period ends after it starts.', 'to');
  const totals = new Map<string, { partnerId: string; currency: string; sums: [bigint, bigint] }>();
  let salesCompared = 0;
  let used = false;
  for (const sale of input.sales) {
    const at = sale.order.orderedAt.getTime();
    if (at < from || at >= to) continue;
    salesCompared += 1;
    used ||= sale.programs.some((program) => program.id === input.changed.id);
    const programs = sale.programs.map((program) =>
      program.id === input.changed.id ? input.changed : program,
    );
    add(totals, calculateCommissions(sale), 0);
    add(totals, calculateCommissions({ ...sale, programs }), 1);
  }
  if (salesCompared > 0 && !used) {
    throw new DomainError(
      PreviewErrorCode.ProgramNotUsed,
      `No sale of the period uses program ${input.changed.id}.`,
      'changed.id',
    );
  }
  const rows = [...totals.values()]
    .sort((a, b) =>
      a.partnerId < b.partnerId ? -1 : a.partnerId > b.partnerId ? 1 : a.currency < b.currency ? -1 : 1,
    )
    .map(({ partnerId, currency, sums: [current, changed] }) => ({
      partnerId,
      currency,
      current: { amountMinor: current, currency },
      changed: { amountMinor: changed, currency },
      difference: { amountMinor: changed - current, currency },
    }));
  return { salesCompared, rows };
}

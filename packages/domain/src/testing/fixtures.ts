import type { ChainPartner, Order } from '../commissions/commission.types.js';
import { defineProgram } from '../programs/define-program.js';
import type { LevelRule, Program, ProgramInput } from '../programs/program.types.js';

/**
 * Test fixtures shared by the domain's tests (not exported from the package).
 * A percent-of-base level rule.
 */
export function pct(level: number, percent: string, of: 'BASE' | 'CHILD_COMMISSION' = 'BASE'): LevelRule {
  return { level, sale: { kind: 'PERCENT', percent, of } };
}

/** A flat level rule. */
export function flat(level: number, amountMinor: bigint, leadPayoutMinor?: bigint): LevelRule {
  return { level, sale: { kind: 'FLAT', amountMinor }, leadPayoutMinor: leadPayoutMinor ?? null };
}

/** A program with one DEFAULT rule of `levels` (plus any overrides of the input). */
export function program(levels: readonly LevelRule[], extra: Partial<ProgramInput> = {}): Program {
  return defineProgram({
    id: 'prog',
    name: 'Program',
    currency: 'USD',
    rules: [{ id: 'default', layer: 'DEFAULT', levels }],
    levels: Math.max(2, ...levels.map((l) => l.level)),
    ...extra,
  });
}

/** A chain a <- b <- c <- ... of ACTIVE partners, `ids[0]` credited. */
export function chain(...ids: string[]): ChainPartner[] {
  return ids.map((id, index) => ({ id, status: 'ACTIVE', parentId: ids[index + 1] ?? null }));
}

/** A one-item order of `priceMinor` in `currency`. */
export function order(priceMinor: bigint, extra: Partial<Order> = {}): Order {
  return {
    id: 'o1',
    currency: 'USD',
    orderedAt: new Date('2024-05-01T10:00:00Z'),
    items: [{ productId: 'p1', unitPriceMinor: priceMinor, quantity: 1 }],
    ...extra,
  };
}

export const T0 = new Date('2024-05-01T10:00:00Z');

/** `T0 + days`. */
export function days(n: number, from: Date = T0): Date {
  return new Date(from.getTime() + n * 86_400_000);
}

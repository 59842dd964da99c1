import { DomainError } from '../errors/domain-error.js';
import { MoneyErrorCode } from './money.errors.js';
import type { Money } from './money.types.js';

/**
 * Splits the integer `total` into parts proportional to `weights` with the largest-remainder method:
 * every part first gets the floor of its exact share, then the units left over go one each to the parts
 * with the largest remainders; equal remainders go to the earlier part. The parts always add up to
 * `total` exactly and each differs from its exact share by less than one unit. A negative total is
 * split as its absolute value and negated, so signs never mix.
 *
 * @throws DomainError `MONEY_ALLOCATION_WEIGHTS_INVALID` (field `weights`) when the list is empty, a weight
 * is negative or not an integer, or all weights are zero.
 */
export function allocateLargestRemainder(total: bigint, weights: readonly (bigint | number)[]): bigint[] {
  const ws = weights.map((weight) => {
    if (typeof weight === 'number' && !Number.isSafeInteger(weight)) invalidWeights();
    const value = BigInt(weight);
    if (value < 0n) invalidWeights();
    return value;
  });
  const weightSum = ws.reduce((sum, weight) => sum + weight, 0n);
  if (ws.length === 0 || weightSum === 0n) invalidWeights();
  const negative = total < 0n;
  const amount = negative ? -total : total;
  const parts = ws.map((weight) => (amount * weight) / weightSum);
  let left = amount - parts.reduce((sum, part) => sum + part, 0n);
  const order = ws
    .map((weight, index) => ({ index, remainder: (amount * weight) % weightSum }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of order) {
    if (left === 0n) break;
    parts[index] = (parts[index] as bigint) + 1n;
    left -= 1n;
  }
  return negative ? parts.map((part) => -part) : parts;
}

function invalidWeights(): never {
  throw new DomainError(
    MoneyErrorCode.AllocationWeightsInvalid,
    'Allocation weights must be non-negative integers, at least one of them above zero.',
    'weights',
  );
}

/** {@link allocateLargestRemainder} on a {@link Money}: parts in the same currency that add up to `amount`. */
export function allocateMoney(amount: Money, weights: readonly (bigint | number)[]): Money[] {
  return allocateLargestRemainder(amount.amountMinor, weights).map((amountMinor) => ({
    amountMinor,
    currency: amount.currency,
  }));
}

import { DomainError } from '../errors/domain-error.js';
import { allocateLargestRemainder } from '../money/allocate.js';
import { assertCurrency } from '../money/currency.js';
import { assertMinorUnits, assertWithinLimit } from '../money/money.js';
import { CommissionErrorCode } from './commission.errors.js';
import type { CommissionBase, Order } from './commission.types.js';

/**
 * The commission base of an order: per item, unit price x quantity minus the item's discount minus its
 * share of the order discount (spread over items by largest remainder in proportion to their net, so the
 * shares add up exactly); tax and shipping are excluded. Also returns the total the customer pays.
 *
 * @throws DomainError `MONEY_CURRENCY_UNKNOWN`, `MONEY_AMOUNT_INVALID` / `MONEY_AMOUNT_NEGATIVE` (field
 * e.g. `items[0].unitPriceMinor`), `ORDER_ITEM_QUANTITY_INVALID`, `ORDER_DISCOUNT_EXCEEDS_PRICE`,
 * `MONEY_AMOUNT_TOO_LARGE` (field `items`) when the total is beyond `MAX_MINOR_UNITS`.
 */
export function commissionBase(order: Order): CommissionBase {
  const currency = assertCurrency(order.currency, 'currency');
  const nets = order.items.map((item, index) => {
    if (typeof item.productId !== 'string' || item.productId === '') {
      throw new DomainError(
        CommissionErrorCode.OrderInvalid,
        'An item needs a product id.',
        `items[${index}].productId`,
      );
    }
    const price = assertMinorUnits(item.unitPriceMinor, `items[${index}].unitPriceMinor`);
    if (!Number.isSafeInteger(item.quantity) || item.quantity < 1) {
      throw new DomainError(
        CommissionErrorCode.ItemQuantityInvalid,
        'A quantity is a positive integer.',
        `items[${index}].quantity`,
      );
    }
    const gross = price * BigInt(item.quantity);
    const discount = assertMinorUnits(item.discountMinor ?? 0n, `items[${index}].discountMinor`);
    if (discount > gross) {
      throw new DomainError(
        CommissionErrorCode.DiscountExceedsPrice,
        'An item discount cannot exceed its price x quantity.',
        `items[${index}].discountMinor`,
      );
    }
    return gross - discount;
  });
  const net = nets.reduce((sum, value) => sum + value, 0n);
  const orderDiscount = assertMinorUnits(order.orderDiscountMinor ?? 0n, 'orderDiscountMinor');
  if (orderDiscount > net) {
    throw new DomainError(
      CommissionErrorCode.DiscountExceedsPrice,
      'The order discount cannot exceed the items net of their discounts.',
      'orderDiscountMinor',
    );
  }
  const shares = orderDiscount === 0n ? nets.map(() => 0n) : allocateLargestRemainder(orderDiscount, nets);
  const items = order.items.map((item, index) => ({
    productId: item.productId,
    baseMinor: (nets[index] as bigint) - (shares[index] as bigint),
  }));
  const baseMinor = net - orderDiscount;
  const tax = assertMinorUnits(order.taxMinor ?? 0n, 'taxMinor');
  const shipping = assertMinorUnits(order.shippingMinor ?? 0n, 'shippingMinor');
  // Exact whatever the quantities (bigint); a total that could not be stored is refused here.
  const totalMinor = assertWithinLimit(baseMinor + tax + shipping, 'items');
  return { currency, items, baseMinor, totalMinor };
}

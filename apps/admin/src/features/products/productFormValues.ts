import {
  assertCurrency,
  isKnownCurrency,
  moneyOf,
  moneyToDecimalString,
  parseMoney,
} from '@partnerkit/domain';
import type { ProductFieldsFragment, UpsertProductInput } from '../../gql/graphql';

export interface ProductFormValues {
  sku: string;
  name: string;
  /** Decimal price in the currency ("49.00"). */
  price: string;
  currency: string;
  subscription: boolean;
}

export const PRODUCT_FORM_FIELDS = ['sku', 'name', 'price', 'priceMinor', 'currency'] as const;
export type ProductFormField = (typeof PRODUCT_FORM_FIELDS)[number];

export const NEW_PRODUCT_VALUES: ProductFormValues = {
  sku: '',
  name: '',
  price: '',
  currency: 'USD',
  subscription: false,
};

export function productFormValuesOf(product: ProductFieldsFragment): ProductFormValues {
  return {
    sku: product.sku,
    name: product.name,
    price: isKnownCurrency(product.currency)
      ? moneyToDecimalString(moneyOf(product.price.amountMinor, product.currency))
      : product.price.amountMinor,
    currency: product.currency,
    subscription: product.subscription,
  };
}

/** @throws DomainError (field `price` or `currency`) for an amount the currency cannot hold. */
export function upsertProductInputOf(values: ProductFormValues): UpsertProductInput {
  const currency = assertCurrency(values.currency.trim().toUpperCase());
  return {
    sku: values.sku.trim(),
    name: values.name.trim(),
    priceMinor: parseMoney(values.price || '0', currency, 'price').amountMinor.toString(),
    currency,
    subscription: values.subscription,
  };
}

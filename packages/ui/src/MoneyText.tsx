import { Text, type TextProps } from '@mantine/core';

/** The API's Money type (integer minor units as a string, ISO 4217 currency, display string). */
export interface MoneyValue {
  amountMinor: string;
  currency: string;
  formatted: string;
}

export interface MoneyTextProps extends TextProps {
  money: MoneyValue;
}

/** An amount as the API formatted it, in tabular figures, with the exact value in a tooltip-like title. */
export function MoneyText({ money, ...props }: MoneyTextProps) {
  return (
    <Text
      span
      inherit
      title={`${money.amountMinor} minor units of ${money.currency}`}
      style={{ fontVariantNumeric: 'tabular-nums' }}
      {...props}
    >
      {money.formatted}
    </Text>
  );
}

/** True for a non-zero amount of integer minor units (`"-0"`, `"0"` and `"000"` are zero). */
export function isNonZeroMinor(amountMinor: string): boolean {
  return !/^-?0*$/.test(amountMinor);
}

/**
 * What MoneyText shows of an amount. A fragment shared by both SPAs: their graphql-codegen reads it from here
 * (spa-config's codegen config) and adds it to every operation that spreads `...MoneyFields`.
 */
export const MONEY_FIELDS = /* GraphQL */ `
  fragment MoneyFields on Money {
    amountMinor
    currency
    formatted
  }
`;

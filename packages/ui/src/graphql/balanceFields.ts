/** A balance in one currency and its parts (BalanceValue): the admin's partner page and the portal. */
export const BALANCE_FIELDS = /* GraphQL */ `
  fragment BalanceFields on Balance {
    currency
    total {
      ...MoneyFields
    }
    payable {
      ...MoneyFields
    }
    pending {
      ...MoneyFields
    }
    flagged {
      ...MoneyFields
    }
  }
`;

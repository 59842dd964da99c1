/** What a row of CommissionsTable shows (CommissionValue): the admin's partner and order pages, the portal. */
export const COMMISSION_FIELDS = /* GraphQL */ `
  fragment CommissionFields on Commission {
    id
    createdAt
    availableAt
    kind
    level
    status
    amount {
      ...MoneyFields
    }
    reversed {
      ...MoneyFields
    }
  }
`;

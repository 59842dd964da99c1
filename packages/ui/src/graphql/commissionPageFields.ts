/** A page of commissions as CommissionsTable lists it (with `pagination`, through useConnectionQuery). */
export const COMMISSION_PAGE_FIELDS = /* GraphQL */ `
  fragment CommissionPageFields on CommissionConnection {
    totalCount
    pageInfo {
      ...PageInfoFields
    }
    nodes {
      ...CommissionFields
    }
  }
`;

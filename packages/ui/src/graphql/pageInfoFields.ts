/** Where a cursor-paginated list stands: what useConnectionQuery reads to load the next page. */
export const PAGE_INFO_FIELDS = /* GraphQL */ `
  fragment PageInfoFields on PageInfo {
    endCursor
    hasNextPage
  }
`;

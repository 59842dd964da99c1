import { graphql } from '../../../gql';

export const COLLATERAL_ITEMS = graphql(`
  query CollateralItems($includeArchived: Boolean!) {
    collateralItems(includeArchived: $includeArchived) {
      ...CollateralItemFields
    }
  }
`);

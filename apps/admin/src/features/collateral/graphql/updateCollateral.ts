import { graphql } from '../../../gql';

export const UPDATE_COLLATERAL = graphql(`
  mutation UpdateCollateral($id: ID!, $input: UpdateCollateralInput!) {
    updateCollateral(id: $id, input: $input) {
      ...CollateralItemFields
    }
  }
`);

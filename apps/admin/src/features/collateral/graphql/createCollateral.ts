import { graphql } from '../../../gql';

export const CREATE_COLLATERAL = graphql(`
  mutation CreateCollateral($input: CreateCollateralInput!) {
    createCollateral(input: $input) {
      ...CollateralItemFields
    }
  }
`);

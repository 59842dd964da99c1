import { graphql } from '../../../gql';

export const DELETE_COLLATERAL = graphql(`
  mutation DeleteCollateral($id: ID!) {
    deleteCollateral(id: $id)
  }
`);

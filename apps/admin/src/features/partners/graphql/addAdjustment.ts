import { graphql } from '../../../gql';

export const ADD_ADJUSTMENT = graphql(`
  mutation AddAdjustment($input: AddAdjustmentInput!) {
    addAdjustment(input: $input) {
      id
      amount {
        ...MoneyFields
      }
      reason
    }
  }
`);

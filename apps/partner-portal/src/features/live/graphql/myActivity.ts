import { graphql } from '../../../gql';

export const MY_ACTIVITY = graphql(`
  subscription MyActivity {
    myActivity {
      kind
      at
      summary
      count
      status
      recordId
      amount {
        ...MoneyFields
      }
    }
  }
`);

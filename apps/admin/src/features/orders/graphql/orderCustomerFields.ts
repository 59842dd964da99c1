import { graphql } from '../../../gql';

export const ORDER_CUSTOMER_FIELDS = graphql(`
  fragment OrderCustomerFields on Customer {
    id
    email
    externalId
    name
    assignedPartner {
      id
      code
      name
    }
    referredBy {
      id
      code
      name
    }
  }
`);

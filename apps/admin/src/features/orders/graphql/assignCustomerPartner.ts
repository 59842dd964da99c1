import { graphql } from '../../../gql';

export const ASSIGN_CUSTOMER_PARTNER = graphql(`
  mutation AssignCustomerPartner($customerId: ID!, $partnerCode: String) {
    assignCustomerPartner(customerId: $customerId, partnerCode: $partnerCode) {
      ...OrderCustomerFields
    }
  }
`);

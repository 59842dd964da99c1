import { useMutation } from '@apollo/client/react';
import { ASSIGN_CUSTOMER_PARTNER } from './graphql/assignCustomerPartner';

/** Assigns a customer to a partner (null: removes the assignment); the answer updates the cached customer. */
export function useAssignCustomerPartner() {
  const [mutate, { loading }] = useMutation(ASSIGN_CUSTOMER_PARTNER);
  async function assignCustomerPartner(customerId: string, partnerCode: string | null) {
    const { data } = await mutate({ variables: { customerId, partnerCode } });
    if (!data) throw new Error('The customer was not assigned.');
    return data.assignCustomerPartner;
  }
  return { assignCustomerPartner, saving: loading };
}

import { graphql } from '../../../gql';

export const CHANGE_ADMIN_ROLE = graphql(`
  mutation ChangeAdminRole($id: ID!, $role: AdminRole!) {
    changeAdminRole(id: $id, role: $role) {
      ...AdminFields
    }
  }
`);

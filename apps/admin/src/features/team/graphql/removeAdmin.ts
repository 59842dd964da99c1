import { graphql } from '../../../gql';

export const REMOVE_ADMIN = graphql(`
  mutation RemoveAdmin($id: ID!) {
    removeAdmin(id: $id)
  }
`);

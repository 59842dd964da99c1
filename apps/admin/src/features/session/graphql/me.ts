import { graphql } from '../../../gql';

export const ME = graphql(`
  query Me {
    me {
      kind
      admin {
        id
        name
        email
        role
      }
    }
  }
`);

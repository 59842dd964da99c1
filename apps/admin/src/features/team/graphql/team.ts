import { graphql } from '../../../gql';

export const TEAM = graphql(`
  query Team {
    admins {
      ...AdminFields
    }
    adminInvites {
      ...AdminInviteFields
    }
  }
`);

import { graphql } from '../../../gql';

export const SERVER_INFO = graphql(`
  query ServerInfo {
    serverInfo {
      demo
    }
  }
`);

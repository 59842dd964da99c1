import { graphql } from '../../../gql';

/** The partner's programs with their paid levels: recruiting pays only where a program pays level 2+. */
export const MY_RECRUITING = graphql(`
  query MyRecruiting {
    me {
      partner {
        id
        code
        programs {
          id
          name
          levels
        }
      }
    }
  }
`);

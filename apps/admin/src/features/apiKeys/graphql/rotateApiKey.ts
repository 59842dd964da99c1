import { graphql } from '../../../gql';

export const ROTATE_API_KEY = graphql(`
  mutation RotateApiKey($id: ID!, $oldSecretValidUntil: DateTimeISO) {
    rotateApiKey(id: $id, oldSecretValidUntil: $oldSecretValidUntil) {
      secret
      apiKey {
        ...ApiKeyFields
      }
    }
  }
`);

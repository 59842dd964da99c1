import { graphql } from '../../../gql';

export const API_KEY_FIELDS = graphql(`
  fragment ApiKeyFields on ApiKey {
    id
    name
    prefix
    scopes
    createdAt
    lastUsedAt
    revokedAt
    expiresAt
    rateLimitPerMinute
    rotatedAt
    previousSecretExpiresAt
  }
`);

import { graphql } from '../../../gql';

export const EMAIL_TEMPLATE_FIELDS = graphql(`
  fragment EmailTemplateFields on EmailTemplate {
    kind
    subject
    body
    mergeFields
    isDefault
    updatedAt
  }
`);

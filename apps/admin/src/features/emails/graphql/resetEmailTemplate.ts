import { graphql } from '../../../gql';

export const RESET_EMAIL_TEMPLATE = graphql(`
  mutation ResetEmailTemplate($kind: PartnerEmailKind!) {
    resetEmailTemplate(kind: $kind) {
      ...EmailTemplateFields
    }
  }
`);

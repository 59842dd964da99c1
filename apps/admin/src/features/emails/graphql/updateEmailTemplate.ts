import { graphql } from '../../../gql';

export const UPDATE_EMAIL_TEMPLATE = graphql(`
  mutation UpdateEmailTemplate($input: UpdateEmailTemplateInput!) {
    updateEmailTemplate(input: $input) {
      ...EmailTemplateFields
    }
  }
`);

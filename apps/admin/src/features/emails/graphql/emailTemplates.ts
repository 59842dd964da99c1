import { graphql } from '../../../gql';

export const EMAIL_TEMPLATES = graphql(`
  query EmailTemplates {
    emailTemplates {
      ...EmailTemplateFields
    }
    mailSettings {
      smtpConfigured
    }
  }
`);

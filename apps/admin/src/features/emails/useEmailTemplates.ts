import { useMutation, useQuery } from '@apollo/client/react';
import type { PartnerEmailKind, UpdateEmailTemplateInput } from '../../gql/graphql';
import { EMAIL_TEMPLATES } from './graphql/emailTemplates';
import { RESET_EMAIL_TEMPLATE } from './graphql/resetEmailTemplate';
import { UPDATE_EMAIL_TEMPLATE } from './graphql/updateEmailTemplate';

export function useEmailTemplates() {
  const { data, loading, error } = useQuery(EMAIL_TEMPLATES);
  const [update, updating] = useMutation(UPDATE_EMAIL_TEMPLATE, { refetchQueries: ['EmailTemplates'] });
  const [reset, resetting] = useMutation(RESET_EMAIL_TEMPLATE, { refetchQueries: ['EmailTemplates'] });
  return {
    templates: data?.emailTemplates ?? [],
    smtpConfigured: data?.mailSettings.smtpConfigured ?? true,
    loading,
    error,
    saving: updating.loading || resetting.loading,
    save: (input: UpdateEmailTemplateInput) => update({ variables: { input } }),
    reset: (kind: PartnerEmailKind) => reset({ variables: { kind } }),
  };
}

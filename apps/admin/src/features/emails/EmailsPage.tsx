import { Alert, Center, Loader, Paper, Tabs, Title } from '@mantine/core';
import { PageHeader, problemOf } from '@partnerkit/ui';
import type { PartnerEmailKind } from '../../gql/graphql';
import { Outbox } from './Outbox';
import { TemplateEditor } from './TemplateEditor';
import { useEmailTemplates } from './useEmailTemplates';

const KIND_LABEL: Record<PartnerEmailKind, string> = {
  WELCOME: 'Welcome',
  APPROVED: 'Approved',
  REJECTED: 'Rejected',
  FIRST_COMMISSION: 'First commission',
  PAYMENT_SENT: 'Payment sent',
  PASSWORD_RESET: 'Password reset',
  ADMIN_INVITE: 'Admin invitation',
};

/** Follow-up email templates and the outbox. */
export function EmailsPage() {
  const emails = useEmailTemplates();
  return (
    <>
      <PageHeader
        title="Emails"
        description="Emails partners receive: welcome on signup, approved, rejected, first commission, payment sent."
      />
      {!emails.smtpConfigured && (
        <Alert color="yellow" mb="md" title="No SMTP server configured">
          Emails are kept in the outbox below (status Held) until SMTP_URL is set.
        </Alert>
      )}
      {emails.error && (
        <Alert color="red" mb="md">
          {problemOf(emails.error).message}
        </Alert>
      )}
      <Paper withBorder p="md" mb="xl">
        {emails.loading && emails.templates.length === 0 ? (
          <Center p="lg">
            <Loader size="sm" aria-label="Loading" />
          </Center>
        ) : (
          <Tabs defaultValue="WELCOME">
            <Tabs.List mb="md">
              {emails.templates.map((template) => (
                <Tabs.Tab key={template.kind} value={template.kind}>
                  {KIND_LABEL[template.kind]}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {emails.templates.map((template) => (
              <Tabs.Panel key={template.kind} value={template.kind}>
                <TemplateEditor
                  key={`${template.kind}-${template.updatedAt ?? 'default'}-${template.isDefault}`}
                  template={template}
                  busy={emails.saving}
                  onSave={emails.save}
                  onReset={() => emails.reset(template.kind)}
                />
              </Tabs.Panel>
            ))}
          </Tabs>
        )}
      </Paper>
      <Title order={3} mb="sm">
        Outbox
      </Title>
      <Outbox />
    </>
  );
}

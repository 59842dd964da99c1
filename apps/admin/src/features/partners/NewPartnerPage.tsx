import { Anchor } from '@mantine/core';
import { notifySuccess, PageHeader } from '@partnerkit/ui';
import { Link, useNavigate } from 'react-router';
import { PartnerCreateForm } from './PartnerCreateForm';

export function NewPartnerPage() {
  const navigate = useNavigate();
  return (
    <>
      <Anchor component={Link} to="/partners" size="sm">
        ← Partners
      </Anchor>
      <PageHeader title="New partner" description="Enroll a partner by hand." />
      <PartnerCreateForm
        onCreated={(partner) => {
          notifySuccess(`Partner ${partner.name} (${partner.code}) created.`);
          navigate(`/partners/${partner.id}`);
        }}
      />
    </>
  );
}

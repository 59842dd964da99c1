import { Anchor } from '@mantine/core';
import { notifySuccess, PageHeader } from '@partnerkit/ui';
import { Link, useNavigate } from 'react-router';
import { PartnerForm } from './PartnerForm';

export function NewPartnerPage() {
  const navigate = useNavigate();
  return (
    <>
      <Anchor component={Link} to="/partners" size="sm">
        ← Partners
      </Anchor>
      <PageHeader title="New partner" description="Enroll a partner by hand." />
      <PartnerForm
        onSaved={(partner) => {
          notifySuccess(`Partner ${partner.name} (${partner.code}) created.`);
          navigate(`/partners/${partner.id}`);
        }}
      />
    </>
  );
}

import { notifySuccess, PageHeader } from '@partnerkit/ui';
import { useNavigate } from 'react-router';
import { PartnerForm } from './PartnerForm';
import { BackLink } from '../session/BackLink';

export function NewPartnerPage() {
  const navigate = useNavigate();
  return (
    <>
      <BackLink to="/partners">Partners</BackLink>
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

import { Stack, Text, Title } from '@mantine/core';
import { useSignedInPartner } from '../session/useSignedInPartner';
import { PartnerStatusNotice } from '../status/PartnerStatusNotice';
import { AccountSummary } from './AccountSummary';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ProfileForm } from './ProfileForm';

export function ProfilePage() {
  const partner = useSignedInPartner();
  return (
    <Stack gap="lg" maw={680}>
      <title>Profile · Partner Portal</title>
      <Stack gap={4}>
        <Title order={2}>Your profile</Title>
        <Text c="dimmed">How the program team reaches and pays you.</Text>
      </Stack>
      <AccountSummary partner={partner} />
      <PartnerStatusNotice status={partner.status} />
      <ProfileForm partner={partner} />
      <ChangePasswordForm />
    </Stack>
  );
}

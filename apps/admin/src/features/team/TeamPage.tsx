import { Alert, Button, Group, Modal, Select, Stack, Text, Title } from '@mantine/core';
import { DataTable, DateTimeText, PageHeader, notifyError, notifySuccess, problemOf } from '@partnerkit/ui';
import { useState } from 'react';
import type { AdminFieldsFragment, AdminRole } from '../../gql/graphql';
import { useAdminCan } from '../session/SessionContext';
import { InviteAdminForm } from './InviteAdminForm';
import { ROLE_OPTIONS, roleLabel } from './roles';
import { useTeam } from './useTeam';

/** Who runs the program: admins with their roles, pending invitations; owners change them. */
export function TeamPage() {
  const team = useTeam();
  const { own, adminId } = useAdminCan();
  const [removing, setRemoving] = useState<AdminFieldsFragment | null>(null);

  async function run(action: () => Promise<void>, done: string) {
    try {
      await action();
      notifySuccess(done);
    } catch (error) {
      notifyError(error);
    }
  }

  return (
    <>
      <PageHeader
        title="Team"
        description="Owners do everything; managers run the program; viewers read everything and change nothing."
      />
      {own && <InviteAdminForm onInvite={team.invite} inviting={team.inviting} />}
      {team.error && (
        <Alert color="red" mb="md" title="The team could not be loaded">
          {problemOf(team.error).message}
        </Alert>
      )}
      <Stack gap="lg">
        <DataTable
          label="Admins"
          rows={team.admins}
          rowKey={(admin) => admin.id}
          loading={team.loading}
          columns={[
            {
              key: 'name',
              header: 'Name',
              render: (admin) => (admin.id === adminId ? `${admin.name} (you)` : admin.name),
            },
            { key: 'email', header: 'Email', render: (admin) => admin.email },
            {
              key: 'role',
              header: 'Role',
              render: (admin) =>
                own ? (
                  <Select
                    aria-label={`Role of ${admin.email}`}
                    data={ROLE_OPTIONS.map(({ value, label }) => ({ value, label }))}
                    value={admin.role}
                    allowDeselect={false}
                    w={140}
                    onChange={(value) =>
                      value &&
                      value !== admin.role &&
                      void run(
                        () => team.changeRole(admin.id, value as AdminRole),
                        `${admin.email} is now ${roleLabel(value as AdminRole).toLowerCase()}.`,
                      )
                    }
                  />
                ) : (
                  roleLabel(admin.role)
                ),
            },
            ...(own
              ? [
                  {
                    key: 'remove',
                    header: '',
                    align: 'right' as const,
                    render: (admin: AdminFieldsFragment) => (
                      <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(admin)}>
                        Remove
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
        <div>
          <Title order={4} mb="xs">
            Pending invitations
          </Title>
          <DataTable
            label="Pending invitations"
            rows={team.invites}
            rowKey={(invite) => invite.id}
            loading={team.loading}
            emptyText="No pending invitations."
            columns={[
              { key: 'email', header: 'Email', render: (invite) => invite.email },
              { key: 'role', header: 'Role', render: (invite) => roleLabel(invite.role) },
              {
                key: 'expires',
                header: 'Link valid until',
                render: (invite) => <DateTimeText value={invite.expiresAt} withTime />,
              },
              ...(own
                ? [
                    {
                      key: 'revoke',
                      header: '',
                      align: 'right' as const,
                      render: (invite: { id: string; email: string }) => (
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          onClick={() =>
                            void run(
                              () => team.revokeInvite(invite.id),
                              `Invitation of ${invite.email} withdrawn.`,
                            )
                          }
                        >
                          Revoke
                        </Button>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </div>
      </Stack>
      <Modal opened={removing !== null} onClose={() => setRemoving(null)} title="Remove admin?">
        {removing && (
          <Stack>
            <Text size="sm">
              {removing.name} ({removing.email}) loses access at once; their sessions end.
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setRemoving(null)}>
                Cancel
              </Button>
              <Button
                color="red"
                onClick={() =>
                  void run(() => team.removeAdmin(removing.id), `${removing.email} removed.`).then(() =>
                    setRemoving(null),
                  )
                }
              >
                Remove admin
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}

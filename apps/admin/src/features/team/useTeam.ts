import { useMutation, useQuery } from '@apollo/client/react';
import type { AdminRole } from '../../gql/graphql';
import { CHANGE_ADMIN_ROLE } from './graphql/changeAdminRole';
import { INVITE_ADMIN } from './graphql/inviteAdmin';
import { REMOVE_ADMIN } from './graphql/removeAdmin';
import { REVOKE_ADMIN_INVITE } from './graphql/revokeAdminInvite';
import { TEAM } from './graphql/team';

/** The admins and pending invitations, with what owners do to them (each refreshes the lists). */
export function useTeam() {
  const { data, loading, error } = useQuery(TEAM, { fetchPolicy: 'cache-and-network' });
  const refetchQueries = [{ query: TEAM }];
  const [invite, { loading: inviting }] = useMutation(INVITE_ADMIN, { refetchQueries });
  const [revoke] = useMutation(REVOKE_ADMIN_INVITE, { refetchQueries });
  const [changeRole] = useMutation(CHANGE_ADMIN_ROLE, { refetchQueries });
  const [remove] = useMutation(REMOVE_ADMIN, { refetchQueries });
  return {
    admins: data?.admins ?? [],
    invites: data?.adminInvites ?? [],
    loading: loading && !data,
    error,
    inviting,
    invite: async (email: string, role: AdminRole) => {
      await invite({ variables: { input: { email, role } } });
    },
    revokeInvite: async (id: string) => {
      await revoke({ variables: { id } });
    },
    changeRole: async (id: string, role: AdminRole) => {
      await changeRole({ variables: { id, role } });
    },
    removeAdmin: async (id: string) => {
      await remove({ variables: { id } });
    },
  };
}

import type { AdminRole } from '../../gql/graphql';

/** The roles as the console names them (README "Admin roles"). */
export const ROLE_OPTIONS: Array<{ value: AdminRole; label: string; description: string }> = [
  {
    value: 'OWNER',
    label: 'Owner',
    description: 'Everything, including the team, API keys, webhooks, settings',
  },
  {
    value: 'MANAGER',
    label: 'Manager',
    description: 'Runs the program: partners, programs, payouts, content',
  },
  { value: 'VIEWER', label: 'Viewer', description: 'Reads everything, changes nothing' },
];

export const roleLabel = (role: AdminRole) =>
  ROLE_OPTIONS.find((option) => option.value === role)?.label ?? role;

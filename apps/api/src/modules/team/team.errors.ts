/** Error codes of the admin team: admins, their roles, and invitations. */
export const TeamErrorCode = {
  AdminNotFound: 'ADMIN_NOT_FOUND',
  AdminExists: 'ADMIN_ALREADY_EXISTS',
  LastOwner: 'LAST_OWNER',
  InviteNotFound: 'ADMIN_INVITE_NOT_FOUND',
  InviteInvalid: 'ADMIN_INVITE_INVALID',
  InviteUsed: 'ADMIN_INVITE_USED',
  InviteExpired: 'ADMIN_INVITE_EXPIRED',
  InviteRevoked: 'ADMIN_INVITE_REVOKED',
} as const;

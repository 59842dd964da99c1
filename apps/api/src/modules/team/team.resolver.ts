import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { fail } from '../../errors/app-error.js';
import { type GraphQLContext } from '../../graphql/context.js';
import { AdminRole, AdminUser } from '../../kernel/admin-user.entity.js';
import { AdminInvite } from './admin-invite.entity.js';
import { AcceptAdminInviteInput, InviteAdminInput } from './team.input.js';
import { type TeamService } from './team.service.js';
import { AdminInvitation } from './team.type.js';

const adminOf = (context: GraphQLContext): string => {
  if (context.actor.kind !== 'admin') fail('FORBIDDEN', 'Only an admin may do this.');
  return context.actor.adminUserId;
};

/** The admin team (who may call what: `graphql/access-matrix.ts`). */
@Resolver()
export class TeamResolver {
  constructor(private readonly team: TeamService) {}

  @Authorized()
  @Query(() => [AdminUser], { description: 'Every admin with their role, oldest first.' })
  admins(@Ctx() { em }: GraphQLContext) {
    return this.team.admins(em);
  }

  @Authorized()
  @Query(() => [AdminInvite], { description: 'Invitations not yet accepted, revoked or expired.' })
  adminInvites(@Ctx() { em }: GraphQLContext) {
    return this.team.pendingInvites(em);
  }

  @Query(() => AdminInvitation, {
    description: 'What an invitation link invites to (for the accept page); an unusable link is an error.',
  })
  adminInvitation(@Arg('token', () => String) token: string, @Ctx() { em }: GraphQLContext) {
    return this.team.invitation(em, token);
  }

  @Authorized()
  @Mutation(() => AdminInvite, {
    description: 'Emails a one-time link (valid seven days) inviting a new admin with a role. Owners only.',
  })
  inviteAdmin(@Arg('input', () => InviteAdminInput) input: InviteAdminInput, @Ctx() context: GraphQLContext) {
    return this.team.invite(context.em, adminOf(context), input.email, input.role);
  }

  @Authorized()
  @Mutation(() => AdminInvite, { description: 'Withdraws a pending invitation (its link stops working).' })
  revokeAdminInvite(@Arg('id', () => ID) id: string, @Ctx() { em }: GraphQLContext) {
    return this.team.revokeInvite(em, id);
  }

  @Mutation(() => AdminUser, {
    description: 'The invitee chooses a name and password; then they sign in with their email.',
  })
  acceptAdminInvite(
    @Arg('input', () => AcceptAdminInviteInput) input: AcceptAdminInviteInput,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.team.accept(em, input.token, input.name, input.password);
  }

  @Authorized()
  @Mutation(() => AdminUser, {
    description: "Changes an admin's role; demoting ends their sessions. The last owner stays owner.",
  })
  changeAdminRole(
    @Arg('id', () => ID) id: string,
    @Arg('role', () => AdminRole) role: AdminRole,
    @Ctx() { em }: GraphQLContext,
  ) {
    return this.team.changeRole(em, id, role);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: 'Removes an admin and ends their sessions; never the last owner.' })
  removeAdmin(@Arg('id', () => ID) id: string, @Ctx() { em }: GraphQLContext) {
    return this.team.remove(em, id);
  }
}

import { type MikroORM } from '@mikro-orm/postgresql';
import { type WebSocket } from 'ws';
import { type EventBus, type EventTopic, type EventTopics } from '../events/event-bus.js';
import { type Actor } from '../graphql/actor.js';
import { Partner } from '../kernel/partner.entity.js';
import { type AuthService } from '../modules/auth/auth.service.js';

/** How a socket authenticated at connect: checked again when its owner's sessions or status change. */
export interface SocketCredentials {
  bearer?: string | undefined;
  sessionToken?: string | undefined;
}

interface OpenSocket {
  socket: WebSocket;
  actor: Actor;
  credentials: SocketCredentials;
}

/** graphql-ws close codes: the session is gone (the client stops), or the account may not follow (it may retry). */
export const SOCKET_CLOSED = { unauthorized: 4401, forbidden: 4403 } as const;

/** Partners who may keep a live socket (and open one). */
export const mayFollowLive = (status: string) => status === 'ACTIVE' || status === 'PENDING';

/**
 * The open graphql-ws sockets of signed-in partners and admins. When their sessions end (`SESSIONS_ENDED`:
 * sign-out, password change or reset) or a partner's status changes (`PARTNER_UPDATED`), each socket of theirs
 * is checked again with the credentials it connected with; one whose session is gone is closed (4401), one of
 * a partner who is no longer active or pending too (4403). With Redis the events come from every instance.
 */
export class LiveSockets {
  private readonly open = new Set<OpenSocket>();
  private readonly subscriptions: AsyncIterableIterator<unknown>[] = [];

  constructor(
    private readonly orm: MikroORM,
    private readonly auth: AuthService,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Whether a partner's socket may open (and stay open). Admins and API keys always may. */
  async allowed(actor: Actor): Promise<boolean> {
    if (actor.kind === 'anonymous') return false;
    if (actor.kind !== 'partner') return true;
    // An admin's read-only view follows the partner's figures whatever the partner's status.
    if (actor.viewedByAdminId) return true;
    const partner = await this.orm.em
      .fork()
      .findOne(Partner, { id: actor.partnerId }, { fields: ['status'] });
    return partner !== null && mayFollowLive(partner.status);
  }

  add(socket: WebSocket, actor: Actor, credentials: SocketCredentials) {
    const entry = { socket, actor, credentials };
    this.open.add(entry);
    socket.once('close', () => this.open.delete(entry));
  }

  listen(events: EventBus) {
    this.follow(events, 'SESSIONS_ENDED', (payload) =>
      this.recheck(
        (actor) =>
          (actor.kind === 'partner' && actor.partnerId === payload.partnerId) ||
          (actor.kind === 'admin' && actor.adminUserId === payload.adminUserId) ||
          // A view ends with the admin's session it was started from.
          (actor.kind === 'partner' && actor.viewedByAdminId === payload.adminUserId),
      ),
    );
    this.follow(events, 'PARTNER_UPDATED', (payload) =>
      this.recheck((actor) => actor.kind === 'partner' && actor.partnerId === payload.partnerId),
    );
  }

  stop() {
    for (const subscription of this.subscriptions.splice(0)) void subscription.return?.();
  }

  private async recheck(concerned: (actor: Actor) => boolean) {
    const sockets = [...this.open].filter((entry) => concerned(entry.actor));
    for (const entry of sockets) {
      const now = await this.auth.resolveActor(this.orm.em.fork(), entry.credentials).catch(() => null);
      const same =
        now !== null && now.kind === entry.actor.kind && JSON.stringify(now) === JSON.stringify(entry.actor);
      if (!same) {
        entry.socket.close(SOCKET_CLOSED.unauthorized, 'Unauthorized');
      } else if (!(await this.allowed(now))) {
        entry.socket.close(SOCKET_CLOSED.forbidden, 'Forbidden');
      }
    }
  }

  private follow<T extends EventTopic>(
    events: EventBus,
    topic: T,
    handle: (payload: EventTopics[T]) => Promise<void>,
  ) {
    const iterator = (events.pubSub.subscribe as (topic: string) => AsyncIterableIterator<EventTopics[T]>)(
      topic,
    );
    this.subscriptions.push(iterator);
    void (async () => {
      for await (const payload of iterator) await handle(payload).catch(this.onError);
    })();
  }
}

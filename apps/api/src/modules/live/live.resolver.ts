import { Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root, Subscription } from 'type-graphql';
import { fail } from '../../errors/app-error.js';
import { parseId } from '../../common/ids.js';
import { type Actor } from '../../graphql/actor.js';
import { type GraphQLContext } from '../../graphql/context.js';
import { type PartnerFacingIds } from '../../graphql/partner-facing-ids.js';
import { type EventTopic, type EventTopics } from '../../events/event-bus.js';
import { LiveArgs } from './live.args.js';
import { type LiveQueries } from './live.queries.js';
import { LiveActivity, LiveClicks, LiveStats } from './live.type.js';

/** What a partner's live view follows: every event that changes their counters or feed. */
const ACTIVITY_TOPICS: EventTopic[] = [
  'CLICK_RECORDED',
  'LEAD_RECORDED',
  'SALE_RECORDED',
  'COMMISSION_CREATED',
  'COMMISSION_CHANGED',
  'LEDGER_ENTRY_RECORDED',
];
const STATS_TOPICS: EventTopic[] = [...ACTIVITY_TOPICS, 'PAYOUT_PAID'];

type LiveEvent = EventTopics[EventTopic];

/** The partners an event concerns. */
export function partnersOf(event: LiveEvent): string[] {
  if ('partnerIds' in event) return event.partnerIds;
  if ('partnerId' in event && typeof event.partnerId === 'string') return [event.partnerId];
  return [];
}

/**
 * Whose events a caller may follow: a partner only their own (naming another partner is FORBIDDEN); an admin
 * or a `*:read` key one partner or, with no partner, everybody (null). Checked when the subscription starts.
 */
export function liveScope(actor: Actor, partnerId: string | null | undefined): string | null {
  const wanted = partnerId ? parseId(partnerId, 'partnerId') : null;
  if (actor.kind === 'partner') {
    if (wanted !== null && wanted !== actor.partnerId) {
      fail('FORBIDDEN', "A partner follows only their own events, not another partner's.", 'partnerId');
    }
    return actor.partnerId;
  }
  if (actor.kind === 'admin' || actor.kind === 'apiKey') return wanted;
  return fail('UNAUTHENTICATED', 'Sign in first.');
}

const ownScope = (actor: Actor): string => {
  if (actor.kind !== 'partner') fail('FORBIDDEN', 'Only a signed-in partner has their own live stats.');
  return actor.partnerId;
};

interface FilterData {
  payload: LiveEvent;
  args: { partnerId?: string | null };
  context: GraphQLContext;
}

/** The server-side filter of every live subscription: an event reaches a subscriber only if it is theirs. */
const concernsSubscriber = ({ payload, args, context }: FilterData): boolean => {
  const scope = context.actor.kind === 'partner' ? context.actor.partnerId : (args.partnerId ?? null);
  return scope === null || partnersOf(payload).includes(scope.toLowerCase());
};

/**
 * Live counters and the activity feed. Partners: `myLiveStats`, `myActivity` (only their own events).
 * Admins and `*:read` keys: `liveStats` / `liveActivity`, program-wide or for one `partnerId`.
 */
@Resolver()
export class LiveResolver {
  /**
   * One read per event and scope, however many sockets follow it: an event is one object for every
   * subscriber (in-process and from Redis alike), so the first subscriber's read serves the others.
   */
  private readonly perEvent = new WeakMap<object, Map<string, Promise<unknown>>>();

  constructor(private readonly queries: LiveQueries) {}

  private once<T>(event: object, key: string, read: () => Promise<T>): Promise<T> {
    let reads = this.perEvent.get(event);
    if (!reads) this.perEvent.set(event, (reads = new Map()));
    if (!reads.has(key)) reads.set(key, read());
    return reads.get(key) as Promise<T>;
  }

  @Authorized()
  @Query(() => LiveStats, { description: "The signed-in partner's counters: today, the period, payable." })
  myLiveStats(@Ctx() { em, actor }: GraphQLContext) {
    return this.queries.stats(em, ownScope(actor));
  }

  @Authorized()
  @Query(() => LiveStats, {
    description: 'Counters of one partner or of the whole program (admins, `*:read`).',
  })
  liveStats(@Args(() => LiveArgs) args: LiveArgs, @Ctx() { em, actor }: GraphQLContext) {
    return this.queries.stats(em, liveScope(actor, args.partnerId));
  }

  @Authorized()
  @Subscription(() => LiveStats, {
    name: 'myLiveStats',
    topics: ({ context }: { context: GraphQLContext }) => (ownScope(context.actor), STATS_TOPICS),
    filter: concernsSubscriber,
    description:
      "The signed-in partner's counters, sent again after each of their clicks, leads, sales, commissions and payments.",
  })
  myLiveStatsUpdated(@Root() event: LiveEvent, @Ctx() { em, actor }: GraphQLContext) {
    const scope = ownScope(actor);
    return this.once(event, `stats:${scope}`, () => this.queries.stats(em.fork(), scope));
  }

  @Authorized()
  @Subscription(() => LiveActivity, {
    nullable: true,
    topics: ({ context }: { context: GraphQLContext }) => (ownScope(context.actor), ACTIVITY_TOPICS),
    filter: concernsSubscriber,
    description:
      'What just happened to the signed-in partner: clicks stored, leads, sales, commissions, payments.',
  })
  myActivity(@Root() event: LiveEvent, @Ctx() { em, actor }: GraphQLContext) {
    const scope = ownScope(actor);
    return this.once(event, `activity:${scope}`, () => this.queries.activity(em.fork(), event, scope));
  }

  @Authorized()
  @Subscription(() => LiveClicks, {
    topics: ({ context }: { context: GraphQLContext }) => (ownScope(context.actor), 'CLICK_RECORDED'),
    filter: concernsSubscriber,
    description:
      "The signed-in partner's clicks as they are stored (every 250 ms at most): the lightest live feed, no reads.",
  })
  myClicks(@Root() event: EventTopics['CLICK_RECORDED']): LiveClicks {
    return event;
  }

  @Authorized()
  @Subscription(() => LiveStats, {
    name: 'liveStats',
    topics: ({ args, context }: { args: { partnerId?: string | null }; context: GraphQLContext }) => (
      liveScope(context.actor, args.partnerId),
      STATS_TOPICS
    ),
    filter: concernsSubscriber,
    description: 'Counters of one partner or of the program, sent again after each event that changes them.',
  })
  liveStatsUpdated(
    @Root() event: LiveEvent,
    @Args(() => LiveArgs) args: LiveArgs,
    @Ctx() { em, actor }: GraphQLContext,
  ) {
    const scope = liveScope(actor, args.partnerId);
    return this.once(event, `stats:${scope ?? '*'}`, () => this.queries.stats(em.fork(), scope));
  }

  @Authorized()
  @Subscription(() => LiveActivity, {
    nullable: true,
    topics: ({ args, context }: { args: { partnerId?: string | null }; context: GraphQLContext }) => (
      liveScope(context.actor, args.partnerId),
      ACTIVITY_TOPICS
    ),
    filter: concernsSubscriber,
    description: 'What just happened to one partner or anywhere in the program.',
  })
  liveActivity(
    @Root() event: LiveEvent,
    @Args(() => LiveArgs) args: LiveArgs,
    @Ctx() { em, actor }: GraphQLContext,
  ) {
    const scope = liveScope(actor, args.partnerId);
    // Program-wide, a lead or sale credited to nobody is shown too (without a partner).
    const partnerId = scope ?? partnersOf(event)[0] ?? null;
    return this.once(event, `activity:${partnerId ?? '-'}`, () =>
      this.queries.activity(em.fork(), event, partnerId),
    );
  }
}

@Resolver(() => LiveActivity)
export class LiveActivityResolver {
  constructor(private readonly ids: PartnerFacingIds) {}

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The lead, order, commission or ledger entry (commission and entry ids opaque to partners).',
  })
  recordId(@Root() activity: LiveActivity, @Ctx() { actor }: GraphQLContext) {
    return this.ids.id(actor, activity.recordId);
  }
}

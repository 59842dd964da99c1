import { Field, Int, ObjectType } from 'type-graphql';
import { TrackingLink } from './tracking-link.entity.js';

/** Click counts of one link: raw (all, bots included), unique (human, one per IP + browser + link per hour), bot. */
@ObjectType()
export class LinkClickStats {
  @Field(() => TrackingLink, {
    nullable: true,
    description: 'The named link (null: the default link and deep links).',
  })
  trackingLink!: TrackingLink | null;

  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  slug!: string | null;

  @Field(() => Int, { description: 'Every click, bots included.' })
  raw!: number;

  @Field(() => Int)
  unique!: number;

  @Field(() => Int)
  bot!: number;
}

/** Click counts over [from, to), from the hourly rollup (from is rounded down to the hour). */
@ObjectType()
export class ClickStats {
  @Field(() => Date)
  from!: Date;

  @Field(() => Date)
  to!: Date;

  @Field(() => Int, { description: 'Every click, bots included.' })
  raw!: number;

  @Field(() => Int)
  unique!: number;

  @Field(() => Int)
  bot!: number;

  @Field(() => [LinkClickStats], { description: 'Per link, most clicked first.' })
  byLink!: LinkClickStats[];
}

/** A partner's clicks today, in the last 7 and the last 30 days (days in the program's time zone). */
@ObjectType()
export class ClickSummary {
  @Field(() => String, {
    description: "IANA time zone of the day boundaries (the partner's first program's, or UTC).",
  })
  timeZone!: string;

  @Field(() => ClickStats)
  today!: ClickStats;

  @Field(() => ClickStats, { description: 'Today and the 6 days before.' })
  last7Days!: ClickStats;

  @Field(() => ClickStats, { description: 'Today and the 29 days before.' })
  last30Days!: ClickStats;
}

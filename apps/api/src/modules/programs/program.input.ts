import { Field, InputType, Int } from 'type-graphql';
import { AttributionMode } from './program.entity.js';

@InputType()
export class CreateProgramInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { defaultValue: '' })
  notes!: string;

  @Field(() => Int, { defaultValue: 100 })
  priority!: number;

  @Field(() => String, { description: 'ISO 4217 code, e.g. USD.' })
  currency!: string;

  @Field(() => Int, { defaultValue: 30 })
  cookieWindowDays!: number;

  @Field(() => AttributionMode, { defaultValue: AttributionMode.LAST })
  attributionMode!: AttributionMode;

  @Field(() => Int, { defaultValue: 2 })
  levels!: number;

  @Field(() => Int, { defaultValue: 30 })
  holdDays!: number;

  @Field(() => String, { defaultValue: '0', description: 'Decimal amount in the currency, e.g. "50.00".' })
  minimumPayout!: string;

  @Field(() => String, { defaultValue: 'UTC' })
  timeZone!: string;

  @Field(() => Boolean, { defaultValue: false })
  autoApprove!: boolean;
}

/** Omitted fields stay as they are. The currency of a program cannot change once it has partners. */
@InputType()
export class UpdateProgramInput {
  @Field(() => String, { nullable: true })
  name?: string;

  @Field(() => String, { nullable: true })
  notes?: string;

  @Field(() => Int, { nullable: true })
  priority?: number;

  @Field(() => String, { nullable: true })
  currency?: string;

  @Field(() => Int, { nullable: true })
  cookieWindowDays?: number;

  @Field(() => AttributionMode, { nullable: true })
  attributionMode?: AttributionMode;

  @Field(() => Int, { nullable: true })
  levels?: number;

  @Field(() => Int, { nullable: true })
  holdDays?: number;

  @Field(() => String, { nullable: true })
  minimumPayout?: string;

  @Field(() => String, { nullable: true })
  timeZone?: string;

  @Field(() => Boolean, { nullable: true })
  autoApprove?: boolean;
}

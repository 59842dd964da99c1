import { Field, Int, ObjectType } from 'type-graphql';
import { MoneyType } from '../../graphql/money.type.js';
import { Partner } from '../../kernel/partner.entity.js';

@ObjectType()
export class ProgramChangePreviewRow {
  @Field(() => Partner)
  partner!: Partner;

  @Field(() => MoneyType, { description: 'Commissions as the program is now.' })
  current!: MoneyType;

  @Field(() => MoneyType, { description: 'Commissions as they would be after the change.' })
  changed!: MoneyType;

  @Field(() => MoneyType, { description: 'changed - current.' })
  difference!: MoneyType;
}

/** What a program change would have paid over a past period. Nothing is written. */
@ObjectType()
export class ProgramChangePreview {
  @Field(() => Int, { description: 'Sales of the period that were recomputed.' })
  salesCompared!: number;

  @Field(() => Boolean, { description: `True when the period had more than the preview's limit of sales.` })
  truncated!: boolean;

  @Field(() => [ProgramChangePreviewRow])
  rows!: ProgramChangePreviewRow[];
}

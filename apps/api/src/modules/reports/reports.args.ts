import { ArgsType, Field, ID, Int } from 'type-graphql';
import { type PartnerStatus } from '@partnerkit/domain';
import { PartnerStatusEnum } from '../../kernel/partner.entity.js';
import { CustomFieldFilterInput } from '../partners/partner.args.js';

/**
 * What every report takes: a period of calendar days in the program's time zone (`from` and `to` both
 * included, `YYYY-MM-DD`), a program, the partner filters of `partners(...)`, a sort and a page.
 */
@ArgsType()
export class ReportArgs {
  @Field(() => String, { description: 'First day of the period (YYYY-MM-DD, in the program time zone).' })
  from!: string;

  @Field(() => String, { description: 'Last day of the period, included (YYYY-MM-DD).' })
  to!: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "Only partners of this program; its time zone sets the days (else the first program's, else UTC).",
  })
  programId?: string | null;

  @Field(() => String, { nullable: true, description: "Matches the partner's code, name or email." })
  search?: string | null;

  @Field(() => PartnerStatusEnum, { nullable: true })
  status?: PartnerStatus | null;

  @Field(() => ID, { nullable: true, description: 'Only partners recruited by this partner.' })
  parentId?: string | null;

  @Field(() => CustomFieldFilterInput, { nullable: true })
  customField?: CustomFieldFilterInput | null;

  @Field(() => String, { nullable: true, description: "One of the report's sortable columns." })
  sortBy?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Descending; the report's usual order when absent." })
  descending?: boolean | null;

  @Field(() => Int, { defaultValue: 50, description: 'Rows per page, 1 to 200.' })
  first!: number;

  @Field(() => Int, { defaultValue: 0, description: 'Rows to skip.' })
  offset!: number;
}

/** A ledger report row's entries, or entries of every partner (commissions and clawbacks, payments). */
@ArgsType()
export class LedgerEntriesReportArgs extends ReportArgs {
  @Field(() => ID, { nullable: true })
  partnerId?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code.' })
  currency?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Entry kinds: COMMISSION, CLAWBACK, PAYMENT, ADJUSTMENT (all when absent).',
  })
  kinds?: string[] | null;

  @Field(() => String, {
    nullable: true,
    description: 'Payout method of payments (PAYPAL, BANK_TRANSFER, ...).',
  })
  method?: string | null;

  @Field(() => String, { nullable: true, description: 'Only entries of this payout batch.' })
  payoutBatchId?: string | null;
}

@ArgsType()
export class DashboardArgs {
  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;

  @Field(() => ID, { nullable: true })
  programId?: string | null;
}

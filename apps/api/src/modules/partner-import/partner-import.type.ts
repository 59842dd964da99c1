import { Field, Int, ObjectType } from 'type-graphql';
import { type ErrorCode } from '../../errors/error-catalogue.js';

@ObjectType()
export class PartnerImportProblem {
  @Field(() => String, {
    description: 'The CSV column at fault (e.g. `email`, `parent_code`, `custom.size`).',
  })
  column!: string;

  @Field(() => String, { description: 'Stable cause, e.g. PARTNER_CODE_TAKEN.' })
  reason!: ErrorCode;

  @Field(() => String)
  message!: string;
}

@ObjectType()
export class PartnerImportRow {
  @Field(() => Int, { description: 'Line number in the file (the header is line 1).' })
  line!: number;

  @Field(() => String)
  code!: string;

  @Field(() => [PartnerImportProblem])
  problems!: PartnerImportProblem[];
}

@ObjectType()
export class PartnerImportReport {
  @Field(() => Boolean)
  dryRun!: boolean;

  @Field(() => Int)
  totalRows!: number;

  @Field(() => Int, { description: 'Rows without problems.' })
  validRows!: number;

  @Field(() => Int, { description: 'Partners written (0 on a dry run or when any row has a problem).' })
  created!: number;

  @Field(() => [PartnerImportRow], { description: 'Every row with its problems (empty when fine).' })
  rows!: PartnerImportRow[];
}

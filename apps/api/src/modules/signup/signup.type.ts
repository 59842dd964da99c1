import { Field, ID, ObjectType } from 'type-graphql';
import { type PartnerStatus } from '@partnerkit/domain';
import { PartnerStatusEnum } from '../../kernel/partner.entity.js';
import { SignupField } from './signup-field.type.js';

/** What the public signup page of a program needs (no private settings). */
@ObjectType()
export class SignupForm {
  @Field(() => ID)
  programId!: string;

  @Field(() => String)
  programName!: string;

  @Field(() => String, { description: 'Notes for partners.' })
  notes!: string;

  @Field(() => Boolean)
  asksParentCode!: boolean;

  @Field(() => Boolean)
  asksPayoutEmail!: boolean;

  @Field(() => [SignupField])
  fields!: SignupField[];
}

@ObjectType()
export class PartnerCodeAvailability {
  @Field(() => String, { description: 'The code as it would be stored (lower-case).' })
  code!: string;

  @Field(() => Boolean)
  available!: boolean;

  @Field(() => String, { nullable: true, description: 'PARTNER_CODE_INVALID or PARTNER_CODE_TAKEN.' })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  message!: string | null;
}

@ObjectType()
export class SignUpResult {
  @Field(() => String)
  code!: string;

  @Field(() => PartnerStatusEnum, { description: 'PENDING, or ACTIVE when the program auto-approves.' })
  status!: PartnerStatus;
}

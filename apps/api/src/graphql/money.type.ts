import { Field, ObjectType } from 'type-graphql';
import { formatMoney, type Money as DomainMoney } from '@partnerkit/domain';

/** An exact amount: integer minor units (as a string, never a float) and an ISO 4217 currency. */
@ObjectType('Money')
export class MoneyType {
  @Field(() => String, {
    description: 'Integer minor units, e.g. "1999" for USD 19.99 or "1999" for JPY 1,999.',
  })
  amountMinor!: string;

  @Field(() => String, { description: 'ISO 4217 code.' })
  currency!: string;

  @Field(() => String, { description: 'For display only, e.g. "$19.99".' })
  formatted!: string;

  static of(money: DomainMoney): MoneyType {
    return Object.assign(new MoneyType(), {
      amountMinor: money.amountMinor.toString(),
      currency: money.currency,
      formatted: formatMoney(money),
    });
  }
}

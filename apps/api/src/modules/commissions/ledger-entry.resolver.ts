import { FieldResolver, Resolver, Root } from 'type-graphql';
import { MoneyType } from '../../graphql/money.type.js';
import { moneyView } from './commission.queries.js';
import { LedgerEntry } from '../../kernel/ledger-entry.entity.js';

@Resolver(() => LedgerEntry)
export class LedgerEntryResolver {
  @FieldResolver(() => MoneyType, {
    description: 'Signed: + commission, - clawback, - payment, +/- adjustment.',
  })
  amount(@Root() entry: LedgerEntry) {
    return moneyView(entry.amountMinor, entry.currency);
  }
}

import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { type GraphQLContext } from '../../graphql/context.js';
import { type PartnerFacingIds } from '../../graphql/partner-facing-ids.js';
import { MoneyType } from '../../graphql/money.type.js';
import { moneyView } from './commission.queries.js';
import { LedgerEntry } from '../../kernel/ledger-entry.entity.js';

@Resolver(() => LedgerEntry)
export class LedgerEntryResolver {
  constructor(private readonly ids: PartnerFacingIds) {}

  @FieldResolver(() => ID, { description: 'Partners see a stable opaque id (the key embeds other ids).' })
  id(@Root() entry: LedgerEntry, @Ctx() { actor }: GraphQLContext) {
    return this.ids.id(actor, entry.id);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The commission of a commission entry (opaque to partners).',
  })
  commissionId(@Root() entry: LedgerEntry, @Ctx() { actor }: GraphQLContext) {
    return this.ids.id(actor, entry.commissionId);
  }

  @FieldResolver(() => MoneyType, {
    description: 'Signed: + commission, - clawback, - payment, +/- adjustment.',
  })
  amount(@Root() entry: LedgerEntry) {
    return moneyView(entry.amountMinor, entry.currency);
  }
}

import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ledgerEntryCause, moneyOf, paymentVoidEntryId } from '@partnerkit/domain';
import { fail } from '../../errors/app-error.js';
import { type GraphQLContext } from '../../graphql/context.js';
import { type PartnerFacingIds } from '../../graphql/partner-facing-ids.js';
import { MoneyType } from '../../graphql/money.type.js';
import { PaginationArgs } from '../../graphql/pagination.args.js';
import { AdminUser } from '../../kernel/admin-user.entity.js';
import { LedgerEntry } from '../../kernel/ledger-entry.entity.js';
import { Partner } from '../../kernel/partner.entity.js';
import { LedgerEntryConnection } from '../commissions/commission.type.js';
import { type AdjustmentService } from './adjustment.service.js';
import { PayoutBatch } from './payout-batch.entity.js';
import { paymentsCsv, paypalFiles } from './payout-files.js';
import { PayoutPreviewArgs } from './payout.args.js';
import {
  AddAdjustmentInput,
  CreatePayoutBatchInput,
  RecordPartnerPaymentInput,
  VoidPaymentInput,
} from './payout.input.js';
import { type PayoutQueries } from './payout.queries.js';
import { type PaidBy, type PayoutService } from './payout.service.js';
import {
  CreatePayoutBatchResult,
  EarningsBalance,
  LedgerEntryCauseType,
  PayoutBatchConnection,
  PayoutFile,
  PayoutPayment,
  PayoutPreviewRow,
  ProductSold,
} from './payout.type.js';

const adminOf = (context: GraphQLContext): string => {
  if (context.actor.kind !== 'admin') fail('FORBIDDEN', 'You may not do this.');
  return context.actor.adminUserId;
};

/** An admin, or an API key holding `payouts:write` (the access matrix let it in). */
const payerOf = (context: GraphQLContext): PaidBy => {
  const { actor } = context;
  if (actor.kind === 'admin') return { adminId: actor.adminUserId, apiKeyId: null };
  if (actor.kind === 'apiKey') return { adminId: null, apiKeyId: actor.apiKeyId };
  return fail('FORBIDDEN', 'You may not do this.');
};

const partnerOf = (context: GraphQLContext): string => {
  if (context.actor.kind !== 'partner') fail('FORBIDDEN', 'You may not do this.');
  return context.actor.partnerId;
};

const money = (minor: bigint, currency: string) => MoneyType.of(moneyOf(minor, currency));

@Resolver(() => PayoutBatch)
export class PayoutResolver {
  constructor(
    private readonly payouts: PayoutService,
    private readonly queries: PayoutQueries,
    private readonly adjustments: AdjustmentService,
    private readonly ids: PartnerFacingIds,
  ) {}

  @Authorized()
  @Query(() => [PayoutPreviewRow], {
    description:
      'Who can be paid: per partner and currency the payable amount and READY, or why not (below the minimum, no payout details, nothing payable). Flagged amounts are shown and never paid.',
  })
  async payoutPreview(
    @Args(() => PayoutPreviewArgs) args: PayoutPreviewArgs,
    @Ctx() { em }: GraphQLContext,
  ): Promise<PayoutPreviewRow[]> {
    return (await this.payouts.preview(em, args)).map((row) => ({
      partner: row.partner,
      currency: row.balance.currency,
      payable: MoneyType.of(row.balance.payable),
      pending: MoneyType.of(row.balance.pending),
      flagged: MoneyType.of(row.balance.flagged),
      total: MoneyType.of(row.balance.total),
      minimumPayout: money(row.minimumMinor, row.balance.currency),
      readiness: row.readiness,
    }));
  }

  @Authorized()
  @Query(() => PayoutBatchConnection, { description: 'Payout batches and single payments, newest first.' })
  payoutBatches(@Args(() => PaginationArgs) args: PaginationArgs, @Ctx() { em }: GraphQLContext) {
    return this.queries.batches(em, args);
  }

  @Authorized()
  @Query(() => PayoutBatch)
  payoutBatch(@Arg('id', () => ID) id: string, @Ctx() { em }: GraphQLContext) {
    return this.queries.batch(em, id);
  }

  @Authorized()
  @Mutation(() => CreatePayoutBatchResult, {
    description:
      'Pays everyone READY in one currency (or the partners named): one PAYMENT entry each, zeroing the payable balance. The same idempotency key returns the same batch and pays nothing again.',
  })
  async createPayoutBatch(
    @Arg('input', () => CreatePayoutBatchInput) input: CreatePayoutBatchInput,
    @Ctx() context: GraphQLContext,
  ): Promise<CreatePayoutBatchResult> {
    const result = await this.payouts.createBatch(context.em, payerOf(context), input);
    const partners = result.skipped.length
      ? await context.em.find(Partner, { id: { $in: result.skipped.map((s) => s.partnerId) } })
      : [];
    const byId = new Map(partners.map((p) => [p.id, p]));
    return {
      batch: result.batch,
      created: result.created,
      skipped: result.skipped.map((s) => ({ partner: byId.get(s.partnerId)!, reason: s.reason })),
    };
  }

  @Authorized()
  @Mutation(() => PayoutBatch, {
    description: "Records one payment to a partner (at most the payable balance), from the partner's page.",
  })
  recordPartnerPayment(
    @Arg('input', () => RecordPartnerPaymentInput) input: RecordPartnerPaymentInput,
    @Ctx() context: GraphQLContext,
  ) {
    return this.payouts.recordPartnerPayment(context.em, payerOf(context), input);
  }

  @Authorized()
  @Mutation(() => LedgerEntry, {
    description:
      'Voids a payment with a reversing entry (once); the commissions it settled are payable again.',
  })
  voidPayment(@Arg('input', () => VoidPaymentInput) input: VoidPaymentInput, @Ctx() context: GraphQLContext) {
    return this.payouts.voidPayment(context.em, payerOf(context), input);
  }

  @Authorized()
  @Mutation(() => LedgerEntry, {
    description: 'A manual +/- adjustment of a partner balance, with a required reason shown to the partner.',
  })
  addAdjustment(
    @Arg('input', () => AddAdjustmentInput) input: AddAdjustmentInput,
    @Ctx() context: GraphQLContext,
  ) {
    return this.adjustments.add(context.em, adminOf(context), input);
  }

  @Authorized()
  @Query(() => [EarningsBalance], {
    description:
      "The signed-in partner's earnings per currency: running balance, pending/payable/flagged/paid, the minimum payout, whether it can be paid out and when the next amount becomes payable.",
  })
  myEarnings(@Ctx() context: GraphQLContext) {
    return this.queries.earnings(context.em, partnerOf(context));
  }

  @Authorized()
  @Query(() => LedgerEntryConnection, {
    description: "The signed-in partner's payments (and voids), with method and reference, newest first.",
  })
  async myPayments(@Args(() => PaginationArgs) args: PaginationArgs, @Ctx() context: GraphQLContext) {
    const { actor } = context;
    const after = this.ids.openCursor(actor, args.after);
    const page = await this.queries.partnerPayments(context.em, partnerOf(context), { ...args, after });
    return this.ids.sealPage(actor, page);
  }

  @Authorized()
  @Query(() => [ProductSold], { description: 'Products the signed-in partner sold (their level-1 sales).' })
  myProductsSold(@Ctx() context: GraphQLContext) {
    return this.queries.productsSold(context.em, partnerOf(context));
  }

  @FieldResolver(() => MoneyType, { description: 'Sum of the payments (positive).' })
  total(@Root() batch: PayoutBatch) {
    return money(batch.totalMinor, batch.currency);
  }

  @FieldResolver(() => [PayoutPayment])
  payments(@Root() batch: PayoutBatch, @Ctx() { em }: GraphQLContext) {
    return this.queries.payments(em, batch);
  }

  @Authorized() // every payee's email and destination: admins and *:read keys (access matrix)
  @FieldResolver(() => [PayoutFile], {
    description:
      'PayPal Payouts web-upload files: no header; email, amount, currency, reference id (partner code), note, PAYPAL. At most 5,000 rows each; voided payments left out.',
  })
  async paypalFiles(@Root() batch: PayoutBatch, @Ctx() { em }: GraphQLContext) {
    return paypalFiles(batch, await this.queries.fileRows(em, batch));
  }

  @Authorized() // every payee's email and destination: admins and *:read keys (access matrix)
  @FieldResolver(() => PayoutFile, { description: 'Every payment of the batch as a CSV with a header row.' })
  async paymentsCsv(@Root() batch: PayoutBatch, @Ctx() { em }: GraphQLContext) {
    return paymentsCsv(batch, await this.queries.fileRows(em, batch));
  }

  @FieldResolver(() => String, { nullable: true, description: 'The admin who created it.' })
  async adminName(@Root() batch: PayoutBatch, @Ctx() { em }: GraphQLContext) {
    if (!batch.adminId) return null;
    return (await em.findOne(AdminUser, { id: batch.adminId }))?.name ?? null;
  }
}

@Resolver(() => LedgerEntry)
export class LedgerEntryCauseResolver {
  constructor(private readonly ids: PartnerFacingIds) {}

  @FieldResolver(() => LedgerEntryCauseType, {
    description: 'What caused it (the commission, refund, review, payout batch, void or adjustment).',
  })
  async cause(
    @Root() entry: LedgerEntry,
    @Ctx() { em, actor }: GraphQLContext,
  ): Promise<LedgerEntryCauseType> {
    const cause = ledgerEntryCause({
      id: entry.id,
      partnerId: entry.partner.id,
      kind: entry.kind,
      amount: moneyOf(entry.amountMinor, entry.currency),
      effectiveAt: entry.effectiveAt,
      availableAt: entry.availableAt,
      commissionId: entry.commissionId,
      refundId: entry.refundId,
      payoutBatchId: entry.payoutBatchId,
      method: entry.method,
      reference: entry.reference,
      reason: entry.reason,
      adminId: entry.adminId,
    });
    const adminName =
      actor.kind === 'admin' && cause.adminId
        ? ((await em.findOne(AdminUser, { id: cause.adminId }))?.name ?? null)
        : null;
    return {
      kind: cause.kind,
      commissionId: this.ids.id(actor, cause.commissionId),
      refundId: this.ids.id(actor, cause.refundId),
      payoutBatchId: cause.payoutBatchId,
      voidedEntryId: this.ids.id(actor, cause.voidedEntryId),
      reason: cause.reason,
      adminName,
    };
  }

  @FieldResolver(() => Boolean, { description: 'A payment that has been voided since.' })
  async voided(@Root() entry: LedgerEntry, @Ctx() { em }: GraphQLContext): Promise<boolean> {
    if (entry.kind !== 'PAYMENT' || entry.amountMinor >= 0n) return false;
    return (await em.count(LedgerEntry, { id: paymentVoidEntryId(entry.id) })) > 0;
  }
}

import { stringify } from 'csv-stringify/sync';
import { moneyToDecimalString } from '@partnerkit/domain';

/** PayPal's web upload takes at most this many payments per file. */
export const PAYPAL_ROWS_PER_FILE = 5000;

/** One payment of a batch, as the download files show it. */
export interface PaymentFileRow {
  entryId: string;
  partnerCode: string;
  partnerName: string;
  partnerEmail: string;
  /** The partner's payout method and destination (e.g. PAYPAL, a PayPal email). */
  payoutMethod: string | null;
  payoutDestination: string | null;
  /** Positive minor units paid. */
  amountMinor: bigint;
  currency: string;
  voided: boolean;
}

export interface BatchFileHeader {
  id: string;
  method: string;
  reference: string | null;
  paidAt: Date;
}

export interface PayoutFile {
  name: string;
  rowCount: number;
  content: string;
}

/** Who PayPal pays: the partner's PayPal destination when that is their method, else their email. */
export const paypalRecipient = (row: PaymentFileRow) =>
  row.payoutMethod === 'PAYPAL' && row.payoutDestination?.trim()
    ? row.payoutDestination.trim()
    : row.partnerEmail;

const day = (at: Date) => at.toISOString().slice(0, 10);

/** The note each partner sees in PayPal. */
export const paypalNote = (batch: BatchFileHeader) =>
  `Partner commission payout ${day(batch.paidAt)}${batch.reference ? ` (${batch.reference})` : ''}`;

/**
 * The batch in PayPal Payouts' web-upload layout: no header row; per payment the recipient's email, the
 * amount in major units with the currency's decimals (`12.50`), the currency, our reference id (the
 * partner code), the note to the recipient and the wallet `PAYPAL`. One currency per file (a batch is in
 * one currency) and at most 5,000 rows per file: a larger batch gives several files. Voided payments are
 * left out (they are not to be sent).
 */
export function paypalFiles(batch: BatchFileHeader, rows: readonly PaymentFileRow[]): PayoutFile[] {
  const live = rows.filter((row) => !row.voided);
  const note = paypalNote(batch);
  const files: PayoutFile[] = [];
  for (let start = 0; start < live.length; start += PAYPAL_ROWS_PER_FILE) {
    const part = live.slice(start, start + PAYPAL_ROWS_PER_FILE);
    const currency = part[0]!.currency;
    const index = files.length + 1;
    files.push({
      name: `paypal-payouts-${day(batch.paidAt)}-${batch.id.slice(0, 8)}-${currency}-${index}.csv`,
      rowCount: part.length,
      content: stringify(
        part.map((row) => [
          paypalRecipient(row),
          moneyToDecimalString({ amountMinor: row.amountMinor, currency: row.currency }),
          row.currency,
          row.partnerCode,
          note,
          'PAYPAL',
        ]),
        { record_delimiter: 'unix' },
      ),
    });
  }
  return files;
}

export const PAYMENTS_CSV_COLUMNS = [
  'batch_id',
  'paid_at',
  'method',
  'reference',
  'partner_code',
  'partner_name',
  'partner_email',
  'payout_method',
  'payout_destination',
  'currency',
  'amount',
  'amount_minor',
  'voided',
  'entry_id',
] as const;

/** The batch as a generic CSV (header row, one payment a row, voided ones marked). */
export function paymentsCsv(batch: BatchFileHeader, rows: readonly PaymentFileRow[]): PayoutFile {
  return {
    name: `payments-${day(batch.paidAt)}-${batch.id.slice(0, 8)}.csv`,
    rowCount: rows.length,
    content: stringify(
      rows.map((row) => [
        batch.id,
        batch.paidAt.toISOString(),
        batch.method,
        batch.reference ?? '',
        row.partnerCode,
        row.partnerName,
        row.partnerEmail,
        row.payoutMethod ?? '',
        row.payoutDestination ?? '',
        row.currency,
        moneyToDecimalString({ amountMinor: row.amountMinor, currency: row.currency }),
        row.amountMinor.toString(),
        row.voided ? 'yes' : 'no',
        row.entryId,
      ]),
      { header: true, columns: [...PAYMENTS_CSV_COLUMNS], record_delimiter: 'unix' },
    ),
  };
}

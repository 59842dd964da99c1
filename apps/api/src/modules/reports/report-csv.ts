import { stringify } from 'csv-stringify/sync';
import { moneyToDecimalString, moneyOf } from '@partnerkit/domain';
import { type MoneyType } from '../../graphql/money.type.js';

/** One column of a report's CSV: its header and how a row shows in it. */
export interface CsvColumn<T> {
  header: string;
  value: (row: T) => string | number | null;
}

/** A report page as CSV (RFC 4180 quoting by csv-stringify, a header row, CRLF line ends). */
export function toCsv<T>(columns: readonly CsvColumn<T>[], rows: readonly T[]): string {
  return stringify(
    rows.map((row) => columns.map((column) => column.value(row) ?? '')),
    { header: true, columns: columns.map((column) => column.header), record_delimiter: 'windows' },
  );
}

/** An amount as a plain decimal in its currency's units (`-12.50`), for spreadsheets. */
export const csvAmount = (money: MoneyType): string =>
  moneyToDecimalString(moneyOf(BigInt(money.amountMinor), money.currency));

/** Several currencies in one cell: `USD 12.50; EUR 3.00`. */
export const csvAmounts = (amounts: readonly MoneyType[]): string =>
  amounts.map((money) => `${money.currency} ${csvAmount(money)}`).join('; ');

/** Defines `csv` on a report result, built only when a client asks for it. */
export function withCsv<R extends object, T>(
  result: R,
  columns: readonly CsvColumn<T>[],
  rows: () => readonly T[],
): R & { csv: string } {
  Object.defineProperty(result, 'csv', { enumerable: true, get: () => toCsv(columns, rows()) });
  return result as R & { csv: string };
}

import { describe, expect, test } from 'vitest';
import { paymentsCsv, paypalFiles, PAYPAL_ROWS_PER_FILE, type PaymentFileRow } from './payout-files.js';

const batch = {
  id: '0b6a3e0c-1111-4222-8333-944455556666',
  method: 'PAYPAL',
  reference: 'May run',
  paidAt: new Date('2026-05-31T23:30:00Z'),
};

const row = (extra: Partial<PaymentFileRow>): PaymentFileRow => ({
  entryId: 'payment:b:p:USD',
  partnerCode: 'alice',
  partnerName: 'Alice',
  partnerEmail: 'alice@example.com',
  payoutMethod: 'PAYPAL',
  payoutDestination: 'alice.paypal@example.com',
  amountMinor: 1250n,
  currency: 'USD',
  voided: false,
  ...extra,
});

describe('PayPal Payouts web-upload file', () => {
  test('matches the hand-written file byte for byte', () => {
    const files = paypalFiles(batch, [
      row({}),
      row({
        partnerCode: 'bob-2',
        partnerEmail: 'bob@example.com',
        payoutMethod: 'BANK_TRANSFER',
        payoutDestination: 'DE89 3704',
        amountMinor: 100000n,
      }),
      row({ partnerCode: 'carol', payoutDestination: 'carol, "the" payee@example.com', amountMinor: 5n }),
      row({ partnerCode: 'dave', voided: true }),
    ]);
    const expected =
      'alice.paypal@example.com,12.50,USD,alice,Partner commission payout 2026-05-31 (May run),PAYPAL\n' +
      'bob@example.com,1000.00,USD,bob-2,Partner commission payout 2026-05-31 (May run),PAYPAL\n' +
      '"carol, ""the"" payee@example.com",0.05,USD,carol,Partner commission payout 2026-05-31 (May run),PAYPAL\n';
    expect(files).toHaveLength(1);
    expect(files[0]!.name).toBe('paypal-payouts-2026-05-31-0b6a3e0c-USD-1.csv');
    expect(files[0]!.rowCount).toBe(3);
    expect(Buffer.from(files[0]!.content, 'utf8').equals(Buffer.from(expected, 'utf8'))).toBe(true);
  });

  test('a currency without decimals has none; more than 5,000 payments give several files', () => {
    const rows = Array.from({ length: PAYPAL_ROWS_PER_FILE * 2 + 1 }, (_, i) =>
      row({ partnerCode: `p${i}`, amountMinor: 500n, currency: 'JPY' }),
    );
    const files = paypalFiles({ ...batch, reference: null }, rows);
    expect(files.map((f) => f.rowCount)).toEqual([5000, 5000, 1]);
    expect(files.map((f) => f.name.slice(-10))).toEqual(['-JPY-1.csv', '-JPY-2.csv', '-JPY-3.csv']);
    expect(files[2]!.content).toBe(
      'alice.paypal@example.com,500,JPY,p10000,Partner commission payout 2026-05-31,PAYPAL\n',
    );
  });

  test('no payments, no file', () => {
    expect(paypalFiles(batch, [row({ voided: true })])).toEqual([]);
  });
});

describe('generic payments CSV', () => {
  test('has a header and marks voided payments', () => {
    const file = paymentsCsv(batch, [row({}), row({ partnerCode: 'dave', voided: true })]);
    expect(file.content.split('\n')).toEqual([
      'batch_id,paid_at,method,reference,partner_code,partner_name,partner_email,payout_method,payout_destination,currency,amount,amount_minor,voided,entry_id',
      '0b6a3e0c-1111-4222-8333-944455556666,2026-05-31T23:30:00.000Z,PAYPAL,May run,alice,Alice,alice@example.com,PAYPAL,alice.paypal@example.com,USD,12.50,1250,no,payment:b:p:USD',
      '0b6a3e0c-1111-4222-8333-944455556666,2026-05-31T23:30:00.000Z,PAYPAL,May run,dave,Alice,alice@example.com,PAYPAL,alice.paypal@example.com,USD,12.50,1250,yes,payment:b:p:USD',
      '',
    ]);
  });
});

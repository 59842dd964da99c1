import { Text } from '@mantine/core';
import { MoneyText, type MoneyValue } from '@partnerkit/ui';
import { Fragment } from 'react';

/** Amounts of several currencies side by side (never added together); a dash when there are none. */
export function MoneyList({ amounts }: { amounts: readonly MoneyValue[] }) {
  if (amounts.length === 0) {
    return (
      <Text span c="dimmed" inherit>
        –
      </Text>
    );
  }
  return (
    <>
      {amounts.map((money, index) => (
        <Fragment key={money.currency}>
          {index > 0 && <br />}
          <MoneyText money={money} />
        </Fragment>
      ))}
    </>
  );
}

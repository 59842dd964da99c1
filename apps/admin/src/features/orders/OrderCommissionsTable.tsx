import { Anchor, Text } from '@mantine/core';
import { CommissionStatusBadge, DataTable, MoneyText } from '@partnerkit/ui';
import { Link } from 'react-router';
import type { OrderQuery } from '../../gql/graphql';
import { isNonZero } from './orderText';

type OrderCommission = OrderQuery['order']['commissions'][number];

function ruleLabel(rule: OrderCommission['rule']): string {
  const layer = rule.layer.charAt(0) + rule.layer.slice(1).toLowerCase().replace(/_/g, ' ');
  return rule.recurringPhase ? `${layer} (${rule.recurringPhase.toLowerCase()})` : layer;
}

/** Every commission of the sale: all partners and levels. */
export function OrderCommissionsTable({ commissions }: { commissions: readonly OrderCommission[] }) {
  return (
    <DataTable
      label="Commissions of this sale"
      rows={commissions}
      rowKey={(commission) => commission.id}
      emptyText="This sale earned no commission."
      columns={[
        {
          key: 'partner',
          header: 'Partner',
          render: (commission) => (
            <Anchor component={Link} to={`/partners/${commission.partner.id}`} size="sm">
              {commission.partner.code}
            </Anchor>
          ),
        },
        { key: 'level', header: 'Level', align: 'right', render: (commission) => commission.level },
        {
          key: 'amount',
          header: 'Amount',
          align: 'right',
          render: (commission) => <MoneyText money={commission.amount} />,
        },
        {
          key: 'reversed',
          header: 'Reversed',
          align: 'right',
          render: (commission) =>
            isNonZero(commission.reversed.amountMinor) ? (
              <MoneyText money={commission.reversed} c="red" />
            ) : (
              <Text span c="dimmed">
                —
              </Text>
            ),
        },
        {
          key: 'status',
          header: 'Status',
          render: (commission) => <CommissionStatusBadge status={commission.status} />,
        },
        { key: 'rule', header: 'Rule layer', render: (commission) => ruleLabel(commission.rule) },
      ]}
    />
  );
}

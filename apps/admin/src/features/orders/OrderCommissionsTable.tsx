import { Anchor } from '@mantine/core';
import { CommissionsTable } from '@partnerkit/ui';
import { Link } from 'react-router';
import type { OrderQuery } from '../../gql/graphql';

type OrderCommission = OrderQuery['order']['commissions'][number];

function ruleLabel(rule: OrderCommission['rule']): string {
  const layer = rule.layer.charAt(0) + rule.layer.slice(1).toLowerCase().replace(/_/g, ' ');
  return rule.recurringPhase ? `${layer} (${rule.recurringPhase.toLowerCase()})` : layer;
}

/** Every commission of the sale: all partners and levels. */
export function OrderCommissionsTable({ commissions }: { commissions: readonly OrderCommission[] }) {
  return (
    <CommissionsTable
      label="Commissions of this sale"
      commissions={commissions}
      emptyText="This sale earned no commission."
      columns={['level', 'amount', 'reversed', 'status']}
      leadingColumns={[
        {
          key: 'partner',
          header: 'Partner',
          render: (commission) => (
            <Anchor component={Link} to={`/partners/${commission.partner.id}`} size="sm">
              {commission.partner.code}
            </Anchor>
          ),
        },
      ]}
      trailingColumns={[
        { key: 'rule', header: 'Rule layer', render: (commission) => ruleLabel(commission.rule) },
      ]}
    />
  );
}

import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import {
  DateTimeText,
  LoadMoreFooter,
  MoneyText,
  notifyError,
  notifySuccess,
  PageHeader,
  problemOf,
  TableScrollRegion,
  useConnectionQuery,
} from '@partnerkit/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import type { CommissionReviewDecision } from '../../gql/graphql';
import { FLAGGED_COMMISSIONS } from './graphql/flaggedCommissions';
import { useReviewCommissions } from './useReviewCommissions';

const REASONS: Record<string, string> = { SELF_REFERRAL: 'Self-referral: the customer is the partner' };

/**
 * The review queue: FLAGGED commissions with the reason, approved (payable once the hold elapses) or
 * rejected (voided with a reversing entry) one by one or in bulk, with a note.
 */
export function ReviewQueuePage() {
  const queue = useConnectionQuery(FLAGGED_COMMISSIONS, 'flaggedCommissions', { first: 100 });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [note, setNote] = useState('');
  const { review, busy } = useReviewCommissions();
  const rows = queue.nodes;
  const chosen = rows.filter((row) => selected.has(row.id)).map((row) => row.id);

  async function decide(decision: CommissionReviewDecision, ids: string[]) {
    try {
      const reviewed = await review(ids, decision, note);
      notifySuccess(
        `${reviewed.length} commission${reviewed.length === 1 ? '' : 's'} ${decision === 'APPROVE' ? 'approved' : 'rejected'}.`,
      );
      setSelected(new Set());
      setNote('');
    } catch (problem) {
      notifyError(problem);
    }
  }

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <>
      <PageHeader
        title="Review queue"
        description={`${queue.totalCount} flagged commission${queue.totalCount === 1 ? '' : 's'} waiting for review. Flagged amounts are never paid until approved; rejecting voids them (and the flagged parent levels of the same sale).`}
      />
      {queue.error && (
        <Alert color="red" mb="md" title="The queue could not be loaded">
          {problemOf(queue.error).message}
        </Alert>
      )}
      <Group mb="md" align="flex-end">
        <Textarea
          label="Note (optional, kept with the decision)"
          autosize
          minRows={1}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          miw={220}
          style={{ flex: 1 }}
        />
        <Button
          disabled={chosen.length === 0}
          loading={busy}
          onClick={() => void decide('APPROVE' as CommissionReviewDecision, chosen)}
        >
          Approve selected ({chosen.length})
        </Button>
        <Button
          color="red"
          variant="light"
          disabled={chosen.length === 0}
          loading={busy}
          onClick={() => void decide('REJECT' as CommissionReviewDecision, chosen)}
        >
          Reject selected
        </Button>
      </Group>
      <Paper withBorder>
        <TableScrollRegion label="Flagged commissions" minWidth={860}>
          <Table aria-label="Flagged commissions" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <Checkbox
                    aria-label="Select all"
                    checked={rows.length > 0 && chosen.length === rows.length}
                    indeterminate={chosen.length > 0 && chosen.length < rows.length}
                    onChange={(event) =>
                      setSelected(event.currentTarget.checked ? new Set(rows.map((r) => r.id)) : new Set())
                    }
                  />
                </Table.Th>
                <Table.Th>Partner</Table.Th>
                <Table.Th>Reason</Table.Th>
                <Table.Th>Sale</Table.Th>
                <Table.Th>Level</Table.Th>
                <Table.Th style={{ textAlign: 'right' }}>Amount</Table.Th>
                <Table.Th>Earned</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Td>
                    <Checkbox
                      aria-label={`Select commission of ${row.partner.code} level ${row.level}`}
                      checked={selected.has(row.id)}
                      onChange={(event) => toggle(row.id, event.currentTarget.checked)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Anchor component={Link} to={`/partners/${row.partner.id}`} size="sm" fw={500}>
                      {row.partner.name}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {row.partner.code} · {row.partner.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color="orange" variant="light">
                      {row.flagReason === 'SELF_REFERRAL' ? 'Self-referral' : (row.flagReason ?? 'Flagged')}
                    </Badge>
                    <Text size="xs" c="dimmed">
                      {REASONS[row.flagReason ?? ''] ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {row.order ? (
                      <>
                        <Anchor component={Link} to={`/orders/${row.order.id}`} size="sm">
                          Order {row.order.externalId}
                        </Anchor>
                        <Text size="xs" c="dimmed">
                          Customer {row.order.customer?.email ?? 'unknown'}
                        </Text>
                      </>
                    ) : (
                      'Lead'
                    )}
                  </Table.Td>
                  <Table.Td>{row.level}</Table.Td>
                  <Table.Td style={{ textAlign: 'right' }}>
                    <MoneyText money={row.amount} />
                  </Table.Td>
                  <Table.Td>
                    <DateTimeText value={row.createdAt} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap" justify="flex-end">
                      <Button
                        size="xs"
                        loading={busy}
                        aria-label={`Approve commission of ${row.partner.code} level ${row.level}`}
                        onClick={() => void decide('APPROVE' as CommissionReviewDecision, [row.id])}
                      >
                        Approve
                      </Button>
                      <Button
                        size="xs"
                        color="red"
                        variant="light"
                        loading={busy}
                        aria-label={`Reject commission of ${row.partner.code} level ${row.level}`}
                        onClick={() => void decide('REJECT' as CommissionReviewDecision, [row.id])}
                      >
                        Reject
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScrollRegion>
        {rows.length === 0 && (
          <Stack p="lg" align="center">
            <Text c="dimmed" size="sm">
              {queue.loading ? 'Loading…' : 'Nothing is waiting for review.'}
            </Text>
          </Stack>
        )}
      </Paper>
      <LoadMoreFooter
        shown={rows.length}
        total={queue.totalCount}
        hasMore={queue.hasNextPage}
        loading={queue.loading}
        onLoadMore={() => void queue.loadMore()}
      />
    </>
  );
}

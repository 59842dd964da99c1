import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import {
  DateTimeText,
  notifyError,
  notifySuccess,
  PageHeader,
  problemOf,
  TableScrollRegion,
} from '@partnerkit/ui';
import { useState } from 'react';
import { useProgramOptions } from '../programs/useProgramOptions';
import { PENDING_PARTNERS } from './graphql/pendingPartners';
import { useReviewPartners } from './useReviewPartners';

const formatValue = (value: unknown) => (typeof value === 'boolean' ? (value ? 'yes' : 'no') : String(value));

/** The approval queue: pending applications, approved or rejected one by one or in bulk, with a note. */
export function ApprovalsPage() {
  const [programId, setProgramId] = useState<string | null>(null);
  const { options: programOptions } = useProgramOptions();
  const { data, loading, error } = useQuery(PENDING_PARTNERS, {
    variables: { first: 200, programId },
    fetchPolicy: 'cache-and-network',
  });
  const pending = data?.partners.nodes ?? [];
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [note, setNote] = useState('');
  const { review, busy } = useReviewPartners();
  const chosen = pending.filter((partner) => selected.has(partner.id)).map((partner) => partner.id);

  async function decide(decision: 'approve' | 'reject', ids: string[]) {
    try {
      await review(decision, ids, note);
      notifySuccess(
        `${ids.length} application${ids.length === 1 ? '' : 's'} ${decision === 'approve' ? 'approved' : 'rejected'}.`,
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
        title="Approvals"
        description={`${data?.partners.totalCount ?? 0} application${data?.partners.totalCount === 1 ? '' : 's'} awaiting approval. Each partner gets the approved or rejected email, with your note.`}
      />
      {error && (
        <Alert color="red" mb="md" title="Applications could not be loaded">
          {problemOf(error).message}
        </Alert>
      )}
      <Group mb="md" align="flex-end">
        <NativeSelect
          label="Program"
          data={[{ value: '', label: 'All programs' }, ...programOptions]}
          value={programId ?? ''}
          onChange={(event) => setProgramId(event.currentTarget.value || null)}
          w={{ base: '100%', xs: 240 }}
        />
        <Textarea
          label="Note to the applicants (optional)"
          autosize
          minRows={1}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          miw={220}
          style={{ flex: 1 }}
        />
        <Button disabled={chosen.length === 0} loading={busy} onClick={() => void decide('approve', chosen)}>
          Approve selected ({chosen.length})
        </Button>
        <Button
          color="red"
          variant="light"
          disabled={chosen.length === 0}
          loading={busy}
          onClick={() => void decide('reject', chosen)}
        >
          Reject selected
        </Button>
      </Group>
      <Paper withBorder>
        <TableScrollRegion label="Pending applications" minWidth={760}>
          <Table aria-label="Pending applications" verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>
                  <Checkbox
                    aria-label="Select all"
                    checked={pending.length > 0 && chosen.length === pending.length}
                    indeterminate={chosen.length > 0 && chosen.length < pending.length}
                    onChange={(event) =>
                      setSelected(event.currentTarget.checked ? new Set(pending.map((p) => p.id)) : new Set())
                    }
                  />
                </Table.Th>
                <Table.Th>Applicant</Table.Th>
                <Table.Th>Programs</Table.Th>
                <Table.Th>Referred by</Table.Th>
                <Table.Th>Answers</Table.Th>
                <Table.Th>Applied</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pending.map((partner) => (
                <Table.Tr key={partner.id}>
                  <Table.Td>
                    <Checkbox
                      aria-label={`Select ${partner.code}`}
                      checked={selected.has(partner.id)}
                      onChange={(event) => toggle(partner.id, event.currentTarget.checked)}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Stack gap={0}>
                      <Text size="sm" fw={500}>
                        {partner.name}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {partner.code} · {partner.email}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>{partner.programs.map((program) => program.name).join(', ') || '—'}</Table.Td>
                  <Table.Td>{partner.parent?.code ?? '—'}</Table.Td>
                  <Table.Td>
                    {Object.entries(partner.customFields).map(([key, value]) => (
                      <Text size="xs" key={key}>
                        {key}: {formatValue(value)}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    <DateTimeText value={partner.createdAt} />
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap" justify="flex-end">
                      <Button
                        size="xs"
                        loading={busy}
                        onClick={() => void decide('approve', [partner.id])}
                        aria-label={`Approve ${partner.code}`}
                      >
                        Approve
                      </Button>
                      <Button
                        size="xs"
                        color="red"
                        variant="light"
                        loading={busy}
                        onClick={() => void decide('reject', [partner.id])}
                        aria-label={`Reject ${partner.code}`}
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
        {pending.length === 0 && (
          <Text c="dimmed" size="sm" ta="center" p="lg">
            {loading ? 'Loading…' : 'No applications are waiting.'}
          </Text>
        )}
      </Paper>
    </>
  );
}

import { Code, Table, Text } from '@mantine/core';

/** A partner's custom fields as a key / value list. */
export function CustomFieldsList({ fields }: { fields: Record<string, unknown> }) {
  const entries = Object.entries(fields);
  if (entries.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No custom fields.
      </Text>
    );
  }
  return (
    <Table aria-label="Custom fields" withRowBorders={false} verticalSpacing={4}>
      <Table.Tbody>
        {entries.map(([key, value]) => (
          <Table.Tr key={key}>
            <Table.Th w="35%">{key}</Table.Th>
            <Table.Td>
              {typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? (
                String(value)
              ) : (
                <Code>{JSON.stringify(value)}</Code>
              )}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

import { useMutation } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Code,
  FileButton,
  Group,
  Paper,
  Stack,
  Table,
  Text,
  Textarea,
} from '@mantine/core';
import { notifySuccess, PageHeader, TableScrollRegion, useFormErrors } from '@partnerkit/ui';
import { useState } from 'react';
import type { ImportPartnersMutation } from '../../gql/graphql';
import { IMPORT_PARTNERS } from './graphql/importPartners';
import { BackLink } from '../session/BackLink';

type Report = ImportPartnersMutation['importPartners'];

const EXAMPLE = `code,name,email,status,parent_code,programs,password,custom.website
anna,Anna Agency,anna@example.com,ACTIVE,,Standard partners,,https://anna.example
ben,Ben Blog,ben@example.com,PENDING,anna,Standard partners,,`;

/** CSV import: check the file (dry run, a report per row), then import when every row is fine. */
export function ImportPartnersPage() {
  const [csv, setCsv] = useState('');
  const [report, setReport] = useState<Report | null>(null);
  const [mutate, { loading }] = useMutation(IMPORT_PARTNERS, {
    refetchQueries: ['Partners', 'PendingPartners'],
  });
  const { fieldErrors, clearFieldErrors, showError } = useFormErrors(['csv'] as const);

  async function run(dryRun: boolean) {
    clearFieldErrors();
    try {
      const { data } = await mutate({ variables: { csv, dryRun } });
      if (!data) return;
      setReport(data.importPartners);
      if (!dryRun && data.importPartners.created > 0)
        notifySuccess(`${data.importPartners.created} partners imported.`);
    } catch (error) {
      setReport(null);
      showError(error);
    }
  }

  const problems = report?.rows.filter((row) => row.problems.length > 0) ?? [];
  const ready = report?.dryRun && report.validRows === report.totalRows;

  return (
    <>
      <BackLink to="/partners">Partners</BackLink>
      <PageHeader
        title="Import partners"
        description="Paste or choose a CSV file. It is checked first; nothing is written until every row is fine."
      />
      <Paper withBorder p="md" maw={1000}>
        <Stack>
          <Text size="sm">
            Columns: <Code>code</Code>, <Code>name</Code>, <Code>email</Code> (required), <Code>status</Code>{' '}
            (ACTIVE or PENDING), <Code>parent_code</Code> (an existing partner or a row of the file),{' '}
            <Code>programs</Code> (names or ids separated by <Code>;</Code>), <Code>password</Code> (portal
            access), <Code>custom.&lt;key&gt;</Code> (custom fields).
          </Text>
          <Textarea
            label="CSV"
            autosize
            minRows={6}
            maxRows={20}
            placeholder={EXAMPLE}
            value={csv}
            onChange={(event) => {
              setCsv(event.currentTarget.value);
              setReport(null);
            }}
            error={fieldErrors.csv}
            styles={{ input: { fontFamily: 'monospace' } }}
          />
          <Group justify="space-between">
            <FileButton
              accept=".csv,text/csv"
              onChange={(file) => {
                void file?.text().then((text) => {
                  setCsv(text);
                  setReport(null);
                });
              }}
            >
              {(props) => (
                <Button variant="default" {...props}>
                  Choose a file…
                </Button>
              )}
            </FileButton>
            <Group>
              <Button variant="light" loading={loading} disabled={!csv.trim()} onClick={() => void run(true)}>
                Check file
              </Button>
              <Button loading={loading} disabled={!ready} onClick={() => void run(false)}>
                Import {report ? `${report.totalRows} partners` : ''}
              </Button>
            </Group>
          </Group>
        </Stack>
      </Paper>
      {report && (
        <Paper withBorder p="md" mt="md" maw={1000} aria-label="Import report">
          {report.dryRun ? (
            <Alert
              color={problems.length ? 'red' : 'green'}
              mb="md"
              title={problems.length ? 'Fix these rows first' : 'Ready to import'}
            >
              {report.validRows} of {report.totalRows} rows are fine. Nothing has been written yet.
            </Alert>
          ) : report.created > 0 ? (
            <Alert color="green" mb="md" title="Imported">
              {report.created} partners were created.
            </Alert>
          ) : (
            <Alert color="red" mb="md" title="Nothing was imported">
              Some rows have problems; fix them and check the file again.
            </Alert>
          )}
          {problems.length > 0 && (
            <TableScrollRegion label="Rows with problems" minWidth={520}>
              <Table aria-label="Rows with problems">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Line</Table.Th>
                    <Table.Th>Code</Table.Th>
                    <Table.Th>Column</Table.Th>
                    <Table.Th>Problem</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {problems.flatMap((row) =>
                    row.problems.map((problem, index) => (
                      <Table.Tr key={`${row.line}-${index}`}>
                        <Table.Td>{row.line}</Table.Td>
                        <Table.Td>{row.code}</Table.Td>
                        <Table.Td>
                          <Badge variant="light" color="red" tt="none">
                            {problem.column}
                          </Badge>
                        </Table.Td>
                        <Table.Td>{problem.message}</Table.Td>
                      </Table.Tr>
                    )),
                  )}
                </Table.Tbody>
              </Table>
            </TableScrollRegion>
          )}
        </Paper>
      )}
    </>
  );
}

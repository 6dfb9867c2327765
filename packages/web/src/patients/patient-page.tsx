import {
  Anchor,
  Badge,
  Grid,
  Group,
  Loader,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { Link, useParams } from 'react-router';
import { formatCents } from '../format.ts';
import { usePayers } from '../setup/use-setup.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { AccountActions } from './account-actions.tsx';
import { describeLedgerEntry, unappliedCredit } from './ledger-description.ts';
import { needsMspType } from './medicare-secondary.ts';
import { MspTypeCell } from './msp-type-cell.tsx';
import { ReceiptsTable } from './receipts-table.tsx';
import { useCoverages, useLedger, usePatient } from './use-patients.ts';

/** A patient: who, their coverages in order, and the account ledger with its running balance. */
export function PatientPage() {
  const id = useParams().id ?? '';
  const patient = usePatient(id);
  const coverages = useCoverages(id);
  const ledger = useLedger(id);
  const payers = usePayers().data ?? [];
  const payerName = (payerId: string) => payers.find((p) => p.id === payerId)?.name ?? payerId;
  if (patient.error) return <ProblemAlert error={patient.error} />;
  if (!patient.data) return <Loader size="sm" />;
  const p = patient.data;
  let balance = 0;
  const rows = (ledger.data ?? []).map((entry) => ({ entry, balance: (balance += entry.effect) }));
  const credit = unappliedCredit(ledger.data ?? []);

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3}>
          {p.lastName}, {p.firstName}
        </Title>
        <AccountActions patientId={id} />
      </Group>
      <Text size="sm" c="dimmed">
        Account {p.accountNumber} · DOB {p.dateOfBirth} · {p.sex}
      </Text>
      <Grid gap="sm">
        <Grid.Col span={5}>
          <Paper withBorder p="xs">
            <Text size="sm" fw={700} mb={4}>
              Coverages
            </Text>
            <ProblemAlert error={coverages.error} />
            <Table withTableBorder aria-label="Coverages">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Order</Table.Th>
                  <Table.Th>Payer</Table.Th>
                  <Table.Th>Member ID</Table.Th>
                  <Table.Th>Effective</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {coverages.data?.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      <Badge size="xs" variant="light" miw={70}>
                        {c.order}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {payerName(c.payerId)}
                      {c.planName ? ` · ${c.planName}` : ''}
                      {needsMspType(
                        payers.find((p) => p.id === c.payerId),
                        c.order,
                      ) && <MspTypeCell coverage={c} />}
                    </Table.Td>
                    <Table.Td ff="monospace">{c.memberId}</Table.Td>
                    <Table.Td>
                      {c.effectiveFrom}
                      {c.effectiveTo ? ` – ${c.effectiveTo}` : ''}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
          <Paper withBorder p="xs" mt="sm">
            <Text size="sm" fw={700} mb={4}>
              Payments and refunds
            </Text>
            <ReceiptsTable patientId={id} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={7}>
          <Paper withBorder p="xs">
            <Text size="sm" fw={700} mb={4}>
              Account ledger — balance {formatCents(balance)}
              {credit > 0 && ` · ${formatCents(credit)} unapplied credit on account`}
            </Text>
            <ProblemAlert error={ledger.error} />
            <Table striped withTableBorder aria-label="Account ledger">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Posted</Table.Th>
                  <Table.Th>DOS</Table.Th>
                  <Table.Th>Code</Table.Th>
                  <Table.Th>Claim</Table.Th>
                  <Table.Th>Entry</Table.Th>
                  <Table.Th ta="right">Amount</Table.Th>
                  <Table.Th ta="right">Balance</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ entry, balance: running }) => (
                  <Table.Tr key={entry.seq}>
                    <Table.Td>{entry.postedOn}</Table.Td>
                    <Table.Td>
                      {entry.unapplied ? (
                        <Text span size="sm" c="dimmed">
                          on account
                        </Text>
                      ) : (
                        entry.serviceDate
                      )}
                    </Table.Td>
                    <Table.Td ff="monospace">{entry.procedureCode}</Table.Td>
                    <Table.Td ff="monospace">
                      {entry.claimNumber && (
                        <Anchor component={Link} to={`/claims?q=${entry.claimNumber}`} size="sm">
                          {entry.claimNumber}
                        </Anchor>
                      )}
                    </Table.Td>
                    <Table.Td>{describeLedgerEntry(entry)}</Table.Td>
                    <Table.Td ta="right">
                      {formatCents(entry.effect === 0 ? entry.amount : entry.effect)}
                    </Table.Td>
                    <Table.Td ta="right">{formatCents(running)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {ledger.data?.length === 0 && (
              <Text size="sm" c="dimmed">
                Nothing posted yet.
              </Text>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

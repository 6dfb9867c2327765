import { BarChart } from '@mantine/charts';
import { Anchor, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatCents } from '../format.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { WORKLIST_KINDS } from '../worklists/worklist-kinds.ts';
import { AGE_BUCKETS, agingChartData, useDashboard } from './use-dashboard.ts';

const COLORS = ['indigo.6', 'teal.6', 'orange.6', 'grape.6', 'cyan.6', 'red.6'];

/** The day at a glance: open work per queue, A/R aging by payer, what was done today. */
export function DashboardPage() {
  const dashboard = useDashboard();
  if (dashboard.error) return <ProblemAlert error={dashboard.error} />;
  const d = dashboard.data;
  const chart = agingChartData(d?.aging ?? []);
  const total = (bucket?: string) =>
    (d?.aging ?? [])
      .filter((a) => !bucket || a.bucket === bucket)
      .reduce((s, a) => s + a.balance, 0);

  return (
    <Stack gap="sm">
      <Title order={3}>Dashboard</Title>
      <SimpleGrid cols={{ base: 4, xl: 7 }} spacing="xs">
        {WORKLIST_KINDS.map(({ kind, label }) => (
          <Paper key={kind} withBorder p="xs">
            <Group justify="space-between">
              <Anchor component={Link} to={`/worklists?kind=${kind}`} size="sm">
                {label}
              </Anchor>
              <Text fw={700} size="lg" aria-label={`${label} open`}>
                {d?.queues[kind] ?? '…'}
              </Text>
            </Group>
          </Paper>
        ))}
      </SimpleGrid>
      <Group align="start" grow>
        <Paper withBorder p="xs">
          <Text size="sm" fw={700} mb={4}>
            A/R aging by payer (days from the date of service) — {formatCents(total())}
          </Text>
          <BarChart
            h={260}
            data={chart.data}
            dataKey="bucket"
            type="stacked"
            withLegend
            valueFormatter={(v) => `$${v.toLocaleString('en-US', { minimumFractionDigits: 2 })}`}
            series={chart.payers.map((name, i) => ({
              name,
              color: COLORS[i % COLORS.length] ?? 'gray.6',
            }))}
          />
          <Table mt="xs" withTableBorder aria-label="A/R aging">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Payer</Table.Th>
                {AGE_BUCKETS.map((b) => (
                  <Table.Th key={b} ta="right">
                    {b}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {chart.payers.map((payer) => (
                <Table.Tr key={payer}>
                  <Table.Td>{payer}</Table.Td>
                  {AGE_BUCKETS.map((b) => (
                    <Table.Td key={b} ta="right">
                      {formatCents(
                        d?.aging.find((a) => a.payerName === payer && a.bucket === b)?.balance ?? 0,
                      )}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
              <Table.Tr fw={700}>
                <Table.Td>Total</Table.Td>
                {AGE_BUCKETS.map((b) => (
                  <Table.Td key={b} ta="right">
                    {formatCents(total(b))}
                  </Table.Td>
                ))}
              </Table.Tr>
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="xs" maw={360}>
          <Text size="sm" fw={700} mb={4}>
            Today ({d?.today})
          </Text>
          <Table aria-label="Today's activity">
            <Table.Tbody>
              <Activity
                label="Claims built"
                value={
                  d ? `${d.activity.claimsBuilt} · ${formatCents(d.activity.claimsCharged)}` : ''
                }
              />
              <Activity
                label="Batches sent"
                value={d ? `${d.activity.batchesSent} · ${d.activity.claimsBatched} claims` : ''}
              />
              <Activity
                label="Remittances posted"
                value={
                  d
                    ? `${d.activity.remittancesPosted} · ${formatCents(d.activity.paymentsPosted)}`
                    : ''
                }
              />
              <Activity
                label="Work items resolved"
                value={d ? String(d.activity.itemsResolved) : ''}
              />
            </Table.Tbody>
          </Table>
        </Paper>
      </Group>
    </Stack>
  );
}

function Activity({ label, value }: { readonly label: string; readonly value: string }) {
  return (
    <Table.Tr>
      <Table.Td>{label}</Table.Td>
      <Table.Td ta="right" fw={600}>
        {value}
      </Table.Td>
    </Table.Tr>
  );
}

import {
  Anchor,
  Badge,
  Button,
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
import type { ClaimDetail } from '../api/types.ts';
import { pointerLetters } from '../coding/encounter-draft.ts';
import { ScrubFindings } from '../coding/scrub-findings.tsx';
import { describeConditions } from '../coding/encounter-draft.ts';
import { formatCents, formatIcd10cm, statusLabel } from '../format.ts';
import { actorLabel } from '../shell/actor-label.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { FilePreview } from './batches-drawer.tsx';
import { ClaimActions } from './claim-actions.tsx';
import { billedLines } from './claim-correction.ts';
import { ClaimVersions, FREQUENCY } from './claim-versions.tsx';
import { PriorPayers } from './prior-payers.tsx';
import { statusColor } from './status-color.ts';
import { useClaimServices } from './use-claim-services.ts';
import { useBatches, useBulkScrub, useClaim } from './use-claims.ts';

/** One claim: its lines and balances, scrub findings, history, and the 837 it went out in. */
export function ClaimDetailPage() {
  const id = useParams().id ?? '';
  const claim = useClaim(id);
  if (claim.error) return <ProblemAlert error={claim.error} />;
  if (!claim.data) return <Loader size="sm" />;
  return <ClaimView claim={claim.data} />;
}

function ClaimView({ claim }: { readonly claim: ClaimDetail }) {
  const scrub = useBulkScrub(() => undefined);
  const batches = useBatches().data?.items ?? [];
  const services = useClaimServices(claim);
  const lines = billedLines(claim, services);
  const batchEvent = claim.events.find((e) => e.toStatus === 'in_batch');
  const batch = batches.find((b) => batchEvent?.reason.endsWith(b.fileName));

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Group gap="sm">
          <Anchor component={Link} to="/claims" size="sm">
            ← Claims
          </Anchor>
          <Title order={3} ff="monospace">
            {claim.claimNumber}
          </Title>
          <Badge color={statusColor(claim.status)}>{statusLabel(claim.status)}</Badge>
          <Text size="sm" c="dimmed">
            version {claim.version} · {FREQUENCY[claim.frequency]}
            {claim.payerClaimNumber ? ` · payer claim ${claim.payerClaimNumber}` : ''} · DOS{' '}
            {claim.serviceDateFrom}
            {claim.serviceDateTo !== claim.serviceDateFrom ? `–${claim.serviceDateTo}` : ''}
          </Text>
        </Group>
        <Group gap="xs">
          <ClaimActions claim={claim} lines={lines} />
          <Button loading={scrub.isPending} onClick={() => scrub.mutate([claim.id])}>
            Scrub again
          </Button>
        </Group>
      </Group>
      <ProblemAlert error={scrub.error} />
      <Grid gap="sm">
        <Grid.Col span={7}>
          <Stack gap="sm">
            <Paper withBorder p="xs">
              <Text size="sm" mb={4}>
                Diagnoses: <b>{claim.diagnoses.map(formatIcd10cm).join(', ')}</b> · Charge{' '}
                <b>{formatCents(claim.totalCharge)}</b> · Balance{' '}
                <b>{formatCents(claim.balance)}</b> (payer {formatCents(claim.payerBalance)})
                {describeConditions(claim.conditions) &&
                  ` · Related to: ${describeConditions(claim.conditions)}`}
              </Text>
              <Table withTableBorder striped aria-label="Claim lines">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Line</Table.Th>
                    <Table.Th>DOS</Table.Th>
                    <Table.Th>
                      {claim.kind === 'institutional' ? 'Revenue · HCPCS' : 'Code'}
                    </Table.Th>
                    <Table.Th>Modifiers</Table.Th>
                    <Table.Th ta="right">Units</Table.Th>
                    <Table.Th>Pointers</Table.Th>
                    <Table.Th ta="right">Charge</Table.Th>
                    <Table.Th ta="right">Balance</Table.Th>
                    <Table.Th>Control #</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {claim.lines.map((line, i) => {
                    const service = services.get(line.serviceLineId);
                    const billed = lines[i];
                    return (
                      <Table.Tr key={line.serviceLineId}>
                        <Table.Td>{line.sequence}</Table.Td>
                        <Table.Td>{billed?.date}</Table.Td>
                        <Table.Td ff="monospace">
                          {[service?.revenueCode, billed?.code].filter(Boolean).join(' ')}
                        </Table.Td>
                        <Table.Td>{billed?.modifiers.join(' ')}</Table.Td>
                        <Table.Td ta="right">{service && billed?.units}</Table.Td>
                        <Table.Td>{pointerLetters(line.diagnosisPointers)}</Table.Td>
                        <Table.Td ta="right">
                          {service && billed ? formatCents(billed.charge) : ''}
                        </Table.Td>
                        <Table.Td ta="right">{formatCents(line.balance)}</Table.Td>
                        <Table.Td ff="monospace" c="dimmed">
                          {line.controlNumber}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Paper>
            {claim.priorPayers.length > 0 && (
              <Paper withBorder p="xs">
                <Text size="sm" fw={700} mb={4}>
                  Prior payers
                </Text>
                <PriorPayers priorPayers={claim.priorPayers} />
              </Paper>
            )}
            <Paper withBorder p="xs">
              <ScrubFindings
                preview={{
                  claims: [{ payerId: claim.payerId, issues: claim.issues }],
                  skipped: [],
                }}
                error={null}
                fetching={scrub.isPending}
              />
            </Paper>
            {batch && (
              <Paper withBorder p="xs">
                <Text size="sm">
                  Sent in{' '}
                  <Anchor href={`/batches/${batch.id}/file`} download={batch.fileName}>
                    {batch.fileName}
                  </Anchor>
                </Text>
                <FilePreview batchId={batch.id} />
              </Paper>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={5}>
          <Paper withBorder p="xs" mb="sm">
            <Text size="sm" fw={700} mb={4}>
              Versions
            </Text>
            <ClaimVersions claim={claim} />
          </Paper>
          <Paper withBorder p="xs">
            <Text size="sm" fw={700} mb={4}>
              History
            </Text>
            <Table aria-label="Claim history">
              <Table.Tbody>
                {claim.events.map((event, i) => (
                  <Table.Tr key={i}>
                    <Table.Td>{new Date(event.at).toLocaleString()}</Table.Td>
                    <Table.Td>
                      {event.fromStatus ? `${statusLabel(event.fromStatus)} → ` : ''}
                      <b>{statusLabel(event.toStatus)}</b>
                    </Table.Td>
                    <Table.Td>{event.reason}</Table.Td>
                    <Table.Td c="dimmed">
                      {actorLabel({ id: event.actorId, name: event.actorName })}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Paper>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

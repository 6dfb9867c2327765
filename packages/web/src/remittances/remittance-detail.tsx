import { Anchor, Badge, Loader, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { ClaimStatus } from '../api/types.ts';
import { statusColor } from '../claims/status-color.ts';
import { formatCents, statusLabel } from '../format.ts';
import { useUser } from '../session/session-context.ts';
import { can } from '../shell/permissions.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { describeEntry } from './posted-entry.ts';
import { describeProcedure } from './posted-line.ts';
import { PostClaimPayment } from './post-claim-payment.tsx';
import { ProviderAdjustments } from './provider-adjustments.tsx';
import { UnpostedServiceLines } from './unposted-service-lines.tsx';
import { useRemittance } from './use-remittances.ts';

/** CLP02 as billers read it. */
const CLP_STATUS: Record<string, string> = {
  '1': 'primary',
  '2': 'secondary',
  '3': 'tertiary',
  '4': 'denied',
  '19': 'primary, forwarded',
  '20': 'secondary, forwarded',
  '21': 'tertiary, forwarded',
  '22': 'reversal',
};

/**
 * What one 835 posted: per claim payment, and per service line every entry it made; then the
 * provider-level adjustments and how the file reconciles to the deposit.
 */
export function RemittanceDetail({ id }: { readonly id: string }) {
  const remittance = useRemittance(id);
  const mayPost = can(useUser().roles, 'claims:write');
  if (remittance.error) return <ProblemAlert error={remittance.error} />;
  const r = remittance.data;
  if (!r) return <Loader size="sm" />;
  return (
    <>
      <Text size="sm" mb={4}>
        <b>{r.payerName}</b> paid <b>{formatCents(r.payment)}</b> on {r.claims} claims
        {r.paymentDate ? ` · paid ${r.paymentDate}` : ''}
        {r.traceNumbers.length > 0 ? ` · check/EFT ${r.traceNumbers.join(', ')}` : ''} ·{' '}
        {r.fileName}
      </Text>
      <Table withTableBorder aria-label="Posted claims">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Claim</Table.Th>
            <Table.Th>835 says</Table.Th>
            <Table.Th>Now</Table.Th>
            <Table.Th ta="right">Charge</Table.Th>
            <Table.Th ta="right">Paid</Table.Th>
            <Table.Th>Lines posted</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {r.claimPayments.map((c) => (
            <Table.Tr key={c.position}>
              <Table.Td ff="monospace">
                {c.claimId ? (
                  <Anchor component={Link} to={`/claims/${c.claimId}`} size="sm">
                    {c.patientControlNumber}
                  </Anchor>
                ) : (
                  c.patientControlNumber
                )}
              </Table.Td>
              <Table.Td>{CLP_STATUS[c.statusCode] ?? c.statusCode}</Table.Td>
              <Table.Td>
                {c.claimStatus ? (
                  <Badge
                    size="xs"
                    variant="light"
                    color={statusColor(c.claimStatus as ClaimStatus)}
                  >
                    {statusLabel(c.claimStatus)}
                  </Badge>
                ) : (
                  <Badge size="xs" variant="light" color="orange">
                    unmatched
                  </Badge>
                )}
              </Table.Td>
              <Table.Td ta="right">{formatCents(c.charge)}</Table.Td>
              <Table.Td ta="right">
                {formatCents(c.paid)}
                {c.interest !== undefined && (
                  <Text size="xs" c="dimmed">
                    interest {formatCents(c.interest)} reported
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {c.lines.length === 0 && (
                  <Text size="xs" c="dimmed">
                    nothing posted
                    {c.statusCode === '4' ? ': the denial is on the work queue' : ''}
                    {c.claimId ? '' : ': on the unmatched queue'}
                  </Text>
                )}
                {c.lines.map((line) => (
                  <Text key={line.serviceLineId} size="xs">
                    <b>{describeProcedure(line)}</b> {line.serviceDate}:{' '}
                    {line.entries.map(describeEntry).join(' · ')}
                  </Text>
                ))}
                <UnpostedServiceLines
                  fileId={r.id}
                  position={c.position}
                  unposted={c.unposted}
                  openLines={c.openLines}
                  mayPost={mayPost}
                />
                {mayPost && !c.claimId && (
                  <PostClaimPayment
                    fileId={r.id}
                    position={c.position}
                    patientControlNumber={c.patientControlNumber}
                  />
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ProviderAdjustments
        fileId={r.id}
        adjustments={r.providerAdjustments}
        reconciliation={r.reconciliation}
        payerAccounts={r.payerAccounts}
      />
    </>
  );
}

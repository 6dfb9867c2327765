import { Stack, Table, Text } from '@mantine/core';
import type { Adjustment, PriorPayer } from '../api/types.ts';
import { formatCents } from '../format.ts';
import { usePayers } from '../setup/use-setup.ts';
import { TableHead } from '../shell/table-head.tsx';
import { useClaim } from './use-claims.ts';

const ORDER = { P: 'primary', S: 'secondary', T: 'tertiary' } as const;
const adjustments = (list: readonly Adjustment[]) =>
  list.map((a) => `${a.group}-${a.reason} ${formatCents(a.amount)}`).join(', ');

/** What the earlier payers paid and adjusted, as this secondary/tertiary claim tells the next one. */
export function PriorPayers({ priorPayers }: { readonly priorPayers: readonly PriorPayer[] }) {
  return (
    <Stack gap={6} aria-label="Prior payers">
      {priorPayers.map((p) => (
        <PriorPayerTable key={p.position} prior={p} />
      ))}
    </Stack>
  );
}

function PriorPayerTable({ prior }: { readonly prior: PriorPayer }) {
  const payers = usePayers().data ?? [];
  const claim = useClaim(prior.priorClaimId).data;
  const payer = payers.find((p) => p.id === claim?.payerId)?.name ?? 'payer';
  return (
    <div>
      <Text size="sm">
        <b>{payer}</b> ({ORDER[prior.responsibility]}) adjudicated {prior.adjudicatedOn}: paid{' '}
        <b>{formatCents(prior.paid)}</b>, patient responsibility{' '}
        <b>{formatCents(prior.patientResponsibility)}</b>
        {claim ? ` · claim ${claim.claimNumber}` : ''}
        {prior.claimAdjustments.length > 0
          ? ` · claim level ${adjustments(prior.claimAdjustments)}`
          : ''}
      </Text>
      <Table withTableBorder aria-label={`Adjudication by ${payer}`}>
        <TableHead columns={['Line', 'Code', '$Paid', 'Adjustments']} />
        <Table.Tbody>
          {prior.lines.map((line) => (
            <Table.Tr key={line.sequence}>
              <Table.Td>{line.sequence}</Table.Td>
              <Table.Td ff="monospace">
                {[line.procedureCode, ...line.modifiers].join(' ')}
              </Table.Td>
              <Table.Td ta="right">{formatCents(line.paid)}</Table.Td>
              <Table.Td>{adjustments(line.adjustments)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

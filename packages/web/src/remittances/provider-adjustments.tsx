import { Anchor, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatCents } from '../format.ts';
import { reconciliationLine } from './reconciliation-line.ts';
import type { ProviderAdjustment, Reconciliation } from './use-remittances.ts';

/**
 * An 835's provider-level adjustments (PLB): why, in words, what they refer to (the claim, when
 * medbill knows it) and how much; then the file reconciled to the deposit.
 */
export function ProviderAdjustments({
  adjustments,
  reconciliation,
}: {
  readonly adjustments: readonly ProviderAdjustment[];
  readonly reconciliation: Reconciliation;
}) {
  return (
    <>
      {adjustments.length > 0 && (
        <>
          <Title order={5} mt="md" mb={4}>
            Provider-level adjustments
          </Title>
          <Table withTableBorder aria-label="Provider-level adjustments">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Reason</Table.Th>
                <Table.Th>Reference</Table.Th>
                <Table.Th ta="right">Amount</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {adjustments.map((a, i) => (
                <Table.Tr key={i}>
                  <Table.Td>
                    {a.reasonText}{' '}
                    <Text span size="xs" c="dimmed">
                      ({a.reason})
                    </Text>
                  </Table.Td>
                  <Table.Td ff="monospace">
                    {a.reference ?? ''}
                    {a.claimId && (
                      <>
                        {' · claim '}
                        <Anchor component={Link} to={`/claims/${a.claimId}`} size="sm">
                          {a.claimNumber ?? a.claimId}
                        </Anchor>
                      </>
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{formatCents(a.amount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
      <Text
        size="sm"
        mt="xs"
        {...(reconciliation.balanced ? {} : { c: 'red' })}
        aria-label="Reconciliation"
      >
        {reconciliationLine(reconciliation)}
      </Text>
    </>
  );
}

import { Anchor, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatCents } from '../format.ts';
import { useUser } from '../session/session-context.ts';
import { can } from '../shell/permissions.ts';
import { adjustmentPosting, adjustmentWords, payerAccountLines } from './payer-account.ts';
import { PostHeldAdjustment } from './post-held-adjustment.tsx';
import { ledgerLine, reconciliationLine } from './reconciliation-line.ts';
import type { PayerAccount, ProviderAdjustment, Reconciliation } from './use-remittances.ts';

/**
 * An 835's provider-level adjustments (PLB): why, in words, what they refer to (the claim, when
 * medbill knows it), how much and where the ledger holds it (the payer's account); then the file
 * reconciled to the deposit, in the file and in the ledger, and the payer's account over every file.
 */
export function ProviderAdjustments({
  fileId,
  adjustments,
  reconciliation,
  payerAccounts,
}: {
  readonly fileId: string;
  readonly adjustments: readonly ProviderAdjustment[];
  readonly reconciliation: Reconciliation;
  readonly payerAccounts: readonly PayerAccount[];
}) {
  const mayPost = can(useUser().roles, 'claims:write');
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
                <Table.Th>In the ledger</Table.Th>
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
                  <Table.Td>
                    <Text size="sm" {...(a.postedTo ? {} : { c: 'red' })}>
                      {adjustmentWords(a)}, {adjustmentPosting(a)}
                    </Text>
                    {mayPost && !a.postedTo && a.position !== undefined && (
                      <PostHeldAdjustment fileId={fileId} position={a.position} reason={a.reason} />
                    )}
                  </Table.Td>
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
      <Text
        size="sm"
        {...(reconciliation.ledger === reconciliation.payment ? {} : { c: 'orange' })}
        aria-label="Ledger reconciliation"
      >
        {ledgerLine(reconciliation)}
      </Text>
      {payerAccounts.map((account) => {
        const lines = payerAccountLines(account);
        return lines.length === 0 ? null : (
          <Text key={account.payerId} size="sm" mt="xs" aria-label="Payer account">
            {account.payerName}&apos;s account, over every 835: {lines.join(' · ')}
          </Text>
        );
      })}
    </>
  );
}

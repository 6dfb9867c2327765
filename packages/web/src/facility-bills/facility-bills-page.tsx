import { useState } from 'react';
import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatCents, formatIcd10cm, statusLabel } from '../format.ts';
import { useUser } from '../session/session-context.ts';
import { navItemsFor } from '../shell/nav-items.ts';
import { PagePicker } from '../shell/page-picker.tsx';
import { can } from '../shell/permissions.ts';
import { ProblemAlert } from '../shell/problem-alert.tsx';
import { StatusDateFilters } from '../shell/status-date-filters.tsx';
import type { StatusDateFilter } from '../shell/status-date-filters.tsx';
import { BillClaimLink, BillPatientLink, TypeOfBill } from './bill-cells.tsx';
import { totalCharges } from './facility-bill.ts';
import { FACILITY_TYPES } from './ub04-codes.ts';
import { useFacilityBills } from './use-facility-bills.ts';

const PAGE = 50;
const facilityTypeLabel = new Map(FACILITY_TYPES.map((t) => [t.value, t.label]));

/** The facility's UB-04 bills: statement, type of bill, charges, and the claim once billed. */
export function FacilityBillsPage() {
  const roles = useUser().roles;
  const readsClaims = navItemsFor(roles).some((item) => item.path === '/claims');
  const [{ status, from, to }, setFilters] = useState<StatusDateFilter>({
    status: undefined,
    from: '',
    to: '',
  });
  const [page, setPage] = useState(1);
  const list = useFacilityBills({ status, from, to }, (page - 1) * PAGE, PAGE);
  const total = list.data?.total ?? 0;

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={3}>Facility bills</Title>
          <Text size="sm" c="dimmed">
            {total} {total === 1 ? 'bill' : 'bills'} (UB-04)
          </Text>
        </Group>
        {can(roles, 'encounters:write') && (
          <Button component={Link} to="/facility-bills/new">
            New facility bill
          </Button>
        )}
      </Group>
      <Group gap="xs" align="end">
        <StatusDateFilters
          value={{ status, from, to }}
          fromLabel="Statement from"
          onChange={(next) => {
            setFilters(next);
            setPage(1);
          }}
        />
      </Group>
      <ProblemAlert error={list.error} />
      <Table striped highlightOnHover withTableBorder aria-label="Facility bills">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Statement period (FL 6)</Table.Th>
            <Table.Th>Patient</Table.Th>
            <Table.Th>Type of bill (FL 4)</Table.Th>
            <Table.Th>Principal dx</Table.Th>
            <Table.Th ta="right">Total charges</Table.Th>
            <Table.Th>Status</Table.Th>
            {readsClaims && <Table.Th>Claim</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data?.items.map((bill) => (
            <Table.Tr key={bill.id}>
              <Table.Td>
                {bill.statementFrom}
                {bill.statementTo !== bill.statementFrom && ` – ${bill.statementTo}`}
              </Table.Td>
              <Table.Td>
                <BillPatientLink bill={bill} />
              </Table.Td>
              <Table.Td>
                <TypeOfBill bill={bill} title={facilityTypeLabel.get(bill.facilityType) ?? ''} />
              </Table.Td>
              <Table.Td ff="monospace">{formatIcd10cm(bill.principalDiagnosis.code)}</Table.Td>
              <Table.Td ta="right">{formatCents(totalCharges(bill))}</Table.Td>
              <Table.Td>
                <Badge size="xs" variant="light">
                  {statusLabel(bill.status)}
                </Badge>
              </Table.Td>
              {readsClaims && (
                <Table.Td>
                  <BillClaimLink claim={bill.claim} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {list.data?.items.length === 0 && (
        <Text size="sm" c="dimmed">
          No facility bills{status ? ` ${statusLabel(status)}` : ''} in this period.
        </Text>
      )}
      {total > PAGE && (
        <PagePicker total={Math.ceil(total / PAGE)} value={page} onChange={setPage} />
      )}
    </Stack>
  );
}

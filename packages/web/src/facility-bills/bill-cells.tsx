import { Anchor, Badge, Text } from '@mantine/core';
import { Link } from 'react-router';
import { statusLabel } from '../format.ts';
import type { FacilityBill } from './facility-bill.ts';
import type { ListedFacilityBill } from './use-facility-bills.ts';

/** The patient's name linking to the bill, with the account number and birth date under it. */
export function BillPatientLink({ bill }: { readonly bill: ListedFacilityBill }) {
  return (
    <>
      <Anchor component={Link} to={`/facility-bills/${bill.id}`} size="sm">
        {bill.patient.name}
      </Anchor>
      <Text size="xs" c="dimmed">
        {bill.patient.accountNumber} · born {bill.patient.dateOfBirth}
      </Text>
    </>
  );
}

/** A billed bill's claim number, linking to the claim, and the claim's status. */
export function BillClaimLink({ claim }: { readonly claim: ListedFacilityBill['claim'] }) {
  if (!claim) return null;
  return (
    <>
      <Anchor component={Link} to={`/claims/${claim.id}`} size="sm" ff="monospace">
        {claim.claimNumber}
      </Anchor>{' '}
      <Badge size="xs" variant="light" color="gray">
        {statusLabel(claim.status)}
      </Badge>
    </>
  );
}

/** The type of bill as printed in FL 4: facility type and frequency, `0131`. */
export function TypeOfBill({
  bill,
  title,
}: {
  readonly bill: FacilityBill;
  readonly title: string;
}) {
  return (
    <Text span size="sm" ff="monospace" title={title}>
      0{bill.facilityType}
      {bill.frequency}
    </Text>
  );
}

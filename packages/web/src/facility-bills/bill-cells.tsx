import { Anchor, Badge, Text } from '@mantine/core';
import { Link } from 'react-router';
import { statusLabel } from '../format.ts';
import { usePatient } from '../patients/use-patients.ts';
import type { FacilityBill } from './facility-bill.ts';
import { useBillClaim } from './use-facility-bills.ts';

/** The patient's name linking to the bill (names are read per patient and cached). */
export function BillPatientLink({ bill }: { readonly bill: FacilityBill }) {
  const patient = usePatient(bill.patientId).data;
  return (
    <Anchor component={Link} to={`/facility-bills/${bill.id}`} size="sm">
      {patient ? `${patient.lastName}, ${patient.firstName}` : 'Open bill'}
    </Anchor>
  );
}

/** A billed bill's claim number, linking to the claim, and the claim's status. */
export function BillClaimLink({
  bill,
  readsClaims,
}: {
  readonly bill: FacilityBill;
  readonly readsClaims: boolean;
}) {
  const claim = useBillClaim(bill, readsClaims).data;
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

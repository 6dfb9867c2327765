import type { IsoDate } from '../dates/index.ts';
import type { FacilityBill, RevenueLine } from '../entities/index.ts';
import { sumCents } from '../money/index.ts';
import type { Cents } from '../money/index.ts';

/** A facility bill ready to bill, with the coverage it is billed to. */
export interface BillableFacilityBill {
  readonly bill: FacilityBill;
  readonly coverageId: string;
}

/** One institutional (837I) claim: a facility bill is billed whole, as one UB-04. */
export interface InstitutionalClaimDraft {
  readonly kind: 'institutional';
  readonly facilityBillId: string;
  readonly coverageId: string;
  readonly patientId: string;
  readonly practiceId: string;
  readonly attendingProviderId: string;
  /** CLM05-1, kept in the claim's place-of-service column. */
  readonly facilityType: string;
  readonly frequency: FacilityBill['frequency'];
  readonly serviceDateFrom: IsoDate;
  readonly serviceDateTo: IsoDate;
  /** Principal first, then the other diagnoses, as the bill orders them. */
  readonly diagnoses: readonly string[];
  readonly lines: readonly RevenueLine[];
  readonly totalCharge: Cents;
}

/**
 * The claim of a facility bill: unlike a professional visit, a UB-04 is not split by provider or
 * date. The statement covers period is the claim's service period, and every revenue line goes
 * on it in the bill's order (837I allows 999, which the bill's own limit keeps to).
 */
export function institutionalClaimOf({
  bill,
  coverageId,
}: BillableFacilityBill): InstitutionalClaimDraft {
  return {
    kind: 'institutional',
    facilityBillId: bill.id,
    coverageId,
    patientId: bill.patientId,
    practiceId: bill.practiceId,
    attendingProviderId: bill.attendingProviderId,
    facilityType: bill.facilityType,
    frequency: bill.frequency,
    serviceDateFrom: bill.statementFrom,
    serviceDateTo: bill.statementTo,
    diagnoses: [bill.principalDiagnosis, ...bill.otherDiagnoses].map((d) => d.code),
    lines: bill.lines,
    totalCharge: sumCents(bill.lines.map((l) => l.charge)),
  };
}

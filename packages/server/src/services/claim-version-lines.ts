import type { Cents, IsoDate, Problem } from '@medbill/core';
import type { BilledLineOverride, ClaimRecord, Queryable } from '@medbill/db';
import { loadClaimParties } from './claim-parties.ts';
import type { ClaimCorrection } from './claim-versions.ts';
import { loadInstitutionalParties } from './institutional-claim-parties.ts';

/** A line of the version being replaced, as either kind of claim bills it. */
export interface BilledClaimLine {
  readonly sequence: number;
  readonly serviceLineId: string;
  readonly encounterId: string;
  readonly diagnosisPointers: readonly number[];
  /** SV201 of a facility claim's line. */
  readonly revenueCode?: string;
  readonly billed?: BilledLineOverride;
  readonly charge: Cents;
  /** The date of service it bills (DTP*472). */
  readonly serviceDate: IsoDate;
  /** How the line is named to a biller: `line 2 (99213)`, `line 1 (revenue code 0120)`. */
  readonly label: string;
}

/** The lines a claim version bills, whatever its kind, in sequence order. */
export async function billedLinesOf(
  q: Queryable,
  orgId: string,
  claim: ClaimRecord,
): Promise<BilledClaimLine[]> {
  if (claim.kind === 'institutional') {
    const [parties] = await loadInstitutionalParties(q, orgId, [claim]);
    if (!parties) throw new Error(`claim ${claim.claimNumber} refers to a missing record`);
    return parties.lines.map(({ revenue, ...line }) => ({
      ...line,
      charge: revenue.charge,
      serviceDate: revenue.serviceDate,
      label: `line ${line.sequence} (revenue code ${revenue.revenueCode}${revenue.procedureCode ? `, ${revenue.procedureCode.code}` : ''})`,
    }));
  }
  return (await loadClaimParties(q, orgId, claim)).lines.map(({ service, ...line }) => ({
    ...line,
    charge: service.charge,
    serviceDate: service.serviceDate,
    label: `line ${line.sequence} (${service.procedureCode.code})`,
  }));
}

/**
 * What a corrected facility claim cannot change as a professional one does: it reports
 * accidents as occurrence codes and diagnoses with their POA indicators among its UB-04 facts
 * (`facility`), and its lines point at no diagnosis.
 */
export function facilityCorrectionProblems(correction: ClaimCorrection): Problem[] {
  return [
    ...(correction.conditions === undefined
      ? []
      : [
          {
            path: 'conditions',
            code: 'facility_conditions',
            message:
              'a facility claim reports an accident as an occurrence code (FL 31-34; correct it under facility.occurrences), not as related causes (CMS-1500 box 10)',
          },
        ]),
    ...(correction.diagnoses === undefined
      ? []
      : [
          {
            path: 'diagnoses',
            code: 'facility_diagnoses',
            message:
              'a facility claim bills its diagnoses with their present-on-admission indicators: correct them under facility (principalDiagnosis, otherDiagnoses)',
          },
        ]),
    ...correction.lines.flatMap((c, i) =>
      c.diagnosisPointers === undefined
        ? []
        : [
            {
              path: `lines.${i}.diagnosisPointers`,
              code: 'facility_pointers',
              message: 'a facility claim line (837I SV2) points at no diagnosis',
            },
          ],
    ),
  ];
}

import {
  compareIsoDate,
  FACILITY_FACT_KEYS,
  facilityFactsIssues,
  isInpatientFacilityType,
} from '@medbill/core';
import type { FacilityBill, FacilityFacts, FacilityTypeCode, Problem } from '@medbill/core';
import type { ClaimRecord, Queryable } from '@medbill/db';
import { providers } from '@medbill/db';
import { loadInstitutionalParties } from './institutional-claim-parties.ts';
import type { InstitutionalClaimParties } from './institutional-claim-parties.ts';

/** The facts a version may bill without (null takes them off). */
type Clearable = 'admission' | 'dischargeHour' | 'admittingDiagnosis' | 'operatingProviderId';

/**
 * What a corrected version bills as its type of bill and attending instead of the earlier
 * version's: they are the claim's own (its place of service is the facility type, its rendering
 * provider the attending), not among the facts it keeps.
 */
interface HeaderChange {
  /** FL 4 digits 1-2, CLM05-1: `13` outpatient billed when it was `85` or `11`. */
  readonly facilityType?: FacilityTypeCode | undefined;
  /** FL 76, 837I 2310A. */
  readonly attendingProviderId?: string | undefined;
}

/**
 * The UB-04 facts a corrected facility claim bills differently; each one given replaces the
 * earlier version's whole (a list is sent complete), the rest stay as that version billed them.
 */
export type FacilityFactsChange = {
  readonly [K in Exclude<keyof FacilityFacts, Clearable>]?: FacilityFacts[K] | undefined;
} & { readonly [K in Clearable]?: FacilityFacts[K] | null | undefined } & HeaderChange;

/** The facts the corrected version bills, its new facility type or attending, or why it cannot. */
export type CorrectedFacts =
  | ({ readonly ok: true; readonly facts?: FacilityFacts } & HeaderChange)
  | { readonly ok: false; readonly problems: Problem[] };

/**
 * The UB-04 facts the corrected version of `claim` bills: the earlier version's (its own, else
 * its facility bill's) with the change applied, checked as a facility bill's are (statement
 * period, admission, duplicate diagnoses, procedures, the attending and operating physicians),
 * and, when the corrected type of bill is an outpatient one, every dated line inside the
 * statement period. Without a change, the version keeps the earlier version's own facts, if it
 * had any. Problems are located under `facility`.
 */
export async function correctedFacilityFacts(
  q: Queryable,
  orgId: string,
  claim: ClaimRecord,
  change: FacilityFactsChange | undefined,
): Promise<CorrectedFacts> {
  if (change === undefined)
    return { ok: true, ...(claim.facilityFacts ? { facts: claim.facilityFacts } : {}) };
  if (claim.kind !== 'institutional')
    return {
      ok: false,
      problems: [
        {
          path: 'facility',
          code: 'professional_facility',
          message:
            'a professional claim has no UB-04 facts: correct its diagnoses and accident facts instead',
        },
      ],
    };
  const [parties] = await loadInstitutionalParties(q, orgId, [claim]);
  if (!parties) throw new Error(`claim ${claim.claimNumber} refers to a missing record`);
  const { facilityType, attendingProviderId, ...factsChange } = change;
  const facts = applyChange(factsOf(parties.bill), factsChange);
  const problems: Problem[] = [
    ...facilityFactsIssues(facts).map(({ path, message }) => ({
      path: ['facility', ...path].join('.'),
      code: 'facility_facts',
      message,
    })),
    ...outpatientLineDates(parties, facts, facilityType ?? parties.bill.facilityType),
    ...(await providerProblems(q, orgId, { attendingProviderId, ...factsChange })),
  ];
  if (compareIsoDate(facts.statementFrom, parties.patient.dateOfBirth) < 0)
    problems.push({
      path: 'facility.statementFrom',
      code: 'before_birth',
      message: `${facts.statementFrom} is before the patient's birth date ${parties.patient.dateOfBirth}`,
    });
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    facts,
    ...(facilityType ? { facilityType } : {}),
    ...(attendingProviderId ? { attendingProviderId } : {}),
  };
}

function factsOf(bill: FacilityBill): FacilityFacts {
  return Object.fromEntries(
    FACILITY_FACT_KEYS.flatMap((key) => (bill[key] === undefined ? [] : [[key, bill[key]]])),
  ) as FacilityFacts;
}

function applyChange(
  facts: FacilityFacts,
  change: Omit<FacilityFactsChange, keyof HeaderChange>,
): FacilityFacts {
  const merged: Record<string, unknown> = { ...facts };
  for (const [key, value] of Object.entries(change)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  return merged as FacilityFacts;
}

/**
 * An outpatient bill's lines keep their dates (DTP*472): the statement must still hold them.
 * An inpatient type of bill sends its lines undated, whatever the earlier version's type.
 */
function outpatientLineDates(
  parties: InstitutionalClaimParties,
  facts: FacilityFacts,
  facilityType: FacilityTypeCode,
): Problem[] {
  if (isInpatientFacilityType(facilityType)) return [];
  const { statementFrom: from, statementTo: to } = facts;
  return parties.lines.flatMap(({ sequence, revenue }) => {
    const date = revenue.serviceDate;
    const side = compareIsoDate(date, from) < 0 ? 'From' : compareIsoDate(date, to) > 0 ? 'To' : '';
    return side === ''
      ? []
      : [
          {
            path: `facility.statement${side}`,
            code: 'facility_facts',
            message: `line ${sequence} (revenue code ${revenue.revenueCode}) is dated ${date}, outside the statement period ${from} to ${to}`,
          },
        ];
  });
}

/** The attending and operating physicians named are providers of the organization (NPI on file). */
async function providerProblems(
  q: Queryable,
  orgId: string,
  named: Pick<FacilityFactsChange, 'attendingProviderId' | 'operatingProviderId'>,
): Promise<Problem[]> {
  const roles = {
    attendingProviderId: 'attending physician (FL 76)',
    operatingProviderId: 'operating physician (FL 77)',
  } as const;
  const problems: Problem[] = [];
  for (const [field, role] of Object.entries(roles)) {
    const id = named[field as keyof typeof roles];
    if (typeof id === 'string' && !(await providers.get(q, orgId, id)))
      problems.push({
        path: `facility.${field}`,
        code: 'exists',
        message: `no such provider: the ${role} is one of the organization’s providers`,
      });
  }
  return problems;
}

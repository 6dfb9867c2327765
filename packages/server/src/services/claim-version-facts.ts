import {
  compareIsoDate,
  FACILITY_FACT_KEYS,
  facilityFactsIssues,
  isInpatientFacilityType,
} from '@medbill/core';
import type { FacilityBill, FacilityFacts, Problem } from '@medbill/core';
import type { ClaimRecord, Queryable } from '@medbill/db';
import { providers } from '@medbill/db';
import { loadInstitutionalParties } from './institutional-claim-parties.ts';
import type { InstitutionalClaimParties } from './institutional-claim-parties.ts';

/** The facts a version may bill without (null takes them off). */
type Clearable = 'admission' | 'dischargeHour' | 'admittingDiagnosis' | 'operatingProviderId';

/**
 * The UB-04 facts a corrected facility claim bills differently; each one given replaces the
 * earlier version's whole (a list is sent complete), the rest stay as that version billed them.
 */
export type FacilityFactsChange = {
  readonly [K in Exclude<keyof FacilityFacts, Clearable>]?: FacilityFacts[K] | undefined;
} & { readonly [K in Clearable]?: FacilityFacts[K] | null | undefined };

/** The facts the corrected version bills, or why it cannot. */
export type CorrectedFacts =
  | { readonly ok: true; readonly facts?: FacilityFacts }
  | { readonly ok: false; readonly problems: Problem[] };

/**
 * The UB-04 facts the corrected version of `claim` bills: the earlier version's (its own, else
 * its facility bill's) with the change applied, checked as a facility bill's are (statement
 * period, admission, duplicate diagnoses, procedures and the operating physician), and every
 * dated outpatient line inside the statement period. Without a change, the version keeps the
 * earlier version's own facts, if it had any. Problems are located under `facility`.
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
  const facts = applyChange(factsOf(parties.bill), change);
  const problems: Problem[] = [
    ...facilityFactsIssues(facts).map(({ path, message }) => ({
      path: ['facility', ...path].join('.'),
      code: 'facility_facts',
      message,
    })),
    ...outpatientLineDates(parties, facts),
    ...(await operatingProviderProblems(q, orgId, change)),
  ];
  if (compareIsoDate(facts.statementFrom, parties.patient.dateOfBirth) < 0)
    problems.push({
      path: 'facility.statementFrom',
      code: 'before_birth',
      message: `${facts.statementFrom} is before the patient's birth date ${parties.patient.dateOfBirth}`,
    });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, facts };
}

function factsOf(bill: FacilityBill): FacilityFacts {
  return Object.fromEntries(
    FACILITY_FACT_KEYS.flatMap((key) => (bill[key] === undefined ? [] : [[key, bill[key]]])),
  ) as FacilityFacts;
}

function applyChange(facts: FacilityFacts, change: FacilityFactsChange): FacilityFacts {
  const merged: Record<string, unknown> = { ...facts };
  for (const [key, value] of Object.entries(change)) {
    if (value === null) delete merged[key];
    else if (value !== undefined) merged[key] = value;
  }
  return merged as FacilityFacts;
}

/** An outpatient bill's lines keep their dates (DTP*472): the statement must still hold them. */
function outpatientLineDates(parties: InstitutionalClaimParties, facts: FacilityFacts): Problem[] {
  if (isInpatientFacilityType(parties.bill.facilityType)) return [];
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

async function operatingProviderProblems(
  q: Queryable,
  orgId: string,
  change: FacilityFactsChange,
): Promise<Problem[]> {
  const id = change.operatingProviderId;
  if (typeof id !== 'string' || (await providers.get(q, orgId, id))) return [];
  return [{ path: 'facility.operatingProviderId', code: 'exists', message: 'no such provider' }];
}

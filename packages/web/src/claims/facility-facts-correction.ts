import type { ClaimDetail } from '../api/types.ts';
import type { BillDiagnosis, FacilityBill } from '../facility-bills/facility-bill.ts';
import { formatIcd10cm } from '../format.ts';
import { parseDiagnoses } from './claim-correction.ts';
import type { FormProblem } from './claim-correction.ts';

/**
 * The UB-04 facts this form corrects that a version keeps as its own facts (its bill's until a
 * correction changes them): FL 17 and FL 67 (diagnoses with their POA indicators).
 */
export type FacilityFacts = Pick<
  FacilityBill,
  'patientStatus' | 'principalDiagnosis' | 'otherDiagnoses'
>;

/**
 * A facility claim as the API answers it: a corrected version carries its own UB-04 facts; its
 * facility type (FL 4) is its place of service and its attending (FL 76) its rendering provider.
 */
export type FacilityClaim = ClaimDetail & { readonly facilityFacts?: FacilityFacts };

/**
 * The facts as typed: the facility type, the attending, the status and the diagnoses in order,
 * the first the principal one.
 */
export interface FactsEdit {
  readonly facilityType: string;
  readonly attendingProviderId: string;
  readonly patientStatus: string;
  readonly diagnoses: readonly { readonly code: string; readonly poa: string }[];
}

export function factsEditOf(
  claim: Pick<ClaimDetail, 'placeOfService' | 'renderingProviderId'>,
  facts: FacilityFacts,
): FactsEdit {
  return {
    facilityType: claim.placeOfService,
    attendingProviderId: claim.renderingProviderId,
    patientStatus: facts.patientStatus,
    diagnoses: [facts.principalDiagnosis, ...facts.otherDiagnoses].map((d) => ({
      code: formatIcd10cm(d.code),
      poa: d.presentOnAdmission ?? '',
    })),
  };
}

/** The `facility` of POST /claims/{id}/correct: only the facts that changed. */
export interface FacilityChange {
  facilityType?: string;
  attendingProviderId?: string;
  patientStatus?: string;
  principalDiagnosis?: BillDiagnosis;
  otherDiagnoses?: BillDiagnosis[];
}

/**
 * What changed between the facts as billed and as typed, and the problems the form can see:
 * a principal diagnosis is required, blank rows are dropped.
 */
export function facilityChange(
  before: FactsEdit,
  edit: FactsEdit,
): { change: FacilityChange; problems: FormProblem[] } {
  const diagnoses = edit.diagnoses.flatMap((d): BillDiagnosis[] => {
    const [code] = parseDiagnoses(d.code);
    return code ? [{ code, ...(d.poa ? { presentOnAdmission: d.poa } : {}) }] : [];
  });
  const [principal, ...others] = diagnoses;
  if (!principal)
    return { change: {}, problems: [{ path: 'principal diagnosis', message: 'required' }] };
  const typed = (ds: readonly { code: string; poa: string }[]) =>
    JSON.stringify(ds.map((d) => [parseDiagnoses(d.code)[0] ?? '', d.poa]).filter(([c]) => c));
  const diagnosesChanged = typed(before.diagnoses) !== typed(edit.diagnoses);
  return {
    change: {
      ...(edit.facilityType === before.facilityType ? {} : { facilityType: edit.facilityType }),
      ...(edit.attendingProviderId === before.attendingProviderId
        ? {}
        : { attendingProviderId: edit.attendingProviderId }),
      ...(edit.patientStatus === before.patientStatus ? {} : { patientStatus: edit.patientStatus }),
      ...(diagnosesChanged ? { principalDiagnosis: principal, otherDiagnoses: others } : {}),
    },
    problems: [],
  };
}

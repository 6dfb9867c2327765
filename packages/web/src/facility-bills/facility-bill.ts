import type { EncounterStatus, ProcedureSystem } from '../api/types.ts';

/** A facility bill (UB-04, billed as an 837I) as the API answers it. Money is integer cents. */
export interface FacilityBill {
  readonly id: string;
  readonly status: EncounterStatus;
  readonly patientId: string;
  readonly practiceId: string;
  readonly attendingProviderId: string;
  readonly operatingProviderId?: string;
  readonly facilityType: string;
  readonly frequency: string;
  readonly statementFrom: string;
  readonly statementTo: string;
  readonly admission?: {
    readonly date: string;
    readonly hour?: string;
    readonly type?: string;
    readonly pointOfOrigin?: string;
  };
  readonly dischargeHour?: string;
  readonly patientStatus: string;
  readonly documentation: string;
  readonly principalDiagnosis: BillDiagnosis;
  readonly admittingDiagnosis?: string;
  readonly otherDiagnoses: BillDiagnosis[];
  readonly procedures: { readonly code: string; readonly date: string }[];
  /** FL 31–34: 01 auto accident, 04 employment related, 05 other accident, 11 onset… */
  readonly occurrences: { readonly code: string; readonly date: string }[];
  /** FL 18–28: 44 inpatient changed to outpatient, 07 hospice patient's other condition… */
  readonly conditionCodes: string[];
  /** FL 39–41, amounts in cents: A1 deductible, A2 coinsurance, 80 covered days… */
  readonly valueCodes: { readonly code: string; readonly amount: number }[];
  readonly lines: RevenueLine[];
}

export interface BillDiagnosis {
  readonly code: string;
  readonly presentOnAdmission?: string;
}

export interface RevenueLine {
  readonly id: string;
  readonly sequence: number;
  readonly revenueCode: string;
  readonly procedureCode?: { readonly system: ProcedureSystem; readonly code: string };
  readonly modifiers: string[];
  readonly unitBasis: 'UN' | 'DA';
  readonly units: number;
  readonly charge: number;
  readonly serviceDate: string;
}

/** A billing facility: a practice of the organization (an 837I billing provider needs an EIN). */
export interface Practice {
  readonly id: string;
  readonly name: string;
  readonly npi: string;
  readonly tin: { readonly kind: 'EIN' | 'SSN' };
}

/** FL 47 total charges: the lines' charges added up in cents. */
export function totalCharges(bill: Pick<FacilityBill, 'lines'>): number {
  return bill.lines.reduce((sum, line) => sum + line.charge, 0);
}

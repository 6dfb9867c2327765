import type { IsoDate, ScrubClaim } from '@medbill/core';
import { read837i, read837p } from '@medbill/x12';
import type {
  ClaimHeader,
  InstitutionalClaim,
  InstitutionalDiagnosis,
  ProfessionalClaim,
  X12Issue,
} from '@medbill/x12';
import { transactionKind } from './transaction-kind.ts';

type SegmentLocation = ClaimHeader['at'];

/** A claim read from a file, ready to scrub, with where its lines sit in the file. */
export interface FileClaim {
  readonly claim: ScrubClaim;
  readonly at: SegmentLocation;
  /** Per claim line: its service line segment (SV1 or SV2). */
  readonly lineAt: readonly { readonly at: SegmentLocation; readonly segment: 'SV1' | 'SV2' }[];
}

/**
 * Reads an 837 an EHR or a practice sent into claims as the scrubber sees them: institutional
 * when the file's guide (ST03, else GS08) is 005010X223, professional otherwise.
 */
export function readClaimsToScrub(text: string): {
  readonly claims: FileClaim[];
  readonly issues: X12Issue[];
} {
  if (transactionKind(text).includes('X223')) {
    const { claims, issues } = read837i(text);
    return {
      issues,
      claims: claims.map((c) => ({
        claim: scrubClaimFromInstitutional(c),
        at: c.at,
        lineAt: c.lines.map((l) => ({ at: l.at, segment: 'SV2' as const })),
      })),
    };
  }
  const { claims, issues } = read837p(text);
  return {
    issues,
    claims: claims.map((c) => ({
      claim: scrubClaimFromFile(c),
      at: c.at,
      lineAt: c.lines.map((l) => ({ at: l.at, segment: 'SV1' as const })),
    })),
  };
}

const EARLIEST = '1900-01-01' as IsoDate;

/** What every 837 claim carries: parties, payer, subscriber and patient. */
function claimHeader(claim: ClaimHeader) {
  const billing = claim.billingProvider;
  const patient = claim.patient;
  const subscriber = claim.subscriber;
  return {
    claimNumber: claim.claimId,
    frequency: claim.frequency,
    ...(claim.payerClaimControlNumber ? { payerClaimNumber: claim.payerClaimControlNumber } : {}),
    billingProvider: {
      name: billing.lastName,
      npi: billing.idQualifier === 'XX' ? (billing.id ?? '') : '',
      tin: billing.taxId ?? '',
      ...(billing.taxonomy ? { taxonomy: billing.taxonomy } : {}),
      zip: billing.address?.postalCode ?? '',
    },
    payer: {
      name: claim.payer.lastName,
      payerId: claim.payer.id ?? '',
      claimFilingIndicator: subscriber.filingIndicator ?? '',
    },
    subscriber: {
      memberId: subscriber.id ?? '',
      lastName: subscriber.lastName,
      ...(subscriber.firstName ? { firstName: subscriber.firstName } : {}),
      ...(subscriber.birthDate ? { dateOfBirth: subscriber.birthDate } : {}),
    },
    relationship: patient ? patient.relationship : (subscriber.relationship ?? '18'),
    patient: {
      accountNumber: claim.claimId,
      dateOfBirth: patient?.birthDate ?? subscriber.birthDate ?? EARLIEST,
      sex: (patient?.gender ?? subscriber.gender ?? 'U') as 'M' | 'F' | 'U',
    },
  };
}

const procedureOf = (code: string) =>
  ({ system: /^[A-Z]/.test(code) ? 'hcpcs' : 'cpt', code }) as const;

/** A claim read from an 837P as the scrubber sees it; values the file does not carry stay absent. */
export function scrubClaimFromFile(claim: ProfessionalClaim): ScrubClaim {
  const dates = claim.lines
    .map((l) => l.serviceFrom)
    .filter((d): d is IsoDate => d !== undefined)
    .sort();
  const first = dates[0] ?? EARLIEST;
  const last = dates[dates.length - 1] ?? first;
  return {
    ...claimHeader(claim),
    kind: 'professional',
    ...(claim.renderingProvider?.id
      ? { renderingProvider: { npi: claim.renderingProvider.id } }
      : {}),
    placeOfService: claim.placeOfService,
    serviceDateFrom: first,
    serviceDateTo: last,
    diagnoses: claim.diagnoses.map((d) => d.code),
    conditions: {
      relatedCauses: claim.relatedCauses ?? [],
      accidentState: claim.autoAccidentState,
      accidentDate: claim.accidentDate,
      onsetDate: claim.onsetDate,
      initialTreatmentDate: claim.initialTreatmentDate,
    },
    lines: claim.lines.map((l) => ({
      procedure: procedureOf(l.procedure.code),
      modifiers: l.procedure.modifiers,
      units: l.units ?? 1,
      charge: l.charge,
      diagnosisPointers: l.diagnosisPointers,
      serviceDate: l.serviceFrom ?? first,
      ...(l.placeOfService ? { placeOfService: l.placeOfService } : {}),
    })),
  };
}

/** The diagnoses a coder sequences: principal, then the others, then the external causes. */
const SEQUENCED: readonly InstitutionalDiagnosis['kind'][] = [
  'principal-diagnosis',
  'other-diagnosis',
  'external-cause',
];

/** A claim read from an 837I as the scrubber sees it, with its UB-04 facts. */
export function scrubClaimFromInstitutional(claim: InstitutionalClaim): ScrubClaim {
  const diagnoses = SEQUENCED.flatMap((kind) => claim.diagnoses.filter((d) => d.kind === kind));
  const lineDates = claim.lines.flatMap((l) => (l.serviceFrom ? [l.serviceFrom] : [])).sort();
  const from = claim.statementFrom ?? lineDates[0] ?? EARLIEST;
  const to = claim.statementTo ?? lineDates[lineDates.length - 1] ?? from;
  const admitting = claim.diagnoses.find((d) => d.kind === 'admitting-diagnosis');
  return {
    ...claimHeader(claim),
    kind: 'institutional',
    ...(claim.attendingProvider?.id
      ? { renderingProvider: { npi: claim.attendingProvider.id } }
      : {}),
    placeOfService: '',
    serviceDateFrom: from,
    serviceDateTo: to,
    ...(claim.priorAuthorization ? { priorAuthorization: claim.priorAuthorization } : {}),
    diagnoses: diagnoses.map((d) => d.code),
    lines: [],
    institutional: {
      facilityType: claim.facilityType,
      ...(claim.statementFrom ? { statementFrom: claim.statementFrom } : {}),
      ...(claim.statementTo ? { statementTo: claim.statementTo } : {}),
      ...(claim.admission ? { admissionDate: claim.admission.date } : {}),
      ...(claim.admissionType ? { admissionType: claim.admissionType } : {}),
      ...(claim.admissionSource ? { pointOfOrigin: claim.admissionSource } : {}),
      ...(claim.patientStatus ? { patientStatus: claim.patientStatus } : {}),
      ...(admitting ? { admittingDiagnosis: admitting.code } : {}),
      occurrences: claim.occurrences,
      presentOnAdmission: diagnoses.map((d) => d.presentOnAdmission),
      procedures: claim.procedures.map((p) => ({
        code: p.code,
        principal: p.kind === 'principal-procedure',
        ...(p.date ? { date: p.date } : {}),
      })),
      lines: claim.lines.map((l) => ({
        revenueCode: l.revenueCode,
        ...(l.procedure ? { procedure: procedureOf(l.procedure.code) } : {}),
        modifiers: l.procedure?.modifiers ?? [],
        units: l.units ?? 1,
        charge: l.charge,
        ...(l.serviceFrom ? { serviceDate: l.serviceFrom } : {}),
      })),
    },
  };
}

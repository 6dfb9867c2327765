import {
  ADMISSION_DATE_FACILITY_TYPES,
  INPATIENT_FACILITY_TYPES,
  isAdmissionTypeCode,
  isPointOfOriginCode,
} from '../../identifiers/index.ts';
import type { Finding, ScrubRule } from '../rule.ts';

/**
 * Admission facts of an institutional claim: the admission (start of care) date on inpatient
 * and home health bills (837I 2300 DTP*435, FL 12); on inpatient bills the priority of
 * admission (CL101, FL 14), point of origin (CL102, FL 15) and admitting diagnosis (HI ABJ,
 * FL 69); and valid codes wherever they are given.
 */
export const institutionalAdmission: ScrubRule = {
  id: 'INST-ADM-001',
  category: 'required-data',
  severity: 'reject',
  source: '837I 2300 DTP*435, CL101, CL102, HI ABJ; UB-04 FL 12, 14, 15, 69; X12 RFI 1520',
  title: 'Inpatient and home health bills carry their admission facts',
  check: (claim) => {
    const facts = claim.institutional;
    if (!facts) return [];
    const type = facts.facilityType;
    const bill = `${type}${claim.frequency}`;
    const inpatient = (INPATIENT_FACILITY_TYPES as readonly string[]).includes(type);
    const findings: Finding[] = [];
    if (
      facts.admissionDate === undefined &&
      (ADMISSION_DATE_FACILITY_TYPES as readonly string[]).includes(type)
    ) {
      findings.push({
        field: 'institutional.admissionDate',
        message: `A type ${bill} bill needs the admission (start of care) date.`,
        fix: 'Enter the date the patient was admitted or care started (FL 12).',
      });
    }
    if (facts.admissionType === undefined) {
      if (inpatient)
        findings.push({
          field: 'institutional.admissionType',
          message: `A type ${bill} inpatient bill needs the priority of admission.`,
          fix: 'Enter the admission type (FL 14): 1 emergency, 2 urgent, 3 elective, 4 newborn, 5 trauma.',
        });
    } else if (!isAdmissionTypeCode(facts.admissionType)) {
      findings.push({
        field: 'institutional.admissionType',
        message: `Priority of admission "${facts.admissionType}" is not a NUBC admission type code.`,
        fix: 'Use 1 emergency, 2 urgent, 3 elective, 4 newborn, 5 trauma or 9 information not available.',
      });
    }
    if (facts.pointOfOrigin === undefined) {
      if (inpatient)
        findings.push({
          field: 'institutional.pointOfOrigin',
          message: `A type ${bill} inpatient bill needs the point of origin for admission.`,
          fix: 'Enter the point of origin (FL 15), e.g. 1 non-health care facility, 2 clinic or physician office, 4 transfer from a hospital.',
        });
    } else if (!isPointOfOriginCode(facts.pointOfOrigin)) {
      findings.push({
        field: 'institutional.pointOfOrigin',
        message: `Point of origin "${facts.pointOfOrigin}" is not a NUBC point-of-origin code${facts.pointOfOrigin === '7' ? ' (7, emergency room, was discontinued in July 2010; the ER shows as revenue code 045x)' : ''}.`,
        fix: 'Use the point of origin in force: 1, 2, 4, 5, 6, 8, 9, D, E, F or G.',
      });
    }
    if (inpatient && facts.admittingDiagnosis === undefined) {
      findings.push({
        field: 'institutional.admittingDiagnosis',
        message: `A type ${bill} inpatient bill needs the admitting diagnosis.`,
        fix: 'Code the condition that led to the admission as the admitting diagnosis (FL 69).',
      });
    }
    return findings;
  },
};

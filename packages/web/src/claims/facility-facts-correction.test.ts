import { describe, expect, it } from 'vitest';
import { facilityChange, factsEditOf } from './facility-facts-correction.ts';

const ATTENDING = '5b0f3c9e-1d2a-4c6b-9e8f-0a1b2c3d4e5f';
const HOSPITALIST = '7d2e4f60-3b4c-4d5e-8f90-1a2b3c4d5e6f';

const before = factsEditOf(
  { placeOfService: '13', renderingProviderId: ATTENDING },
  {
    patientStatus: '01',
    principalDiagnosis: { code: 'J189', presentOnAdmission: 'Y' },
    otherDiagnoses: [{ code: 'I10', presentOnAdmission: 'Y' }, { code: 'Z66' }],
  },
);

describe('facilityChange', () => {
  it('sends nothing when nothing changed (dots and case aside)', () => {
    const typed = {
      ...before,
      diagnoses: before.diagnoses.map((d, i) => (i === 0 ? { ...d, code: 'j18.9' } : d)),
    };
    expect(facilityChange(before, typed)).toEqual({ change: {}, problems: [] });
  });

  it('sends the new status, and the diagnoses whole when one is added or its POA changes', () => {
    const typed = {
      ...before,
      patientStatus: '02',
      diagnoses: [...before.diagnoses, { code: 'N17.9', poa: 'Y' }, { code: ' ', poa: '' }],
    };
    expect(facilityChange(before, typed)).toEqual({
      change: {
        patientStatus: '02',
        principalDiagnosis: { code: 'J189', presentOnAdmission: 'Y' },
        otherDiagnoses: [
          { code: 'I10', presentOnAdmission: 'Y' },
          { code: 'Z66' },
          { code: 'N179', presentOnAdmission: 'Y' },
        ],
      },
      problems: [],
    });
    const poa = before.diagnoses.map((d, i) => (i === 1 ? { ...d, poa: 'N' } : d));
    expect(facilityChange(before, { ...before, diagnoses: poa }).change.otherDiagnoses).toEqual([
      { code: 'I10', presentOnAdmission: 'N' },
      { code: 'Z66' },
    ]);
  });

  it('starts from the claim’s facility type and attending', () => {
    expect(before).toMatchObject({ facilityType: '13', attendingProviderId: ATTENDING });
  });

  it('sends a new facility type (outpatient 13 to inpatient 11) and attending only', () => {
    const typed = { ...before, facilityType: '11', attendingProviderId: HOSPITALIST };
    expect(facilityChange(before, typed)).toEqual({
      change: { facilityType: '11', attendingProviderId: HOSPITALIST },
      problems: [],
    });
    expect(facilityChange(before, { ...before, facilityType: '85' }).change).toEqual({
      facilityType: '85',
    });
  });

  it('needs a principal diagnosis', () => {
    const typed = { ...before, diagnoses: [{ code: '', poa: '' }] };
    expect(facilityChange(before, typed).problems).toEqual([
      { path: 'principal diagnosis', message: 'required' },
    ]);
  });
});

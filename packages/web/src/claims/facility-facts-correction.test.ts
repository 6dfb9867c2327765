import { describe, expect, it } from 'vitest';
import { facilityChange, factsEditOf } from './facility-facts-correction.ts';

const before = factsEditOf({
  patientStatus: '01',
  principalDiagnosis: { code: 'J189', presentOnAdmission: 'Y' },
  otherDiagnoses: [{ code: 'I10', presentOnAdmission: 'Y' }, { code: 'Z66' }],
});

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

  it('needs a principal diagnosis', () => {
    const typed = { ...before, diagnoses: [{ code: '', poa: '' }] };
    expect(facilityChange(before, typed).problems).toEqual([
      { path: 'principal diagnosis', message: 'required' },
    ]);
  });
});

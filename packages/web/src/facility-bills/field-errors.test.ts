import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../api/problem.ts';
import { fieldErrors, fieldLabel } from './field-errors.ts';

describe('fieldErrors', () => {
  const problem = new ApiProblem(422, {
    detail: 'The request has invalid fields.',
    errors: [
      { path: 'statementTo', message: '2026-03-01 is before 2026-03-04' },
      { path: 'principalDiagnosis.code', message: 'not a billable code' },
      { path: 'lines.0.charge', message: 'a charge cannot be negative' },
      { path: 'lines.0.charge', message: 'too many decimals' },
      { path: 'lines.10.units', message: 'units must be more than zero' },
      {
        path: 'attendingProviderId',
        code: 'invalid_type',
        message: 'Invalid input: expected string, received undefined',
      },
      {
        path: 'facilityType',
        code: 'invalid_type',
        message: 'Invalid input: expected string, received number',
      },
    ],
  });
  const at = fieldErrors(problem);

  it('gives each field its own messages and those under it', () => {
    expect(at('statementTo')).toBe('2026-03-01 is before 2026-03-04');
    expect(at('principalDiagnosis')).toBe('not a billable code');
    expect(at('lines.0.charge')).toBe('a charge cannot be negative; too many decimals');
  });

  it('says a field left empty is required', () => {
    expect(at('attendingProviderId')).toBe('required');
    expect(at('facilityType')).toBe('Invalid input: expected string, received number');
  });

  it('does not mistake line 1 for line 10, nor find anything without a problem', () => {
    expect(at('lines.1')).toBeUndefined();
    expect(at('lines.10')).toBe('units must be more than zero');
    expect(fieldErrors(new Error('offline'))('statementTo')).toBeUndefined();
    expect(fieldErrors(null)('statementTo')).toBeUndefined();
  });
});

describe('fieldLabel', () => {
  it.each([
    ['statementTo', 'Statement through (FL 6)'],
    ['admission.date', 'Admission date (FL 12)'],
    ['principalDiagnosis.code', 'Principal diagnosis (FL 67)'],
    ['otherDiagnoses.0.code', 'Other diagnosis 1'],
    ['otherDiagnoses.2.presentOnAdmission', 'Other diagnosis 3 POA indicator'],
    ['procedures.0.date', 'Principal procedure date'],
    ['procedures.1.code', 'Other procedure 1 code'],
    ['lines.0.charge', 'Line 1 charge (FL 47)'],
    ['lines.11.serviceDate', 'Line 12 service date (FL 45)'],
    ['lines', 'Revenue lines'],
    ['conditionCodes.2', 'Condition code 3'],
    ['valueCodes.0.amount', 'Value code 1 amount'],
    ['somethingNew', 'somethingNew'],
  ])('%s → %s', (path, label) => expect(fieldLabel(path)).toBe(label));
});

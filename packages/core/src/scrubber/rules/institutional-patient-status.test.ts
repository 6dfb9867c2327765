import { describe, expect, it } from 'vitest';
import {
  inpatientClaim,
  institutionalWith,
  outpatientClaim,
} from '../institutional-claim.fixture.ts';
import { context } from '../scrub-claim.fixture.ts';
import { institutionalPatientStatus } from './institutional-patient-status.ts';

const count = (frequency: string, patientStatus: string | undefined, claim = inpatientClaim) =>
  institutionalPatientStatus.check(
    { ...institutionalWith(claim, { patientStatus }), frequency },
    context,
  ).length;

describe('INST-STAT-001 patient status', () => {
  it.each([
    ['1', '01', 0],
    ['1', '20', 0],
    ['2', '30', 0],
    ['3', '30', 0],
    ['4', '06', 0],
    ['1', undefined, 1],
    ['1', '08', 1],
    ['2', '01', 1],
    ['3', '06', 1],
    ['1', '30', 1],
    ['4', '30', 1],
  ])('inpatient frequency %s with status %s → %i', (frequency, status, n) =>
    expect(count(frequency, status)).toBe(n),
  );
  it('lets an outpatient series bill say still a patient', () =>
    expect(count('1', '30', outpatientClaim)).toBe(0));
});

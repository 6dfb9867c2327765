import { describe, expect, it } from 'vitest';
import {
  inpatientClaim,
  institutionalWith,
  outpatientClaim,
} from '../institutional-claim.fixture.ts';
import { context } from '../scrub-claim.fixture.ts';
import { institutionalAdmission } from './institutional-admission.ts';

const fields = (claim: Parameters<typeof institutionalAdmission.check>[0]) =>
  institutionalAdmission.check(claim, context).map((f) => f.field);

describe('INST-ADM-001 admission facts', () => {
  it('passes the clean claims', () => {
    expect(fields(inpatientClaim)).toEqual([]);
    expect(fields(outpatientClaim)).toEqual([]);
  });
  it('needs every admission fact on an inpatient bill', () =>
    expect(
      fields(
        institutionalWith(inpatientClaim, {
          admissionDate: undefined,
          admissionType: undefined,
          pointOfOrigin: undefined,
          admittingDiagnosis: undefined,
        }),
      ),
    ).toEqual([
      'institutional.admissionDate',
      'institutional.admissionType',
      'institutional.pointOfOrigin',
      'institutional.admittingDiagnosis',
    ]));
  it('needs only the start of care date on a home health bill', () =>
    expect(
      fields(
        institutionalWith(outpatientClaim, {
          facilityType: '32',
          pointOfOrigin: undefined,
        }),
      ),
    ).toEqual(['institutional.admissionDate']));
  it('explains the discontinued point of origin 7', () =>
    expect(
      institutionalAdmission.check(
        institutionalWith(outpatientClaim, { pointOfOrigin: '7' }),
        context,
      )[0]?.message,
    ).toContain('discontinued in July 2010'));
  it('refuses an unknown admission type', () =>
    expect(fields(institutionalWith(inpatientClaim, { admissionType: '6' }))).toEqual([
      'institutional.admissionType',
    ]));
});

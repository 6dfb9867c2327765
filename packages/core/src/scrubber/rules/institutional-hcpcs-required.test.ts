import { describe, expect, it } from 'vitest';
import { cents } from '../../money/index.ts';
import {
  inpatientClaim,
  institutionalWith,
  outpatientClaim,
} from '../institutional-claim.fixture.ts';
import { context } from '../scrub-claim.fixture.ts';
import { institutionalHcpcsRequired } from './institutional-hcpcs-required.ts';

const line = (revenueCode: string) => ({
  revenueCode,
  modifiers: [],
  units: 1,
  charge: cents(1000),
  serviceDate: outpatientClaim.serviceDateFrom,
});

describe('INST-REV-002 HCPCS on Medicare outpatient lines', () => {
  it.each([
    ['0450', 1],
    ['0320', 1],
    ['0636', 1],
    ['0300', 1],
    ['0250', 0],
    ['0270', 0],
    ['0637', 0],
  ])('revenue code %s without HCPCS → %i', (revenueCode, n) =>
    expect(
      institutionalHcpcsRequired.check(
        institutionalWith(outpatientClaim, { lines: [line(revenueCode)] }),
        context,
      ),
    ).toHaveLength(n),
  );
  it('passes lines with their HCPCS', () =>
    expect(institutionalHcpcsRequired.check(outpatientClaim, context)).toEqual([]));
  it('does not apply to inpatient bills', () =>
    expect(
      institutionalHcpcsRequired.check(
        institutionalWith(inpatientClaim, { lines: [line('0450')] }),
        context,
      ),
    ).toEqual([]));
});
